import { investigationQueries } from '../../investigation/queries';
import { planAlone, planJson, plannedResources, stackDirectory } from '../support/terraform';
import { exampleConfig } from '../support/example-config';
import { synthToDirectory } from '../support/synth';
import { plannedOfType } from '../support/resources';

// Offline plans of the real stacks: the purpose_profiles variable alone decides whether the
// query tooling exists, without a new synth.
const outdir = synthToDirectory({ offline: true });
const logArchive = stackDirectory(outdir, 'log-archive');
const management = stackDirectory(outdir, 'management');
const queryCount = investigationQueries().length;


describe('log-archive plan', () => {
  it('with investigation: database, projected table, workgroup, results bucket and every named query', () => {
    const resources = plannedResources(planJson(logArchive, ['investigation']));
    expect(plannedOfType(resources, 'aws_glue_catalog_database')).toHaveLength(1);
    const [table] = plannedOfType(resources, 'aws_glue_catalog_table');
    expect(table.values.parameters).toMatchObject({
      'projection.enabled': 'true',
      'projection.account.type': 'injected',
      'projection.region.type': 'enum',
      'projection.day.type': 'date',
      'storage.location.template': 's3://tg-example-evidence-222222222222-eu-west-1/AWSLogs/o-exampleorg1/${account}/CloudTrail/${region}/${day}',
    });
    const [workgroup] = plannedOfType(resources, 'aws_athena_workgroup');
    expect(workgroup.values.configuration[0]).toMatchObject({ enforce_workgroup_configuration: true, bytes_scanned_cutoff_per_query: 107374182400 });
    expect(plannedOfType(resources, 'aws_s3_bucket').map((b) => b.values.bucket)).toContain('tg-example-query-results-222222222222-eu-west-1');
    expect(plannedOfType(resources, 'aws_athena_named_query')).toHaveLength(queryCount);
    const [policy] = plannedOfType(resources, 'aws_iam_role_policy').filter((p) => p.values.name === 'tg-example-investigator-queries');
    expect(policy.values.role).toBe('tg-example-investigator');
  }, 600_000);

  it('without investigation: no query tooling at all', () => {
    const resources = plannedResources(planJson(logArchive, ['audit', 'detection']));
    for (const type of ['aws_glue_catalog_database', 'aws_glue_catalog_table', 'aws_athena_workgroup', 'aws_athena_named_query']) {
      expect(plannedOfType(resources, type)).toEqual([]);
    }
    expect(plannedOfType(resources, 'aws_s3_bucket').map((b) => b.values.bucket)).not.toContain('tg-example-query-results-222222222222-eu-west-1');
    expect(plannedOfType(resources, 'aws_iam_role_policy').filter((p) => p.values.name === 'tg-example-investigator-queries')).toEqual([]);
  }, 600_000);
});

describe('management plan', () => {
  it('with investigation (CloudWatch Logs delivery on): a Logs Insights query per question over the trail log group', () => {
    const definitions = plannedOfType(plannedResources(planJson(management, ['investigation'])), 'aws_cloudwatch_query_definition');
    expect(definitions).toHaveLength(queryCount);
    for (const definition of definitions) expect(definition.values.log_group_names).toEqual(['/tg-example/cloudtrail/organization']);
  }, 600_000);

  it('with detection only (CloudWatch Logs on, query tooling off): none', () => {
    expect(plannedOfType(plannedResources(planJson(management, ['detection'])), 'aws_cloudwatch_query_definition')).toEqual([]);
  }, 600_000);

  it('with investigation but CloudWatch Logs delivery overridden off: none (both settings must be on)', () => {
    const config = exampleConfig({ profileOverrides: { investigation: { cloudWatchLogsDelivery: false } } });
    const directory = stackDirectory(synthToDirectory({ config, offline: true }), 'management');
    // This configuration is planned once, here: alone, not in a batch of every combination.
    expect(plannedOfType(plannedResources(planAlone(directory, ['investigation'])), 'aws_cloudwatch_query_definition')).toEqual([]);
  }, 600_000);
});

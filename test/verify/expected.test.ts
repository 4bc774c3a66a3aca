import { exampleConfig } from '../support/example-config';
import { synthesizedStack, synthToDirectory } from '../support/synth';
import { expectedDeployment } from '../../verify/expected';

/**
 * verify's expectations come from the same builders as the stacks. These tests read the
 * synthesized Terraform, which is what gets deployed, and compare: if a stack changes a
 * policy or a name, verify's expectation must change with it.
 */
const config = exampleConfig({ purposeProfiles: ['audit', 'investigation', 'detection'] });
const outdir = synthToDirectory({ config });
const stack = (id: 'log-archive' | 'management' | 'security') => synthesizedStack(outdir, id);
const resources = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});
const expected = expectedDeployment(config);

describe('expectedDeployment', () => {
  it('expects the evidence bucket policy and the log key policy the log-archive stack attaches', () => {
    const logArchive = stack('log-archive');
    const bucketPolicies = resources(logArchive, 'aws_s3_bucket_policy').map((r) => JSON.parse(r.policy));
    expect(bucketPolicies).toContainEqual(JSON.parse(JSON.stringify(expected.evidence.bucketPolicy)));
    const keyPolicies = resources(logArchive, 'aws_kms_key').map((r) => JSON.parse(r.policy));
    expect(keyPolicies).toContainEqual(JSON.parse(JSON.stringify(expected.evidence.keyPolicy)));
  });

  it('expects every SCP and the RCP the management stack creates, by name, type and content', () => {
    const policies = resources(stack('management'), 'aws_organizations_policy').map((r) => ({ name: r.name, type: r.type, document: JSON.parse(r.content) }));
    expect(policies.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.guardrails.policies.map((p) => ({ name: p.name, type: p.type, document: JSON.parse(JSON.stringify(p.document)) })).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('expects the central bus policies and the metric filters the stacks create', () => {
    const busPolicies = resources(stack('security'), 'aws_cloudwatch_event_bus_policy').map((r) => JSON.parse(r.policy));
    expect(busPolicies).toHaveLength(config.governedRegions.length);
    for (const region of config.governedRegions) expect(busPolicies).toContainEqual(JSON.parse(JSON.stringify(expected.alerts!.busPolicyByRegion[region])));
    const filters = resources(stack('management'), 'aws_cloudwatch_log_metric_filter').map((r) => ({ name: r.name, pattern: r.pattern }));
    expect(filters.sort((a, b) => a.name.localeCompare(b.name))).toEqual([...expected.alerts!.metricAlarms!.filters].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('expects the audit retention and lock mode for audit alone, and no alert path', () => {
    const audit = expectedDeployment(config, ['audit']);
    expect(audit.evidence).toMatchObject({ objectLockMode: 'COMPLIANCE', retentionDays: 2557 });
    expect(audit.alerts).toBeUndefined();
    expect(audit.guardDuty).toBeUndefined();
    expect(audit.investigation).toBeUndefined();
    expect(audit.trail.cloudWatchLogGroupName).toBeUndefined();
  });
});

describe('docs/verification.md', () => {
  it('lists every check with its AWS calls, as the catalog says', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const { checkCatalogMarkdown } = jest.requireActual<typeof import('../../verify/check-catalog')>('../../verify/check-catalog');
    expect(readFileSync(`${__dirname}/../../docs/verification.md`, 'utf8')).toContain(checkCatalogMarkdown());
  });
});

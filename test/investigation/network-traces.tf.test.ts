import { allCombinations } from '../../profiles/purposes';
import { resolvePurposes } from '../../profiles/resolve';
import { crossLayerQueries } from '../../investigation/trace-queries';
import { exampleConfig } from '../support/example-config';
import { planAlone, planFailures, planJson, plannedResources, stackDirectory, terraformValidate } from '../support/terraform';
import { SECURITY_LAKE_DELEGATED } from '../support/plan-variables';
import { synthToDirectory } from '../support/synth';

// Offline plans with the real provider: the traces exist only with investigation (and once
// Security Lake is delegated), and nothing in them grows with the number of accounts.
const outdir = synthToDirectory({ offline: true });
const logArchive = stackDirectory(outdir, 'log-archive');
const management = stackDirectory(outdir, 'management');
const DELEGATED = [SECURITY_LAKE_DELEGATED];
const ofType = (resources: Map<string, any>, type: string): any[] => [...resources.values()].filter((r) => r.type === type);
const TRACE_TYPES = ['aws_securitylake_data_lake', 'aws_securitylake_aws_log_source', 'aws_lakeformation_permissions'];

test('the log-archive stack with the traces passes terraform validate', () => {
  expect(terraformValidate(logArchive)).toMatch(/Success! The configuration is valid/);
}, 600_000);

describe.each(allCombinations().map((c) => [c.join(','), c] as const))('purpose_profiles=%s', (_key, purposes) => {
  const traces = resolvePurposes(purposes).settings.networkTraces.value;

  test(traces ? 'plans the data lakes, sources, grants and cross-layer queries' : 'plans no traces', () => {
    const resources = plannedResources(planJson(logArchive, purposes, DELEGATED));
    const lakes = ofType(resources, 'aws_securitylake_data_lake');
    const sources = ofType(resources, 'aws_securitylake_aws_log_source');
    const grants = ofType(resources, 'aws_lakeformation_permissions');
    const queries = ofType(resources, 'aws_athena_named_query').filter((q) => crossLayerQueries().some((c) => q.values.name.startsWith(`${c.id}:`)));
    if (!traces) {
      expect([...lakes, ...sources, ...grants, ...queries]).toEqual([]);
      return;
    }
    expect(lakes.map((l) => l.values.configuration[0].region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    for (const lake of lakes) {
      expect(lake.values.configuration[0].lifecycle_configuration[0].expiration[0].days).toBe(resolvePurposes(purposes).settings.networkTraceRetentionDays.value);
    }
    // The contributing Region rolls up into the home Region, where Athena reads.
    const usEast = lakes.find((l) => l.values.configuration[0].region === 'us-east-1');
    expect(usEast.values.configuration[0].replication_configuration[0].regions).toEqual(['eu-west-1']);
    // Organization-wide: each source names Regions and no accounts.
    expect(sources.map((s) => s.values.source[0].source_name).sort()).toEqual(['ROUTE53', 'VPC_FLOW']);
    for (const source of sources) {
      expect(source.values.source[0].accounts ?? null).toBeNull();
      expect([...source.values.source[0].regions].sort()).toEqual(['eu-west-1', 'us-east-1']);
    }
    expect(grants.map((g) => [g.values.principal, g.values.permissions.sort(), g.values.table[0].name]).sort()).toEqual([
      ['arn:aws:iam::222222222222:role/tg-example-investigator', ['DESCRIBE', 'SELECT'], 'amazon_security_lake_table_eu_west_1_route53_2_0'],
      ['arn:aws:iam::222222222222:role/tg-example-investigator', ['DESCRIBE', 'SELECT'], 'amazon_security_lake_table_eu_west_1_vpc_flow_2_0'],
    ]);
    expect(queries).toHaveLength(crossLayerQueries().length);
    // Policies are known at plan time: the investigator's trace policy is a planned value, not "(known after apply)".
    const [policy] = ofType(resources, 'aws_iam_role_policy').filter((p) => p.values.name === 'tg-example-investigator-traces');
    expect(JSON.parse(policy.values.policy).Statement.map((s: any) => s.Sid)).toEqual(['ReadTraceTables', 'GetLakeFormationDataAccess']);
    for (const key of ofType(resources, 'aws_kms_key').filter((k) => /Security Lake/.test(k.values.description))) {
      expect(typeof key.values.policy).toBe('string');
    }
  }, 600_000);
});

test('without security_lake_delegated, investigation plans no data lake (only the delegated administrator can create one)', () => {
  const resources = plannedResources(planJson(logArchive, ['investigation']));
  for (const type of TRACE_TYPES) expect(ofType(resources, type)).toEqual([]);
}, 600_000);

test('rejects security_lake_delegated=false at plan time, saying what is allowed', () => {
  const [message] = planFailures(logArchive, [{ purposes: ['investigation'], inputs: { security_lake_delegated: 'false' } }]);
  expect(message).toMatch(/security_lake_delegated must be true or unset/);
}, 600_000);

test('the management stack delegates Security Lake to the log-archive account only with investigation', () => {
  const delegations = (purposes: Parameters<typeof planJson>[1]) =>
    ofType(plannedResources(planJson(management, purposes)), 'aws_organizations_delegated_administrator').map((d) => [d.values.account_id, d.values.service_principal]);
  expect(delegations(['investigation'])).toEqual([['222222222222', 'securitylake.amazonaws.com']]);
  expect(delegations(['audit', 'detection'])).toEqual([]);
}, 600_000);

test('plans the same resources whatever the accounts: member accounts are not configuration, and configured ids change no count', () => {
  // The other configuration is planned once, for this test only: alone, not in a batch.
  const plan = (directory: string) => (directory === logArchive ? planJson(directory, ['investigation'], DELEGATED) : planAlone(directory, ['investigation'], DELEGATED));
  const countsByType = (directory: string): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const resource of plannedResources(plan(directory)).values()) counts[resource.type] = (counts[resource.type] ?? 0) + 1;
    return counts;
  };
  const other = exampleConfig({ accounts: { management: '444444444444', logArchive: '555555555555', security: '666666666666' } });
  const otherDirectory = stackDirectory(synthToDirectory({ config: other, offline: true }), 'log-archive');
  const counts = countsByType(logArchive);
  expect(countsByType(otherDirectory)).toEqual(counts);
  // Per Region, not per account: a data lake and a key in each of the two governed Regions, two sources.
  expect(counts).toMatchObject({ aws_securitylake_data_lake: 2, aws_securitylake_aws_log_source: 2, aws_lakeformation_permissions: 2 });
}, 600_000);

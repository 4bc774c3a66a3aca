import { TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SecurityLake, type SecurityLakeProps } from '../../../modules/investigation/security-lake';
import { policyDocument } from '../../../policies/policy-document';
import { alertSteps, crossLayerStep } from '../../../reports/runbook/steps';
import { synthStack } from '../../support/synth';

const LAKE_COUNT = '${(local.trailguard_logging_plan.network_traces.value && var.security_lake_delegated != null) ? 1 : 0}';
const TRACE_QUERY_COUNT = '${((local.trailguard_logging_plan.network_traces.value && var.security_lake_delegated != null) && local.trailguard_logging_plan.query_tooling.value) ? 1 : 0}';
const named = (stack: any, type: string, prefix: string): any[] =>
  Object.entries<any>(stack.resource?.[type] ?? {}).filter(([name]) => name.startsWith(prefix)).map(([, resource]) => resource);

describe('log-archive stack: network traces', () => {
  const stack = synthStack('log-archive');

  it('gates every Security Lake resource on networkTraces and the delegation input', () => {
    for (const type of ['aws_securitylake_data_lake', 'aws_securitylake_aws_log_source', 'aws_kms_key', 'aws_kms_alias', 'aws_iam_role', 'aws_iam_role_policy']) {
      const resources = named(stack, type, 'SecurityLake');
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) expect(resource.count).toBe(LAKE_COUNT);
    }
  });

  it('gates the grants and the cross-layer queries on query tooling too', () => {
    for (const type of ['aws_lakeformation_permissions', 'aws_athena_named_query', 'aws_iam_role_policy']) {
      const resources = named(stack, type, 'TraceAccess');
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) expect(resource.count).toBe(TRACE_QUERY_COUNT);
    }
  });

  it('keys every Region\'s lake with its own key, in its Region, and never lets Terraform delete one', () => {
    const keys = named(stack, 'aws_kms_key', 'SecurityLake');
    expect(keys.map((k) => k.provider ?? 'aws').sort()).toEqual(['aws', 'aws.us_east_1']);
    for (const key of keys) {
      expect(key.lifecycle).toEqual({ prevent_destroy: true });
      expect(key.enable_key_rotation).toBe(true);
      expect(JSON.parse(key.policy).Statement.map((s: any) => s.Sid)).toEqual(['AllowKeyAdministrationByAccountRoot', 'AllowAccountPrincipalsThroughS3', 'AllowSecurityLakeForThisAccount']);
    }
  });

  it('names no member account in the sources', () => {
    for (const source of named(stack, 'aws_securitylake_aws_log_source', 'SecurityLake')) {
      expect(source.source[0].accounts).toBeUndefined();
      expect(source.source[0].source_version).toBe('2.0');
    }
  });
});

describe('SecurityLake', () => {
  const props = (scope: TerraformStack, overrides: Partial<SecurityLakeProps>): SecurityLakeProps => {
    const provider = new AwsProvider(scope, 'Aws', { region: 'eu-west-1' });
    const document = policyDocument([{ Sid: 'A', Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }]);
    return {
      regions: [{ region: 'eu-west-1', provider, keyPolicy: document }],
      keyAliasName: 'alias/x/security-lake',
      retentionDays: 365,
      sources: ['VPC_FLOW'],
      sourceVersion: '2.0',
      metaStoreManagerRoleName: 'm',
      metaStoreManagerTrustPolicy: document,
      metaStoreManagerPolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonSecurityLakeMetastoreManager',
      replicationRoleName: 'r',
      replicationTrustPolicy: document,
      replicationPolicy: document,
      ...overrides,
    };
  };

  it('rejects a retention that is not whole days and a Region named twice, in one message', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const base = props(stack, {});
    expect(() => new SecurityLake(stack, 'Lake', { ...base, retentionDays: 0.5, regions: [base.regions[0], base.regions[0]] }))
      .toThrow(/Invalid SecurityLake "Lake":\n {2}regions: got "eu-west-1" twice; expected each Region once\n {2}retentionDays: got 0.5; expected a whole number of days, at least 1/);
  });

  it('rejects no sources', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new SecurityLake(stack, 'Lake', props(stack, { sources: [] }))).toThrow(/sources: got none; expected at least one of VPC_FLOW, ROUTE53/);
  });
});

describe('runbook: the cross-layer step', () => {
  const alert = { id: 'org-trail-tampering', name: 'n', severity: 'critical' as const, meaning: 'm', firstAction: 'Stop it.' };

  it('follows a finding by its remote IP, and an API-call alert by its session or instance', () => {
    expect(crossLayerStep({ ...alert, source: 'guardduty', id: 'guardduty-high-severity-finding' }).query).toBe('ip-across-layers');
    const step = crossLayerStep({ ...alert, source: 'event-rule' });
    expect(step.query).toBe('session-calls-with-flows');
    expect(step.text).toMatch(/instance-flows-around-call.*dns-before-call/);
  });

  it('adds it only when the traces are queryable', () => {
    expect(alertSteps({ ...alert, source: 'event-rule' }, false)).toHaveLength(3);
    expect(alertSteps({ ...alert, source: 'event-rule' }, true)).toHaveLength(4);
  });
});

import { TerraformStack, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { InvestigationTooling } from '../../../modules/investigation/investigation-tooling';
import { InvestigatorRole } from '../../../modules/investigation/investigator-role';
import { policyDocument } from '../../../policies/policy-document';
import { CLOUDTRAIL_COLUMNS, hiveType } from '../../../investigation/cloudtrail-table';
import { investigationQueries } from '../../../investigation/queries';
import { AthenaNamedQueries } from '../../../modules/investigation/athena-named-queries';
import { CloudTrailCatalog } from '../../../modules/investigation/cloud-trail-catalog';
import { InvestigationWorkgroup } from '../../../modules/investigation/investigation-workgroup';
import { LogsInsightsQueries } from '../../../modules/investigation/logs-insights-queries';
import { QueryResultsBucket } from '../../../modules/investigation/query-results-bucket';
import { synthStack } from '../../support/synth';
import { validationProblems } from '../../support/validation';
import { resourcesOf } from '../../support/resources';

const QUERY_TOOLING_COUNT = '${local.trailguard_logging_plan.query_tooling.value ? 1 : 0}';
/** Resources of a type created by the Investigation construct (the evidence store has keys too). */
const investigationResources = (stack: any, type: string): any[] =>
  Object.entries<any>(stack.resource?.[type] ?? {}).filter(([name]) => name.startsWith('Investigation')).map(([, resource]) => resource);

describe('log-archive stack: query tooling', () => {
  const stack = synthStack('log-archive');

  it('gates every query-tooling resource on the queryTooling setting', () => {
    for (const type of ['aws_glue_catalog_database', 'aws_glue_catalog_table', 'aws_athena_workgroup', 'aws_athena_named_query', 'aws_kms_key', 'aws_kms_alias']) {
      const resources = investigationResources(stack, type);
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) expect(resource.count).toBe(QUERY_TOOLING_COUNT);
    }
  });

  it('projects account (injected), Region (enum of governed Regions and us-east-1) and day over the org-trail layout', () => {
    const [table] = resourcesOf(stack, 'aws_glue_catalog_table');
    expect(table.parameters).toMatchObject({
      'projection.enabled': 'true',
      'projection.account.type': 'injected',
      'projection.region.type': 'enum',
      'projection.region.values': 'eu-west-1,us-east-1',
      'projection.day.type': 'date',
      'projection.day.format': 'yyyy/MM/dd',
      'projection.day.range': '2020/01/01,NOW',
      'storage.location.template': 's3://tg-example-evidence-222222222222-eu-west-1/AWSLogs/o-exampleorg1/$${account}/CloudTrail/$${region}/$${day}',
    });
    expect(table.partition_keys.map((k: any) => k.name)).toEqual(['account', 'region', 'day']);
  });

  it('reads with the CloudTrail SerDe and the documented columns', () => {
    const [table] = resourcesOf(stack, 'aws_glue_catalog_table');
    expect(table.storage_descriptor.ser_de_info.serialization_library).toBe('com.amazon.emr.hive.serde.CloudTrailSerde');
    expect(table.storage_descriptor.input_format).toBe('com.amazon.emr.cloudtrail.CloudTrailInputFormat');
    expect(table.storage_descriptor.columns).toEqual(CLOUDTRAIL_COLUMNS.map((c) => ({ name: c.name, type: hiveType(c.type) })));
    expect(table.storage_descriptor.columns.find((c: any) => c.name === 'resources').type).toBe('array<struct<arn:string,accountid:string,type:string>>');
  });

  it('enforces the workgroup configuration: KMS-encrypted results in the results bucket, a scan cutoff', () => {
    const [workgroup] = resourcesOf(stack, 'aws_athena_workgroup');
    expect(workgroup.configuration).toMatchObject({
      enforce_workgroup_configuration: true,
      bytes_scanned_cutoff_per_query: 107374182400,
      result_configuration: {
        output_location: 's3://tg-example-query-results-222222222222-eu-west-1/athena/',
        expected_bucket_owner: '222222222222',
        encryption_configuration: { encryption_option: 'SSE_KMS' },
      },
    });
    expect(workgroup.configuration.result_configuration.encryption_configuration.kms_key_arn).toMatch(/aws_kms_key\.Investigation_Results_Key/);
  });

  it('protects the results bucket: KMS by default, public access blocked, TLS only, results expire', () => {
    const bucket = resourcesOf(stack, 'aws_s3_bucket').find((b) => b.bucket === 'tg-example-query-results-222222222222-eu-west-1');
    expect(bucket).toBeDefined();
    const results = (type: string) => resourcesOf(stack, type).filter((r) => r.bucket === 'tg-example-query-results-222222222222-eu-west-1');
    expect(results('aws_s3_bucket_public_access_block')[0]).toMatchObject({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
    expect(results('aws_s3_bucket_server_side_encryption_configuration')[0].rule[0].apply_server_side_encryption_by_default.sse_algorithm).toBe('aws:kms');
    expect(results('aws_s3_bucket_lifecycle_configuration')[0].rule[0].expiration).toEqual([{ days: 30 }]);
    const policy = JSON.parse(results('aws_s3_bucket_policy')[0].policy);
    expect(policy.Statement).toContainEqual(expect.objectContaining({ Sid: 'DenyInsecureTransport', Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const [alias] = resourcesOf(stack, 'aws_kms_alias').filter((a) => a.name === 'alias/tg-example/query-results');
    expect(alias).toBeDefined();
  });

  it('saves every investigation question as a named query in the workgroup', () => {
    // The cross-layer queries belong to TraceAccess (test/modules/investigation/security-lake.test.ts).
    const named = investigationResources(stack, 'aws_athena_named_query');
    expect(named.map((q) => q.name.split(':')[0]).sort()).toEqual(investigationQueries().map((q) => q.id).sort());
    for (const query of named) expect(query).toMatchObject({ workgroup: 'tg-example-investigation', database: 'tg_example_investigation' });
  });

  it('attaches the query policy to the investigator role by name', () => {
    const [policy] = resourcesOf(stack, 'aws_iam_role_policy').filter((p) => p.name === 'tg-example-investigator-queries');
    expect(policy).toMatchObject({ role: 'tg-example-investigator', count: QUERY_TOOLING_COUNT });
    const document = JSON.parse(policy.policy);
    expect(document.Statement.every((s: any) => s.Effect === 'Allow' && typeof s.Sid === 'string')).toBe(true);
    expect(JSON.stringify(document)).not.toMatch(/\$\{/);
  });
});

describe('management stack: Logs Insights queries', () => {
  it('saves every question over the trail log group, only when CloudWatch delivery AND query tooling are on', () => {
    const definitions = resourcesOf(synthStack('management'), 'aws_cloudwatch_query_definition');
    expect(definitions).toHaveLength(investigationQueries().length);
    for (const definition of definitions) {
      expect(definition.log_group_names).toEqual(['/tg-example/cloudtrail/organization']);
      expect(definition.name).toMatch(/^tg-example-investigation\//);
      expect(definition.count).toBe('${(local.trailguard_logging_plan.cloud_watch_logs_delivery.value && local.trailguard_logging_plan.query_tooling.value) ? 1 : 0}');
    }
  });
});

describe('investigator policy ordering', () => {
  it('names the investigator role it is given and waits for it, in any stack', () => {
    const stack = new TerraformStack(Testing.app(), 'ordering');
    const provider = new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    new IamRole(stack, 'Other', { provider, name: 'someone-else', assumeRolePolicy: '{}' });
    const role = new InvestigatorRole(stack, 'Investigator', { roleName: 'investigator', trustPolicy: policyDocument([]), readPolicy: policyDocument([]), provider });
    new InvestigationTooling(stack, 'Tooling', {
      partition: 'aws', accountId: '123456789012', region: 'eu-west-1', organizationId: 'o-abcdefghij',
      evidenceBucketName: 'evidence', evidenceKeyAliasName: 'alias/evidence', trailRegions: ['eu-west-1'], trailName: 'trail',
      databaseName: 'db', tableName: 'trail', workgroupName: 'wg', resultsBucketName: 'results', resultsKeyAliasName: 'alias/results',
      investigatorRole: role, policyName: 'queries', provider,
    });
    const { resource } = JSON.parse(Testing.synth(stack));
    const roleAddress = Object.entries(resource.aws_iam_role as Record<string, any>).filter(([, r]) => r.name === 'investigator').map(([key]) => `aws_iam_role.${key}`);
    const policies = Object.values(resource.aws_iam_role_policy as Record<string, any>).filter((p) => p.name === 'queries');
    expect(roleAddress).toHaveLength(1);
    expect(policies.map((p) => [p.role, p.depends_on])).toEqual([['investigator', roleAddress]]);
  });
});

describe('the constructs in any stack', () => {
  const plainStack = () => {
    const stack = new TerraformStack(Testing.app(), 'plain');
    return { stack, provider: new AwsProvider(stack, 'aws', { region: 'eu-central-1' }) };
  };

  it('synthesize with plain values, ungated (count 1)', () => {
    const { stack, provider } = plainStack();
    new CloudTrailCatalog(stack, 'Catalog', { databaseName: 'db', tableName: 'trail', bucketName: 'logs', organizationId: 'o-abcdefghij', regions: ['eu-central-1'], provider });
    new QueryResultsBucket(stack, 'Results', { bucketName: 'results', keyAliasName: 'alias/results', partition: 'aws', accountId: '123456789012', provider });
    const resources = JSON.parse(Testing.synth(stack)).resource;
    const counts = ['aws_glue_catalog_table', 'aws_s3_bucket', 'aws_kms_key'].map((type) => (Object.values(resources[type]) as any[]).map((r) => r.count));
    expect(counts).toEqual([[1], [1], [1]]);
  });

  it('rejects invalid catalog names and an empty Region list, naming each problem', () => {
    const { stack, provider } = plainStack();
    new CloudTrailCatalog(stack, 'Catalog', { databaseName: 'Bad-Name', tableName: 'ok', bucketName: 'b', organizationId: 'o-abcdefghij', regions: [], firstDay: '2020-01-01', provider });
    expect(validationProblems(stack)).toEqual([
      '[plain/Catalog] databaseName: got "Bad-Name"; expected lowercase letters, digits and underscores',
      '[plain/Catalog] regions: got an empty list; expected at least one Region',
      '[plain/Catalog] firstDay: got "2020-01-01"; expected yyyy/MM/dd',
    ]);
  });

  it('rejects a scan cutoff below the Athena minimum', () => {
    const { stack, provider } = plainStack();
    new InvestigationWorkgroup(stack, 'Wg', { workgroupName: 'wg', resultsBucketName: 'r', resultsKeyArn: 'arn', expectedBucketOwner: '123456789012', bytesScannedCutoffPerQuery: 1000, provider });
    expect(validationProblems(stack)).toEqual(['[plain/Wg] bytesScannedCutoffPerQuery: got 1000; expected a whole number of bytes, at least 10485760 (10 MB)']);
  });

  it('rejects a results expiry of zero days', () => {
    const { stack, provider } = plainStack();
    new QueryResultsBucket(stack, 'Results', { bucketName: 'r', keyAliasName: 'alias/r', partition: 'aws', accountId: '123456789012', expirationDays: 0, provider });
    expect(validationProblems(stack)).toEqual([
      '[plain/Results] bucketName: got "r"; expected 3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit',
      '[plain/Results] expirationDays: got 0; expected a whole number of days, at least 1',
    ]);
  });

  it('rejects duplicate query ids and an empty log group list', () => {
    const { stack, provider } = plainStack();
    const [query] = investigationQueries();
    const context = { database: 'db', table: 't', evidenceBucketNames: ['b'], trailName: 'trail' };
    expect(() => new AthenaNamedQueries(stack, 'Named', { queries: [query, query], context, workgroupName: 'wg', provider })).toThrow(/queries: got id "actions-by-principal" twice/);
    new LogsInsightsQueries(stack, 'Insights', { queries: [query], context, logGroupNames: [], provider });
    expect(validationProblems(stack)).toEqual(['[plain/Insights] logGroupNames: got an empty list; expected at least one log group']);
  });
});

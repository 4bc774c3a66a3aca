import {
  ATHENA_QUERY_ACTIONS,
  GLUE_READ_ACTIONS,
  investigatorQueryPolicy,
  RESULTS_OBJECT_ACTIONS,
} from '../../policies/investigator-query-policy';
import { queryResultsKeyPolicy } from '../../policies/query-results-policies';
import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from '../support/example-config';
import { allowedActions, simulateInvestigator } from '../support/query-simulation';

const config = exampleConfig();
const names = new TrailguardNames(config);
const account = config.accounts.logArchive;
const region = config.homeRegion;
const policy = investigatorQueryPolicy({
  partition: 'aws',
  region,
  accountId: account,
  workgroupName: names.investigationWorkgroupName,
  databaseName: names.investigationDatabaseName,
  tableName: names.cloudTrailTableName,
  evidenceBucketName: names.evidenceBucketName,
  evidencePrefix: names.organizationTrailPrefix,
  resultsBucketName: names.queryResultsBucketName,
  evidenceKeyAliasName: names.logKeyAliasName,
  resultsKeyAliasName: names.queryResultsKeyAliasName,
});
const keyPolicy = queryResultsKeyPolicy({ partition: 'aws', accountId: account });

const workgroupArn = names.investigationWorkgroupArn;
const otherWorkgroupArn = `arn:aws:athena:${region}:${account}:workgroup/primary`;
const glue = (resource: string) => `arn:aws:glue:${region}:${account}:${resource}`;
const tableArn = glue(`table/${names.investigationDatabaseName}/${names.cloudTrailTableName}`);
const trailFile = `${names.evidenceBucketArn}/${names.organizationTrailPrefix}333333333333/CloudTrail/eu-west-1/2026/05/01/file.json.gz`;
const resultFile = `${names.queryResultsBucketArn}/athena/0f6f2a1e.csv`;
const keyArn = `arn:aws:kms:${region}:${account}:key/11111111-2222-3333-4444-555555555555`;
const viaS3 = { 'kms:ViaService': `s3.${region}.amazonaws.com` };

const call = (action: string, resource: string, keys?: Record<string, string | string[]>) =>
  simulateInvestigator({
    roleArn: names.investigatorRoleArn,
    action,
    resource,
    resourceAccount: account,
    identityPolicies: [policy],
    keys,
    resourcePolicy: action.startsWith('kms:') ? keyPolicy : undefined,
  });

describe('investigator query policy: can run the saved queries', () => {
  it.each([
    ['athena:StartQueryExecution', workgroupArn],
    ['athena:GetQueryExecution', workgroupArn],
    ['athena:GetQueryResults', workgroupArn],
    ['athena:StopQueryExecution', workgroupArn],
    ['athena:ListNamedQueries', workgroupArn],
    ['athena:GetNamedQuery', workgroupArn],
    ['athena:GetTableMetadata', `arn:aws:athena:${region}:${account}:datacatalog/AwsDataCatalog`],
    ['glue:GetDatabase', glue(`database/${names.investigationDatabaseName}`)],
    ['glue:GetTable', tableArn],
    ['glue:GetPartitions', tableArn],
    ['s3:ListBucket', names.evidenceBucketArn],
    ['s3:GetObject', trailFile],
    ['s3:ListBucket', names.queryResultsBucketArn],
    ['s3:PutObject', resultFile],
    ['s3:GetObject', resultFile],
  ])('allows %s on %s', async (action, resource) => {
    expect(await call(action, resource)).toBe('Allowed');
  });

  it('allows decrypting the evidence through S3', async () => {
    expect(await call('kms:Decrypt', keyArn, { ...viaS3, 'kms:ResourceAliases': [names.logKeyAliasName] })).toBe('Allowed');
  });

  it.each(['kms:Decrypt', 'kms:GenerateDataKey'])('allows %s with the results key through S3', async (action) => {
    expect(await call(action, keyArn, { ...viaS3, 'kms:ResourceAliases': [names.queryResultsKeyAliasName] })).toBe('Allowed');
  });
});

describe('investigator query policy: can do nothing else', () => {
  it.each([
    ['athena:StartQueryExecution', otherWorkgroupArn, 'another workgroup'],
    ['athena:UpdateWorkGroup', workgroupArn, 'loosen the enforced configuration'],
    ['athena:DeleteWorkGroup', workgroupArn, 'delete the workgroup'],
    ['athena:CreateNamedQuery', workgroupArn, 'change the saved queries'],
    ['athena:DeleteNamedQuery', workgroupArn, 'delete the saved queries'],
    ['glue:DeleteTable', tableArn, 'delete the table'],
    ['glue:UpdateTable', tableArn, 'repoint the table'],
    ['glue:GetTable', glue('table/other_database/other_table'), 'read other tables'],
    ['s3:DeleteObject', trailFile, 'delete evidence'],
    ['s3:PutObject', trailFile, 'write evidence'],
    ['s3:PutObjectRetention', trailFile, 'shorten the lock'],
    ['s3:GetObject', `${names.evidenceBucketArn}/other/prefix/file`, 'read outside the trail prefix'],
    ['s3:GetObject', 'arn:aws:s3:::some-other-bucket/secret.txt', 'read other buckets'],
    ['s3:GetObject', `${names.accessLogBucketArn}/log.txt`, 'read the access logs'],
    ['s3:DeleteObject', resultFile, 'delete results (they expire)'],
    ['s3:PutBucketPolicy', names.queryResultsBucketArn, 'open the results bucket'],
    ['iam:PutRolePolicy', names.investigatorRoleArn, 'grant itself more'],
  ])('denies %s on %s (%s)', async (action, resource) => {
    expect(await call(action, resource)).not.toBe('Allowed');
  });

  it('denies decrypting the evidence outside S3', async () => {
    expect(await call('kms:Decrypt', keyArn, { 'kms:ResourceAliases': [names.logKeyAliasName] })).not.toBe('Allowed');
  });

  it('denies encrypting with the evidence key', async () => {
    expect(await call('kms:GenerateDataKey', keyArn, { ...viaS3, 'kms:ResourceAliases': [names.logKeyAliasName] })).not.toBe('Allowed');
  });

  it('denies decrypting with any other key, even through S3', async () => {
    expect(await call('kms:Decrypt', keyArn, { ...viaS3, 'kms:ResourceAliases': ['alias/someone-elses-key'] })).not.toBe('Allowed');
  });

  it('denies managing the results key', async () => {
    expect(await call('kms:ScheduleKeyDeletion', keyArn, { 'kms:ResourceAliases': [names.queryResultsKeyAliasName] })).not.toBe('Allowed');
  });
});

describe('investigator query policy: every action of each service, swept', () => {
  const sweep = (service: string, resource: string, keys?: Record<string, string | string[]>) =>
    allowedActions(service, { roleArn: names.investigatorRoleArn, resource, resourceAccount: account, identityPolicies: [policy], keys, resourcePolicy: service === 'kms' ? keyPolicy : undefined });

  it('allows on the workgroup exactly the query actions', async () => {
    expect(await sweep('athena', workgroupArn)).toEqual([...ATHENA_QUERY_ACTIONS].sort());
  }, 120_000);

  it('allows on the table exactly the Glue reads that apply to tables', async () => {
    // GetDatabase is the one read that does not apply to a table resource.
    expect(await sweep('glue', tableArn)).toEqual(GLUE_READ_ACTIONS.filter((action) => action !== 'glue:GetDatabase').sort());
  }, 120_000);

  it('allows on an evidence file only GetObject', async () => {
    expect(await sweep('s3', trailFile)).toEqual(['s3:GetObject']);
  }, 120_000);

  it('allows on a result file exactly read, write and multipart clean-up', async () => {
    expect(await sweep('s3', resultFile)).toEqual([...RESULTS_OBJECT_ACTIONS].sort());
  }, 120_000);

  it('allows with the results key through S3 only Decrypt and GenerateDataKey', async () => {
    expect(await sweep('kms', keyArn, { ...viaS3, 'kms:ResourceAliases': [names.queryResultsKeyAliasName] })).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
  }, 120_000);
});

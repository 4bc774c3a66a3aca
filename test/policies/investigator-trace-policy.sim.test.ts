import { GLUE_READ_ACTIONS } from '../../policies/investigator-query-policy';
import { investigatorReadPolicy } from '../../policies/investigator-read-policy';
import { investigatorTracePolicy } from '../../policies/investigator-trace-policy';
import { securityLakeKeyPolicy } from '../../policies/security-lake-key-policy';
import { TrailguardNames } from '../../naming/names';
import { SECURITY_LAKE_SERVICE } from '../../naming/security-lake-names';
import { exampleConfig } from '../support/example-config';
import { allowedActions, simulateInvestigator } from '../support/query-simulation';

// The investigator's whole identity as deployed with investigation: the read policy of the role
// and the trace policy (the CloudTrail query policy is simulated in its own file).
const config = exampleConfig();
const names = new TrailguardNames(config);
const lake = names.securityLake;
const account = config.accounts.logArchive;
const region = config.homeRegion;
const tables = lake.traceTables;
const tracePolicy = investigatorTracePolicy({ partition: 'aws', region, accountId: account, tables });
const readPolicy = investigatorReadPolicy({
  bucketArns: [names.evidenceBucketArn, names.accessLogBucketArn],
  keyArnPatterns: [names.logArchiveKeyArnPattern],
  keyAliasName: names.logKeyAliasName,
  s3ViaService: names.s3ViaService,
});
const keyPolicy = securityLakeKeyPolicy({ keyAccountRootArn: names.logArchiveRootArn, keyAccountId: account, s3ViaService: names.s3ViaService, securityLakeService: SECURITY_LAKE_SERVICE });

const glue = (resource: string) => `arn:aws:glue:${region}:${account}:${resource}`;
const database = lake.databaseName(region);
const flowTable = glue(`table/${database}/${lake.tableName(region, 'VPC_FLOW')}`);
const dnsTable = glue(`table/${database}/${lake.tableName(region, 'ROUTE53')}`);
const lakeObject = `arn:aws:s3:::aws-security-data-lake-${region}-abcdef123456/aws/VPC_FLOW/2.0/region=${region}/accountId=333333333333/eventDay=20260501/file.parquet`;
const keyArn = `arn:aws:kms:${region}:${account}:key/11111111-2222-3333-4444-555555555555`;

const call = (action: string, resource: string, resourcePolicy?: unknown, keys?: Record<string, string>) =>
  simulateInvestigator({ roleArn: names.investigatorRoleArn, action, resource, resourceAccount: account, identityPolicies: [readPolicy, tracePolicy], resourcePolicy, keys });

describe('investigator trace access: reads the trace tables', () => {
  it.each([
    ['glue:GetDatabase', glue(`database/${database}`)],
    ['glue:GetTable', flowTable],
    ['glue:GetPartitions', flowTable],
    ['glue:GetTable', dnsTable],
    ['glue:GetPartitions', dnsTable],
    ['lakeformation:GetDataAccess', '*'],
  ])('allows %s on %s', async (action, resource) => {
    expect(await call(action, resource)).toBe('Allowed');
  });

  it('allows exactly the Glue reads on a trace table, and no Glue write', async () => {
    const allowed = await allowedActions('glue', { roleArn: names.investigatorRoleArn, resource: flowTable, resourceAccount: account, identityPolicies: [readPolicy, tracePolicy] });
    // GetDatabase applies to the database, not the table; the rest are the reads of GLUE_READ_ACTIONS.
    expect(allowed).toEqual(['glue:BatchGetPartition', 'glue:GetPartition', 'glue:GetPartitions', 'glue:GetTable', 'glue:GetTables']);
    expect(allowed.every((action) => (GLUE_READ_ACTIONS as readonly string[]).includes(action))).toBe(true);
  });
});

describe('investigator trace access: and nothing else', () => {
  it.each([
    ['glue:GetTable', glue(`table/${database}/${lake.tableName(region, 'VPC_FLOW').replace('vpc_flow', 'cloud_trail_mgmt')}`), 'another Security Lake table'],
    ['glue:GetTable', glue(`table/${database}/${lake.tableName(region, 'VPC_FLOW').replace('vpc_flow', 'sh_findings')}`), 'findings'],
    ['glue:GetTable', glue(`table/other_db/other_table`), 'other databases'],
    ['glue:UpdateTable', flowTable, 'repoint a trace table'],
    ['glue:DeleteTable', dnsTable, 'delete a trace table'],
    ['glue:BatchDeletePartition', flowTable, 'drop trace partitions'],
    ['s3:GetObject', lakeObject, 'read the lake bucket directly, around Lake Formation'],
    ['s3:DeleteObject', lakeObject, 'delete traces'],
    ['lakeformation:GrantPermissions', '*', 'grant itself more tables'],
    ['lakeformation:PutDataLakeSettings', '*', 'make itself a Lake Formation administrator'],
  ])('denies %s on %s (%s)', async (action, resource) => {
    expect(await call(action, resource)).not.toBe('Allowed');
  });

  it('denies decrypting with the Security Lake key, even through S3', async () => {
    expect(await call('kms:Decrypt', keyArn, keyPolicy, { 'kms:ViaService': names.s3ViaService, 'kms:CallerAccount': account })).not.toBe('Allowed');
  });

  it('allows no Security Lake action at all (no subscriber, source or lake changes)', async () => {
    const allowed = await allowedActions('securitylake', { roleArn: names.investigatorRoleArn, resource: `arn:aws:securitylake:${region}:${account}:data-lake/default`, resourceAccount: account, identityPolicies: [readPolicy, tracePolicy] });
    expect(allowed).toEqual([]);
  });

  it('allows only GetDataAccess of Lake Formation', async () => {
    const allowed = await allowedActions('lakeformation', { roleArn: names.investigatorRoleArn, resource: '*', resourceAccount: account, identityPolicies: [readPolicy, tracePolicy] });
    expect(allowed).toEqual(['lakeformation:GetDataAccess']);
  });
});

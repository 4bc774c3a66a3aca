import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from '../support/example-config';

// Names are a contract: users see them in the console, guardrails match them, other stacks derive
// them without reading state. Every one for the example configuration, written out.
const names = new TrailguardNames(exampleConfig());

const GETTERS: [keyof TrailguardNames, unknown][] = [
  ['partition', "aws"],
  ['evidenceBucketName', "tg-example-evidence-222222222222-eu-west-1"],
  ['evidenceBucketArn', "arn:aws:s3:::tg-example-evidence-222222222222-eu-west-1"],
  ['accessLogBucketName', "tg-example-access-logs-222222222222-eu-west-1"],
  ['accessLogBucketArn', "arn:aws:s3:::tg-example-access-logs-222222222222-eu-west-1"],
  ['queryResultsBucketName', "tg-example-query-results-222222222222-eu-west-1"],
  ['queryResultsBucketArn', "arn:aws:s3:::tg-example-query-results-222222222222-eu-west-1"],
  ['queryResultsKeyAliasName', "alias/tg-example/query-results"],
  ['investigationDatabaseName', "tg_example_investigation"],
  ['cloudTrailTableName', "organization_trail"],
  ['investigationWorkgroupName', "tg-example-investigation"],
  ['investigationWorkgroupArn', "arn:aws:athena:eu-west-1:222222222222:workgroup/tg-example-investigation"],
  ['organizationTrailPrefix', "AWSLogs/o-exampleorg1/"],
  ['allBucketNames', ["tg-example-evidence-222222222222-eu-west-1","tg-example-access-logs-222222222222-eu-west-1","tg-example-query-results-222222222222-eu-west-1"]],
  ['logKeyAliasName', "alias/tg-example/cloudtrail-logs"],
  ['logKeyAliasArn', "arn:aws:kms:eu-west-1:222222222222:alias/tg-example/cloudtrail-logs"],
  ['trailLogGroupKeyAliasName', "alias/tg-example/cloudtrail-log-group"],
  ['trailName', "tg-example-organization-trail"],
  ['trailArn', "arn:aws:cloudtrail:eu-west-1:111111111111:trail/tg-example-organization-trail"],
  ['managementTrailArnPattern', "arn:aws:cloudtrail:*:111111111111:trail/*"],
  ['trailLogGroupName', "/tg-example/cloudtrail/organization"],
  ['trailLogGroupArn', "arn:aws:logs:eu-west-1:111111111111:log-group:/tg-example/cloudtrail/organization"],
  ['trailLogGroupRoleName', "tg-example-cloudtrail-to-logs"],
  ['logKeyAliasArnPattern', "arn:aws:kms:*:222222222222:alias/tg-example/cloudtrail-logs"],
  ['logArchiveKeyArnPatternAllRegions', "arn:aws:kms:*:222222222222:key/*"],
  ['stackSetsExecutionRoleArnPattern', "arn:aws:iam::*:role/stacksets-exec-*"],
  ['investigatorRoleName', "tg-example-investigator"],
  ['investigatorRoleArn', "arn:aws:iam::222222222222:role/tg-example-investigator"],
  ['alertTopicName', "tg-example-security-alerts"],
  ['centralEventBusName', "tg-example-security-events"],
  ['logArchiveRootArn', "arn:aws:iam::222222222222:root"],
  ['logArchiveKeyArnPattern', "arn:aws:kms:eu-west-1:222222222222:key/*"],
  ['logArchiveKeyArnPrefix', "arn:aws:kms:eu-west-1:222222222222:key/"],
  ['logArchiveHomeKeyArnPrefix', "arn:aws:kms:eu-west-1:222222222222:key/"],
  ['managementKeyArnPrefix', "arn:aws:kms:eu-west-1:111111111111:key/"],
  ['trailLogPrefixes', ["AWSLogs/o-exampleorg1/","AWSLogs/111111111111/"]],
  ['s3ViaService', "s3.eu-west-1.amazonaws.com"],
  ['evidenceAccessLogPrefix', "tg-example-evidence-222222222222-eu-west-1/"],
  ['alertKeyAliasName', "alias/tg-example/security-alerts"],
  ['detectionMetricNamespace', "trailguard/tg-example"],
  ['detectionNamePrefix', "tg-example-"],
  ['forwarderRuleNamePrefix', "tg-example-fwd-"],
  ['forwarderRoleName', "tg-example-event-forwarder"],
  ['memberForwarderRoleNamePrefix', "tg-example-event-forwarder-"],
  ['forwarderRuleArnPattern', "arn:aws:events:*:*:rule/tg-example-fwd-*"],
  ['memberForwarderRoleArnPattern', "arn:aws:iam::*:role/tg-example-event-forwarder-*"],
  ['forwarderStackSetName', "tg-example-event-forwarders"],
  ['managementForwarderRoleArn', "arn:aws:iam::111111111111:role/tg-example-event-forwarder"],
  ['centralRuleArnPatternAllRegions', "arn:aws:events:*:333333333333:rule/tg-example-security-events/tg-example-*"],
  ['centralEventBusArnPatternAllRegions', "arn:aws:events:*:333333333333:event-bus/tg-example-security-events"],
  ['alertTopicArnPatternAllRegions', "arn:aws:sns:*:333333333333:tg-example-security-alerts"],
  ['securityKeyArnPatternAllRegions', "arn:aws:kms:*:333333333333:key/*"],
  ['alertKeyAliasArnPatternAllRegions', "arn:aws:kms:*:333333333333:alias/tg-example/security-alerts"],
  ['organizationPolicyArnPattern', "arn:aws:organizations::111111111111:policy/o-exampleorg1/*"],
  ['managementRolesArnPattern', "arn:aws:iam::111111111111:role/*"],
  ['securityLake', expect.objectContaining({
    metaStoreManagerRoleName: 'tg-example-security-lake-metastore',
    metaStoreManagerRoleArn: 'arn:aws:iam::222222222222:role/tg-example-security-lake-metastore',
    replicationRoleName: 'tg-example-security-lake-replication',
    keyAliasName: 'alias/tg-example/security-lake',
    traceTables: [
      { source: 'VPC_FLOW', database: 'amazon_security_lake_glue_db_eu_west_1', table: 'amazon_security_lake_table_eu_west_1_vpc_flow_2_0' },
      { source: 'ROUTE53', database: 'amazon_security_lake_glue_db_eu_west_1', table: 'amazon_security_lake_table_eu_west_1_route53_2_0' },
    ],
  })],
  ['alarmTopicName', 'tg-example-metric-alarms'],
  ['alarmTopicArn', 'arn:aws:sns:eu-west-1:111111111111:tg-example-metric-alarms'],
  ['alarmKeyAliasName', 'alias/tg-example/metric-alarms'],
  ['metricAlarmArnPattern', 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:tg-example-*'],
  ['drillAlarmName', 'tg-example-drill'],
  ['drillAlarmArn', 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:tg-example-drill'],
  ['guardrailPolicyTag', { key: 'trailguard-guardrail', value: 'tg-example' }],
];

const FUNCTIONS: [string, () => string, string][] = [
  ['anyAccountRoleArnPattern', () => names.anyAccountRoleArnPattern('x'), 'arn:aws:iam::*:role/x'],
  ['alertTopicArn', () => names.alertTopicArn('us-east-1'), 'arn:aws:sns:us-east-1:333333333333:tg-example-security-alerts'],
  ['centralEventBusArn', () => names.centralEventBusArn('us-east-1'), 'arn:aws:events:us-east-1:333333333333:event-bus/tg-example-security-events'],
  ['centralEventBusRuleArnPattern', () => names.centralEventBusRuleArnPattern('eu-west-1'), 'arn:aws:events:eu-west-1:333333333333:rule/tg-example-security-events/*'],
  ['detectionName', () => names.detectionName('root-activity'), 'tg-example-root-activity'],
  ['forwarderRuleName', () => names.forwarderRuleName('root-activity'), 'tg-example-fwd-root-activity'],
  ['memberForwarderRoleName', () => names.memberForwarderRoleName('eu-west-1'), 'tg-example-event-forwarder-eu-west-1'],
  ['roleArn', () => names.roleArn('333333333333', 'deploy'), 'arn:aws:iam::333333333333:role/deploy'],
  ['prefixed', () => names.prefixed('x'), 'tg-example-x'],
  ['accountId', () => names.accountId('security'), '333333333333'],
  ['accountRoleArn', () => names.accountRoleArn('logArchive', 'deploy'), 'arn:aws:iam::222222222222:role/deploy'],
  ['arn', () => names.arn('sqs', 'eu-west-1', '111111111111', 'q'), 'arn:aws:sqs:eu-west-1:111111111111:q'],
];

describe('TrailguardNames for the example configuration', () => {
  test.each(GETTERS)('%s', (getter, expected) => {
    expect(names[getter]).toEqual(expected);
  });

  test.each(FUNCTIONS)('%s', (_name, call, expected) => {
    expect(call()).toBe(expected);
  });

  it('lists every public name: a new one is added to this table', () => {
    const members = Object.getOwnPropertyNames(TrailguardNames.prototype).filter((name) => name !== 'constructor');
    const publicMembers = members.filter((name) => !['s3Arn', 'bucketName'].includes(name));
    expect(publicMembers.sort()).toEqual([...GETTERS.map(([name]) => name), ...FUNCTIONS.map(([name]) => name)].sort());
  });
});

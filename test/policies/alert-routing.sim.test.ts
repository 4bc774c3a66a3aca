import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { alertKeyPolicy } from '../../policies/alert-key-policy';
import { alertTopicPolicy } from '../../policies/alert-topic-policy';
import { centralBusPolicy } from '../../policies/central-bus-policy';
import { guardDutyExportBucketStatements } from '../../policies/guardduty-export-grants';
import { policyDocument } from '../../policies/policy-document';
import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from '../support/example-config';

const config = exampleConfig();
const names = new TrailguardNames(config);
const security = config.accounts.security;
const region = 'eu-west-1';
const topicArn = names.alertTopicArn(region);
const centralRuleArn = names.arn('events', region, security, `rule/${names.centralEventBusName}/tg-example-root-activity`);
const administratorRoleArns = [names.accountRoleArn('security', config.deploymentRoles.security), names.accountRoleArn('security', config.breakGlassRoleName)];
const topicPolicy = alertTopicPolicy({ topicArn, accountId: security, publishingRuleArnPattern: names.centralEventBusRuleArnPattern(region), administratorRoleArns });

async function decide(simulation: Omit<Simulation, 'identityPolicies' | 'serviceControlPolicies' | 'resourceControlPolicies'> & { identityPolicies?: Simulation['identityPolicies'] }): Promise<string> {
  const result = await runSimulation({ identityPolicies: [], serviceControlPolicies: [], resourceControlPolicies: [], ...simulation } as Simulation, {});
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors));
  return result.overallResult;
}

const publish = (principal: string, context: Record<string, string>) => decide({
  resourcePolicy: topicPolicy as any,
  request: { principal, action: 'sns:Publish', resource: { resource: topicArn, accountId: security }, contextVariables: { 'aws:SecureTransport': 'true', ...context } },
});

describe('alert routing policies (iam-simulate)', () => {
  it('lets a central bus rule publish to the alert topic', async () => {
    expect(await publish('events.amazonaws.com', { 'aws:SourceAccount': security, 'aws:SourceArn': centralRuleArn })).toBe('Allowed');
  });

  it('denies a rule of another account publishing to the alert topic', async () => {
    const foreignRule = names.arn('events', region, '444444444444', `rule/${names.centralEventBusName}/x`);
    expect(await publish('events.amazonaws.com', { 'aws:SourceAccount': '444444444444', 'aws:SourceArn': foreignRule })).not.toBe('Allowed');
  });

  it('denies a rule on the security account\'s default bus (only the central bus routes alerts)', async () => {
    const defaultBusRule = names.arn('events', region, security, 'rule/some-rule');
    expect(await publish('events.amazonaws.com', { 'aws:SourceAccount': security, 'aws:SourceArn': defaultBusRule })).not.toBe('Allowed');
  });

  it('denies a random account publishing to the alert topic', async () => {
    expect(await publish('arn:aws:iam::444444444444:role/attacker', {})).not.toBe('Allowed');
  });

  it('denies CloudWatch alarms publishing directly: alarms travel as events through the central bus', async () => {
    const alarm = names.arn('cloudwatch', region, config.accounts.management, 'alarm:tg-example-root-account-usage');
    expect(await publish('cloudwatch.amazonaws.com', { 'aws:SourceAccount': config.accounts.management, 'aws:SourceArn': alarm })).not.toBe('Allowed');
  });

  it('denies publishing without TLS, even for a central bus rule', async () => {
    expect(await publish('events.amazonaws.com', { 'aws:SourceAccount': security, 'aws:SourceArn': centralRuleArn, 'aws:SecureTransport': 'false' })).toBe('ExplicitlyDenied');
  });

  it('lets EventBridge use the topic key for the security account only', async () => {
    const key = names.arn('kms', region, security, 'key/1234abcd-12ab-34cd-56ef-1234567890ab');
    const generate = (sourceAccount: string) => decide({
      resourcePolicy: alertKeyPolicy({ partition: 'aws', accountId: security, administratorRoleArns }) as any,
      request: { principal: 'events.amazonaws.com', action: 'kms:GenerateDataKey', resource: { resource: key, accountId: security }, contextVariables: { 'aws:SourceAccount': sourceAccount } },
    });
    expect(await generate(security)).toBe('Allowed');
    expect(await generate('444444444444')).not.toBe('Allowed');
  });

  it('lets forwarders of the organization put events on the central bus, and denies outsiders and other roles', async () => {
    const busArn = names.centralEventBusArn(region);
    const put = (principal: string, orgId: string) => decide({
      resourcePolicy: centralBusPolicy({
        busArn, organizationId: config.organizationId,
        forwarderRoleArnPatterns: [names.memberForwarderRoleArnPattern, names.managementForwarderRoleArn], breakGlassRoleArns: [],
      }) as any,
      identityPolicies: [{ name: 'forwarder', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'events:PutEvents', Resource: busArn }] } }],
      request: { principal, action: 'events:PutEvents', resource: { resource: busArn, accountId: security }, contextVariables: { 'aws:PrincipalOrgID': orgId, 'aws:PrincipalArn': principal } },
    });
    expect(await put(`arn:aws:iam::555555555555:role/${names.memberForwarderRoleName(region)}`, config.organizationId)).toBe('Allowed');
    expect(await put(names.managementForwarderRoleArn, config.organizationId)).toBe('Allowed');
    expect(await put(`arn:aws:iam::666666666666:role/${names.memberForwarderRoleName(region)}`, 'o-otherorg123')).not.toBe('Allowed');
    expect(await put('arn:aws:iam::555555555555:role/forwarder', config.organizationId)).toBe('ExplicitlyDenied');
  });

  it('lets the administrator\'s GuardDuty export KMS-encrypted findings, and denies other detectors', async () => {
    const bucketPolicy = policyDocument(guardDutyExportBucketStatements({ partition: 'aws', bucketArn: names.evidenceBucketArn, adminAccountId: security }));
    const object = `${names.evidenceBucketArn}/guardduty/AWSLogs/${security}/GuardDuty/${region}/finding.jsonl.gz`;
    const put = (account: string, encryption: string) => decide({
      resourcePolicy: bucketPolicy as any,
      request: {
        principal: 'guardduty.amazonaws.com', action: 's3:PutObject', resource: { resource: object, accountId: config.accounts.logArchive },
        contextVariables: {
          'aws:SourceAccount': account, 'aws:SourceArn': names.arn('guardduty', region, account, 'detector/abc123'),
          's3:x-amz-server-side-encryption': encryption,
        },
      },
    });
    expect(await put(security, 'aws:kms')).toBe('Allowed');
    expect(await put('444444444444', 'aws:kms')).not.toBe('Allowed');
    expect(await put(security, 'AES256')).toBe('ExplicitlyDenied');
  });
});

import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { alarmKeyPolicy } from '../../policies/alarm-key-policy';
import { alarmTopicPolicy } from '../../policies/alarm-topic-policy';
import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from '../support/example-config';

const config = exampleConfig();
const names = new TrailguardNames(config);
const management = config.accounts.management;
const home = config.homeRegion;
const topicArn = names.alarmTopicArn;
const alarmArn = names.arn('cloudwatch', home, management, `alarm:${names.detectionName('root-account-usage')}`);
const grant = { accountId: management, alarmArnPattern: names.metricAlarmArnPattern };

async function decide(resourcePolicy: unknown, principal: string, action: string, resource: string, context: Record<string, string>): Promise<string> {
  const simulation = {
    identityPolicies: [], serviceControlPolicies: [], resourceControlPolicies: [], resourcePolicy,
    request: { principal, action, resource: { resource, accountId: management }, contextVariables: { 'aws:SecureTransport': 'true', ...context } },
  } as unknown as Simulation;
  const result = await runSimulation(simulation, {});
  if (result.resultType === 'error') throw new Error(JSON.stringify(result.errors));
  return result.overallResult;
}

const publish = (principal: string, context: Record<string, string>) =>
  decide(alarmTopicPolicy({ topicArn, ...grant }), principal, 'sns:Publish', topicArn, context);
const generateDataKey = (context: Record<string, string>) => decide(alarmKeyPolicy({ partition: 'aws', ...grant }),
  'cloudwatch.amazonaws.com', 'kms:GenerateDataKey', names.arn('kms', home, management, 'key/1234abcd-12ab-34cd-56ef-1234567890ab'), context);

describe('the alarm topic and its key (iam-simulate)', () => {
  it('lets this account\'s metric-filter alarms publish and encrypt', async () => {
    expect(await publish('cloudwatch.amazonaws.com', { 'aws:SourceAccount': management, 'aws:SourceArn': alarmArn })).toBe('Allowed');
    expect(await generateDataKey({ 'aws:SourceAccount': management, 'aws:SourceArn': alarmArn })).toBe('Allowed');
  });

  it('denies an alarm of another account, even one with a trailguard-like name', async () => {
    const foreign = names.arn('cloudwatch', home, '444444444444', `alarm:${names.detectionName('root-account-usage')}`);
    expect(await publish('cloudwatch.amazonaws.com', { 'aws:SourceAccount': '444444444444', 'aws:SourceArn': foreign })).not.toBe('Allowed');
    expect(await generateDataKey({ 'aws:SourceAccount': '444444444444', 'aws:SourceArn': foreign })).not.toBe('Allowed');
  });

  it('denies another alarm of this account: only the metric-filter alarms may page', async () => {
    const other = names.arn('cloudwatch', home, management, 'alarm:billing-estimate');
    expect(await publish('cloudwatch.amazonaws.com', { 'aws:SourceAccount': management, 'aws:SourceArn': other })).not.toBe('Allowed');
    expect(await generateDataKey({ 'aws:SourceAccount': management, 'aws:SourceArn': other })).not.toBe('Allowed');
  });

  it('denies EventBridge and IAM principals: the alarms are the only publisher', async () => {
    const rule = names.arn('events', home, management, 'rule/x');
    expect(await publish('events.amazonaws.com', { 'aws:SourceAccount': management, 'aws:SourceArn': rule })).not.toBe('Allowed');
    expect(await publish('arn:aws:iam::444444444444:role/attacker', {})).not.toBe('Allowed');
  });

  it('denies publishing without TLS, even for an alarm of this account', async () => {
    expect(await publish('cloudwatch.amazonaws.com', { 'aws:SourceAccount': management, 'aws:SourceArn': alarmArn, 'aws:SecureTransport': 'false' })).toBe('ExplicitlyDenied');
  });
});

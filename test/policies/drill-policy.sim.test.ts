import { TrailguardNames } from '../../naming/names';
import { drillPolicy } from '../../policies/drill-policy';
import { DRILL_CALLS } from '../../drill/drill-calls';
import { mutatingActions, resourceFor } from '../support/action-resources';
import { exampleConfig } from '../support/example-config';
import { simulate } from '../support/iam-simulation';

jest.setTimeout(120_000);

const config = exampleConfig();
const names = new TrailguardNames(config);
const { security, management } = config.accounts;
const home = config.homeRegion;
const busArn = names.centralEventBusArn(home);
const drillAlarmArn = names.arn('cloudwatch', home, management, `alarm:${names.detectionName('drill')}`);
const policy = drillPolicy({ centralBusArns: config.governedRegions.map((r) => names.centralEventBusArn(r)), drillAlarmArn });
const drillRole = names.roleArn(security, 'tg-drill');
const detectionAlarmArn = names.arn('cloudwatch', home, management, `alarm:${names.detectionName('root-account-usage')}`);

describe('drill policy', () => {
  it('allows every call the drill makes, on trailguard resources only', async () => {
    const caller = { kind: 'role' as const, roleArn: drillRole, organizationId: config.organizationId };
    const put = (source: string, resource = busArn) => simulate({ caller, action: 'events:PutEvents', resource, resourceAccount: security, identityPolicies: [policy], keys: { 'events:source': [source] } });
    expect(await put('trailguard.drill')).toBe('Allowed');
    expect(await put('aws.cloudtrail')).not.toBe('Allowed');
    // A request that mixes a drill entry with another source is refused too.
    expect(await simulate({ caller, action: 'events:PutEvents', resource: busArn, resourceAccount: security, identityPolicies: [policy], keys: { 'events:source': ['trailguard.drill', 'aws.cloudtrail'] } })).not.toBe('Allowed');
    expect(await put('trailguard.drill', names.arn('events', home, security, 'event-bus/default'))).not.toBe('Allowed');
    // The drill assumes its role in each account: in the management account for its canary alarm, and no detection's.
    const inManagement = { kind: 'role' as const, roleArn: names.roleArn(management, 'tg-drill') };
    for (const action of ['cloudwatch:SetAlarmState', 'cloudwatch:DescribeAlarmHistory']) {
      expect(await simulate({ caller: inManagement, action, resource: drillAlarmArn, resourceAccount: management, identityPolicies: [policy] })).toBe('Allowed');
      expect(await simulate({ caller: inManagement, action, resource: detectionAlarmArn, resourceAccount: management, identityPolicies: [policy] })).not.toBe('Allowed');
      expect(await simulate({ caller: inManagement, action, resource: names.arn('cloudwatch', home, management, 'alarm:someone-elses'), resourceAccount: management, identityPolicies: [policy] })).not.toBe('Allowed');
    }
    expect(await simulate({ caller: inManagement, action: 'cloudwatch:GetMetricData', resource: await resourceFor('cloudwatch:GetMetricData', { partition: 'aws', region: home, account: management }), resourceAccount: management, identityPolicies: [policy] })).toBe('Allowed');
    expect(Object.values(DRILL_CALLS).sort()).toEqual(['cloudwatch:DescribeAlarmHistory', 'cloudwatch:GetMetricData', 'cloudwatch:SetAlarmState', 'events:PutEvents']);
  });

  it('denies every other mutating action of CloudWatch and EventBridge', async () => {
    const caller = { kind: 'role' as const, roleArn: drillRole };
    const allowed: string[] = [];
    for (const action of (await mutatingActions(['cloudwatch', 'events'])).filter((a) => !['cloudwatch:SetAlarmState', 'events:PutEvents'].includes(a))) {
      const resource = await resourceFor(action, { partition: 'aws', region: home, account: management });
      if ((await simulate({ caller, action, resource, resourceAccount: management, identityPolicies: [policy] })) === 'Allowed') allowed.push(action);
    }
    expect(allowed).toEqual([]);
  });
});

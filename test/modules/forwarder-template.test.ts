import { eventRuleDefinitions } from '../../detections';
import { forwarderStackSetTemplate } from '../../modules/forwarder-template';

const definitions = eventRuleDefinitions({ evidenceBucketNames: ['tg-evidence-1'], logKeyAliasNames: ['alias/tg/logs'], trailName: 'tg-trail', trailLogGroupName: '/tg/cloudtrail/organization', alarmNamePrefix: 'tg-' });
const busArn = (region: string) => `arn:aws:events:${region}:333333333333:event-bus/tg-security-events`;

describe('forwarderStackSetTemplate', () => {
  const template: any = forwarderStackSetTemplate({ definitions, targetBusArnByRegion: { 'eu-west-1': busArn('eu-west-1'), 'us-east-1': busArn('eu-west-1') } });

  it('keeps global-service rules to us-east-1 and forwards every rule to the mapped central bus', () => {
    const rules = Object.values(template.Resources).filter((r: any) => r.Type === 'AWS::Events::Rule') as any[];
    expect(rules).toHaveLength(definitions.length);
    expect(rules.filter((r) => r.Condition === 'InGlobalEventRegion')).toHaveLength(definitions.filter((d) => d.arrivesIn === 'us-east-1').length);
    for (const rule of rules) {
      expect(rule.Properties.EventBusName).toBe('default');
      expect(rule.Properties.Targets[0].Arn).toEqual({ 'Fn::FindInMap': ['CentralBus', { Ref: 'AWS::Region' }, 'Arn'] });
    }
  });

  it('trusts EventBridge only for the stack\'s own account and grants only PutEvents', () => {
    const role = template.Resources.ForwarderRole.Properties;
    expect(role.AssumeRolePolicyDocument.Statement[0].Condition).toEqual({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } });
    expect(role.Policies[0].PolicyDocument.Statement).toEqual([expect.objectContaining({ Action: 'events:PutEvents', Resource: [busArn('eu-west-1')] })]);
    expect(role.RoleName).toBeUndefined();
  });

  it('rejects a template with no Regions', () => {
    expect(() => forwarderStackSetTemplate({ definitions, targetBusArnByRegion: {} })).toThrow(/targetBusArnByRegion: got no Regions/);
  });
});

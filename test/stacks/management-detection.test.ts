import { exampleConfig } from '../support/example-config';
import { synthStack } from '../support/synth';
import { resourcesOf } from '../support/resources';


describe('management stack detection block', () => {
  it('forwards from us-east-1 even when us-east-1 is not governed, to the home Region\'s central bus', () => {
    const management = synthStack('management', exampleConfig({ governedRegions: ['eu-west-1', 'eu-central-1'] }));
    expect(management.provider.aws.map((p: any) => p.region).sort()).toEqual(['eu-central-1', 'eu-west-1', 'us-east-1']);
    const usEast1Targets = resourcesOf(management, 'aws_cloudwatch_event_target').filter((t) => t.provider === 'aws.us_east_1');
    // us-east-1 forwards every rule (50: 40 arrive in every Region, 10 IAM and Organizations rules only there).
    expect(usEast1Targets).toHaveLength(50);
    for (const target of usEast1Targets) expect(target.arn).toBe('arn:aws:events:eu-west-1:333333333333:event-bus/tg-example-security-events');
    const [stackSet] = resourcesOf(management, 'aws_cloudformation_stack_set');
    expect(JSON.parse(stackSet.template_body).Mappings.CentralBus['us-east-1'].Arn).toBe('arn:aws:events:eu-west-1:333333333333:event-bus/tg-example-security-events');
    expect(resourcesOf(management, 'aws_cloudformation_stack_set_instance').map((i) => i.region).sort()).toEqual(['eu-central-1', 'eu-west-1', 'us-east-1']);
  });

  it('deploys the forwarders to the whole organization with a service-managed, auto-deploying StackSet', () => {
    const management = synthStack('management', exampleConfig());
    const [stackSet] = resourcesOf(management, 'aws_cloudformation_stack_set');
    expect(stackSet).toMatchObject({
      permission_model: 'SERVICE_MANAGED',
      auto_deployment: { enabled: true, retain_stacks_on_account_removal: false },
      capabilities: ['CAPABILITY_NAMED_IAM'],
    });
    // One instance per forwarder Region: eu-west-1 and us-east-1, both governed in the example.
    expect(resourcesOf(management, 'aws_cloudformation_stack_set_instance')).toHaveLength(2);
    for (const instance of resourcesOf(management, 'aws_cloudformation_stack_set_instance')) {
      expect(instance.deployment_targets.organizational_unit_ids).toEqual(['r-ex01']);
    }
  });

  it('forwards alarm state changes from the home Region and never sets a cross-account alarm action', () => {
    const management = synthStack('management', exampleConfig());
    const alarmForwarder = resourcesOf(management, 'aws_cloudwatch_event_rule').find((r) => r.name === 'tg-example-fwd-metric-filter-alarm');
    expect(alarmForwarder.provider).toBe('aws');
    expect(JSON.parse(alarmForwarder.event_pattern)['detail-type']).toEqual(['CloudWatch Alarm State Change']);
    // One alarm per metric filter: 15 CIS filters and 4 trailguard watchers (evidence bucket, log key, trail log group, guardrail policy).
    expect(resourcesOf(management, 'aws_cloudwatch_metric_alarm')).toHaveLength(23);
    for (const alarm of resourcesOf(management, 'aws_cloudwatch_metric_alarm')) expect(alarm.alarm_actions).toBeUndefined();
  });

  it('gives the forwarding role only PutEvents on the central buses', () => {
    const management = synthStack('management', exampleConfig());
    const [policy] = resourcesOf(management, 'aws_iam_role_policy').map((p) => JSON.parse(p.policy));
    expect(policy.Statement).toEqual([{
      Sid: 'PutEventsOnCentralBuses', Effect: 'Allow', Action: 'events:PutEvents',
      Resource: ['arn:aws:events:eu-west-1:333333333333:event-bus/tg-example-security-events', 'arn:aws:events:us-east-1:333333333333:event-bus/tg-example-security-events'],
    }]);
  });

  it('names the member accounts\' forwarders like the management account\'s, inside the patterns the guardrail SCP protects', () => {
    const management = synthStack('management', exampleConfig());
    const [stackSet] = resourcesOf(management, 'aws_cloudformation_stack_set');
    const resources = Object.values<any>(JSON.parse(stackSet.template_body).Resources);
    const memberRuleNames = resources.filter((r) => r.Type === 'AWS::Events::Rule').map((r) => r.Properties.Name);
    const managementRuleNames = resourcesOf(management, 'aws_cloudwatch_event_rule').map((r) => r.name).filter((name) => name.startsWith('tg-example-fwd-'));
    expect(memberRuleNames.length).toBeGreaterThan(0);
    expect(managementRuleNames).toEqual(expect.arrayContaining(memberRuleNames));
    expect(resources.find((r) => r.Type === 'AWS::IAM::Role').Properties.RoleName).toEqual({ 'Fn::Join': ['', ['tg-example-event-forwarder-', { Ref: 'AWS::Region' }]] });

    const scp = resourcesOf(management, 'aws_organizations_policy').filter((p) => p.type === 'SERVICE_CONTROL_POLICY').flatMap((p) => JSON.parse(p.content).Statement);
    expect(scp.find((s) => s.Sid === 'DenyForwarderRuleTampering').Resource).toEqual(['arn:aws:events:*:*:rule/tg-example-fwd-*']);
    expect(scp.find((s) => s.Sid === 'DenyForwarderRoleTampering').Resource).toEqual(['arn:aws:iam::*:role/tg-example-event-forwarder-*']);
  });
});

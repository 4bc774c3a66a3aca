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

  it('gives every metric-filter alarm the alarm topic in the home Region as its action, and no EventBridge route', () => {
    const management = synthStack('management', exampleConfig());
    const [topicAddress] = Object.keys(management.resource.aws_sns_topic);
    // One alarm per metric filter: 15 CIS filters, 4 trailguard watchers and 4 volume filters; and the drill's canary alarm.
    expect(resourcesOf(management, 'aws_cloudwatch_metric_alarm')).toHaveLength(24);
    for (const alarm of resourcesOf(management, 'aws_cloudwatch_metric_alarm')) {
      expect(alarm.alarm_actions).toEqual([`\${one(aws_sns_topic.${topicAddress}[*].arn)}`]);
      expect(alarm.actions_enabled).not.toBe(false);
    }
    const [topic] = resourcesOf(management, 'aws_sns_topic');
    expect(topic).toMatchObject({ name: 'tg-example-metric-alarms', provider: 'aws' });
    expect(topic.kms_master_key_id).toMatch(/aws_kms_key\.AlarmTopic_Key_\w+\[\*\]\.arn/);
    // One alert per alarm: nothing forwards alarm state changes to the central bus any more.
    const patterns = resourcesOf(management, 'aws_cloudwatch_event_rule').map((r) => JSON.parse(r.event_pattern));
    expect(patterns.filter((p) => JSON.stringify(p).includes('CloudWatch Alarm State Change'))).toEqual([]);
  });

  it('lets only CloudWatch publish to the alarm topic, for this account\'s alarms, and fails the plan without a subscriber', () => {
    const management = synthStack('management', exampleConfig());
    const [topicPolicy] = resourcesOf(management, 'aws_sns_topic_policy').map((p) => JSON.parse(p.policy));
    expect(topicPolicy.Statement[0]).toEqual({
      Sid: 'AllowMetricAlarmsToPublish', Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish',
      Resource: 'arn:aws:sns:eu-west-1:111111111111:tg-example-metric-alarms',
      Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' }, ArnLike: { 'aws:SourceArn': 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:tg-example-*' } },
    });
    const [keyPolicy] = resourcesOf(management, 'aws_kms_key').filter((k) => k.description.includes('metric-alarm topic')).map((k) => JSON.parse(k.policy));
    expect(keyPolicy.Statement[1].Condition).toEqual(topicPolicy.Statement[0].Condition);
    const [topic] = resourcesOf(management, 'aws_sns_topic');
    expect(topic.lifecycle.precondition[0].condition).toBe('${length(var.alert_subscriptions) > 0}');
    expect(resourcesOf(management, 'aws_sns_topic_subscription')).toHaveLength(1);
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

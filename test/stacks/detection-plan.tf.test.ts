import { failingPlans, planJson, plannedResources, stackDirectory, type FailingPlan } from '../support/terraform';
import { EXPORT_KEY as KEY } from '../support/plan-variables';
import { synthToDirectory } from '../support/synth';

// One synth; each plan changes only -var=purpose_profiles, as users do.
const outdir = synthToDirectory({ offline: true });

// Other blocks (trail, guardrails) share these stacks; only detection's resources are counted,
// by their construct paths' top-level ids.
const SECURITY_ROOTS = /^(AlertTopic|CentralEventBus|DetectionRules|DrillRule|GuardDuty)[-_]/;
const MANAGEMENT_ROOTS = /^Detection_/;

// Every security-stack input this file expects Terraform to reject, planned together on the first read.
const BAD_KEYS = {
  'another account': 'arn:aws:kms:eu-west-1:444444444444:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'another Region': 'arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  malformed: 'alias/tg/cloudtrail-logs',
};
const exportKeyCase = (arn: string): FailingPlan => ({ purposes: ['detection'], inputs: { guardduty_export_key_arn: arn } });
// A module input in JSON syntax is a template: `${...}` alone gives the list itself, not a string.
const SMS_SUBSCRIPTION: FailingPlan = { purposes: ['detection'], inputs: { alert_subscriptions: '${[{ protocol = "sms", endpoint = "+15555550100" }]}' } };
const FAILING = [...Object.values(BAD_KEYS).map(exportKeyCase), SMS_SUBSCRIPTION];
const failures = failingPlans(stackDirectory(outdir, 'security'), FAILING);
const failure = (plan: FailingPlan): string => failures(FAILING.findIndex((c) => JSON.stringify(c) === JSON.stringify(plan)));

function countByType(plan: any, roots: RegExp): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of plannedResources(plan).values()) {
    if (!roots.test(resource.name)) continue;
    counts[resource.type] = (counts[resource.type] ?? 0) + 1;
  }
  return counts;
}

describe('offline plan of detection', () => {
  const security = stackDirectory(outdir, 'security');
  const management = stackDirectory(outdir, 'management');
  it('plans alert routing, rules, buses and GuardDuty in every governed Region of the security account', () => {
    const plan = planJson(security, ['detection'], [KEY]);
    expect(countByType(plan, SECURITY_ROOTS)).toEqual({
      // Central rules: eu-west-1 has the 40 every-Region rules; us-east-1 all 50 (IAM and Organizations arrive only there);
      // and the drill rule on each bus. Alarms page by SNS, not here.
      aws_cloudwatch_event_bus: 2, aws_cloudwatch_event_bus_policy: 2, aws_cloudwatch_event_rule: 92, aws_cloudwatch_event_target: 92,
      aws_guardduty_detector: 2, aws_guardduty_detector_feature: 12, aws_guardduty_organization_configuration: 2, aws_guardduty_organization_configuration_feature: 12,
      aws_guardduty_publishing_destination: 2, aws_kms_alias: 2, aws_kms_key: 2, aws_sns_topic: 2, aws_sns_topic_policy: 2, aws_sns_topic_subscription: 2,
    });
    const resources = [...plannedResources(plan).values()];
    for (const feature of resources.filter((r) => r.type === 'aws_guardduty_organization_configuration_feature')) {
      expect(feature.values.auto_enable).toBe('ALL');
    }
    // The administrator's own detector: every plan the detection profile lists, runtime agents included.
    for (const feature of resources.filter((r) => r.type === 'aws_guardduty_detector_feature')) {
      expect(feature.values.status).toBe('ENABLED');
      if (feature.values.name === 'RUNTIME_MONITORING') {
        expect(feature.values.additional_configuration.map((c: any) => c.status)).toEqual(['ENABLED', 'ENABLED', 'ENABLED']);
      }
    }
    for (const detector of resources.filter((r) => r.type === 'aws_guardduty_detector')) {
      expect(detector.values.finding_publishing_frequency).toBe('FIFTEEN_MINUTES');
    }
  }, 600_000);

  it('plans no GuardDuty export until the log-archive key ARN is given', () => {
    expect(countByType(planJson(security, ['detection']), SECURITY_ROOTS)).not.toHaveProperty('aws_guardduty_publishing_destination');
  }, 600_000);

  it('plans every filter, alarm, forwarder and the StackSet in the management account', () => {
    const plan = planJson(management, ['detection']);
    expect(countByType(plan, MANAGEMENT_ROOTS)).toEqual({
      // Forwarders: 40 every-Region rules in eu-west-1, all 50 in us-east-1 (no alarm forwarder: alarms page by SNS); 15 CIS, 4 watcher and 4 volume filters.
      aws_cloudformation_stack_set: 1, aws_cloudformation_stack_set_instance: 2, aws_cloudwatch_event_rule: 90, aws_cloudwatch_event_target: 90,
      aws_cloudwatch_log_metric_filter: 23, aws_cloudwatch_metric_alarm: 23, aws_iam_role: 1, aws_iam_role_policy: 1,
    });
    // Beside them, the drill's canary alarm, gated with them.
    expect(countByType(plan, /^DrillAlarm_/)).toEqual({ aws_cloudwatch_metric_alarm: 1 });
  }, 600_000);

  it('plans none of it without detection', () => {
    expect(countByType(planJson(security, ['audit', 'investigation'], [KEY]), SECURITY_ROOTS)).toEqual({});
    const withoutDetection = planJson(management, ['audit', 'investigation']);
    expect(countByType(withoutDetection, MANAGEMENT_ROOTS)).toEqual({});
    expect(countByType(withoutDetection, /^DrillAlarm_/)).toEqual({});
  }, 600_000);

  it('denies an alert subscription that is neither email nor https', () => {
    expect(failure(SMS_SUBSCRIPTION)).toMatch(/every protocol must be "email" or "https"/);
  }, 600_000);
});

describe('offline plan of the security stack outputs and inputs', () => {
  const security = stackDirectory(outdir, 'security');
  const exportKeyFailure = (arn: string): string => failure(exportKeyCase(arn));
  it('plans alert_topic_arns per Region with a topic, and empty when no topic is planned', () => {
    const routed = planJson(security, ['detection'], [KEY]).planned_values.outputs.alert_topic_arns.value;
    expect(routed).toEqual({
      'eu-west-1': 'arn:aws:sns:eu-west-1:333333333333:tg-example-security-alerts',
      'us-east-1': 'arn:aws:sns:us-east-1:333333333333:tg-example-security-alerts',
    });
    expect(planJson(security, ['audit', 'investigation'], [KEY]).planned_values.outputs.alert_topic_arns.value).toEqual({});
  }, 600_000);

  it.each([
    ['another account', BAD_KEYS['another account']],
    ['another Region', BAD_KEYS['another Region']],
  ])('denies a guardduty_export_key_arn in %s', (_, arn) => {
    expect(exportKeyFailure(arn)).toContain(
      'guardduty_export_key_arn must be a key of the log-archive account in the home Region eu-west-1 (arn:aws:kms:eu-west-1:222222222222:key/<id>): it encrypts findings exported to the evidence bucket there.',
    );
  }, 600_000);

  it('reports a malformed guardduty_export_key_arn once, as not a key ARN', () => {
    const message = exportKeyFailure(BAD_KEYS.malformed);
    expect(message).toMatch(/must be a KMS key ARN/);
    expect(message).not.toMatch(/must be a key of the log-archive account/);
  }, 600_000);
});

import { exampleConfig } from '../support/example-config';
import { synthStack } from '../support/synth';
import { resourcesOf } from '../support/resources';


test('encrypts the trail with the log_key_arn variable, whose default is the log-archive key alias ARN', () => {
  const stack = synthStack('management');
  expect(stack.variable.log_key_arn.default).toBe('arn:aws:kms:eu-west-1:222222222222:alias/tg-example/cloudtrail-logs');
  expect(stack.variable.log_key_arn.description).toMatch(/pass the key ARN/);
  expect(resourcesOf(stack, 'aws_cloudtrail')[0]).toMatchObject({
    name: 'tg-example-organization-trail', kms_key_id: '${var.log_key_arn}', s3_bucket_name: 'tg-example-evidence-222222222222-eu-west-1',
  });
});

test('gates the log group on cloudWatchLogsDelivery and GuardDuty on guardDuty, at plan time', () => {
  const stack = synthStack('management');
  expect(resourcesOf(stack, 'aws_cloudwatch_log_group')[0].count).toBe('${local.trailguard_logging_plan.cloud_watch_logs_delivery.value ? 1 : 0}');
  expect(resourcesOf(stack, 'aws_cloudwatch_log_group')[0].retention_in_days).toBe('${local.trailguard_logging_plan.cloud_watch_logs_retention_days.value}');
  const admins = resourcesOf(stack, 'aws_guardduty_organization_admin_account');
  expect(admins.map((a) => a.provider).sort()).toEqual(['aws', 'aws.us_east_1']);
  admins.forEach((admin) => expect(admin).toMatchObject({ admin_account_id: '333333333333', count: '${local.trailguard_logging_plan.guard_duty.value ? 1 : 0}' }));
});

// One configuration for both opt-ins below, so the file synthesizes one variant rather than two.
const optedIn = () => synthStack('management', exampleConfig({ guardrailTargets: ['ou-ex01-aaaaaaaa', 'ou-ex01-bbbbbbbb'], manageTrustedAccess: true }));

test('attaches every guardrail to each configured target', () => {
  const stack = optedIn();
  const policies = resourcesOf(stack, 'aws_organizations_policy');
  // The SCP statements fill two documents of at most 5,120 characters.
  expect(policies.map((p) => p.type).sort()).toEqual(['RESOURCE_CONTROL_POLICY', 'SERVICE_CONTROL_POLICY', 'SERVICE_CONTROL_POLICY']);
  expect(resourcesOf(stack, 'aws_organizations_policy_attachment').map((a) => a.target_id).sort()).toEqual(
    ['ou-ex01-aaaaaaaa', 'ou-ex01-aaaaaaaa', 'ou-ex01-aaaaaaaa', 'ou-ex01-bbbbbbbb', 'ou-ex01-bbbbbbbb', 'ou-ex01-bbbbbbbb'],
  );
  // Delegated administrators are kept from detaching them by this tag.
  policies.forEach((p) => expect(p.tags).toEqual({ 'trailguard-guardrail': 'tg-example' }));
});

test('leaves the organization alone unless manageTrustedAccess opts in', () => {
  expect(synthStack('management').resource.aws_organizations_organization).toBeUndefined();
  const stack = optedIn();
  const [organizationId] = Object.keys(stack.resource.aws_organizations_organization);
  expect(resourcesOf(stack, 'aws_cloudtrail')[0].depends_on).toEqual([`aws_organizations_organization.${organizationId}`]);
  resourcesOf(stack, 'aws_organizations_policy').forEach((p) => expect(p.depends_on).toEqual([`aws_organizations_organization.${organizationId}`]));
});

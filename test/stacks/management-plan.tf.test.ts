import { trailEventSelectors } from '../../trail/trail-event-selectors';
import { TrailguardNames } from '../../naming/names';
import { allCombinations, type Purpose } from '../../profiles/purposes';
import { resolvePurposes } from '../../profiles/resolve';
import { exampleConfig } from '../support/example-config';
import { synthToDirectory, synthesizedStack } from '../support/synth';
import { planJson, plannedResources, stackDirectory } from '../support/terraform';
import { plannedOfType } from '../support/resources';

// One synth and one init; then the management stack is planned offline for every
// combination of purposes, and the plan must follow the TypeScript resolver's settings.
const config = exampleConfig();
const names = new TrailguardNames(config);
const outdir = synthToDirectory({ offline: true, config });
const directory = stackDirectory(outdir, 'management');
const synthesizedPolicies = Object.values<any>(synthesizedStack(outdir, 'management').resource.aws_organizations_policy).map((p) => p.content).sort();


/** Resources of a type that the trail's log-group construct creates (detection adds roles of its own). */
const ofLogGroup = (resources: Map<string, any>, type: string) => plannedOfType(resources, type).filter((r) => r.name.startsWith('TrailLogGroup_'));

describe.each(allCombinations().map((c) => [c.join(','), c]))('purpose_profiles=%s', (_key, combination) => {
  const settings = resolvePurposes(combination as Purpose[]).settings;
  let resources: Map<string, any>;
  let trail: any;

  beforeAll(() => {
    resources = plannedResources(planJson(directory, combination as Purpose[]));
    [trail] = plannedOfType(resources, 'aws_cloudtrail').map((r) => r.values);
  });

  test('plans an organization trail of every Region, with global events and log file validation', () => {
    expect(trail).toMatchObject({
      name: names.trailName, is_organization_trail: true, is_multi_region_trail: true, include_global_service_events: true,
      enable_log_file_validation: true, enable_logging: true, s3_bucket_name: names.evidenceBucketName, kms_key_id: names.logKeyAliasArn,
    });
    expect(trail.event_selector).toEqual([]);
  });

  test('plans the advanced event selectors of its data-event settings, never of the log buckets', () => {
    const expected = trailEventSelectors(
      { s3DataEvents: settings.s3DataEvents.value, lambdaDataEvents: settings.lambdaDataEvents.value },
      [names.evidenceBucketArn, names.accessLogBucketArn],
    );
    expect(trail.advanced_event_selector.map((s: any) => s.name).sort()).toEqual(expected.map((s) => s.name).sort());
    const management = trail.advanced_event_selector.find((s: any) => s.name === expected[0].name);
    expect(management.field_selector).toEqual([expect.objectContaining({ field: 'eventCategory', equals: ['Management'], not_equals: [] })]);
    const s3 = trail.advanced_event_selector.find((s: any) => s.field_selector.some((f: any) => f.equals.includes('AWS::S3::Object')));
    if (settings.s3DataEvents.value === 'None') {
      expect(s3).toBeUndefined();
    } else {
      expect(s3.field_selector.find((f: any) => f.field === 'resources.ARN').not_starts_with.sort()).toEqual([`${names.accessLogBucketArn}/`, `${names.evidenceBucketArn}/`]);
      expect(s3.field_selector.some((f: any) => f.field === 'readOnly')).toBe(settings.s3DataEvents.value === 'WriteOnly');
    }
  });

  test('plans Insights only where the purposes ask for them', () => {
    const insights = trail.insight_selector.map((s: any) => s.insight_type).sort();
    expect(insights).toEqual(settings.insights.value ? ['ApiCallRateInsight', 'ApiErrorRateInsight'] : []);
  });

  test('plans the encrypted log group, its key and role only with CloudWatch Logs delivery', () => {
    const groups = plannedOfType(resources, 'aws_cloudwatch_log_group');
    const on = settings.cloudWatchLogsDelivery.value;
    expect(groups).toHaveLength(on ? 1 : 0);
    expect(ofLogGroup(resources, 'aws_kms_key')).toHaveLength(on ? 1 : 0);
    expect(ofLogGroup(resources, 'aws_iam_role')).toHaveLength(on ? 1 : 0);
    if (on) {
      expect(groups[0].values).toMatchObject({ name: names.trailLogGroupName, retention_in_days: settings.cloudWatchLogsRetentionDays.value });
      const keyPolicy = JSON.parse(ofLogGroup(resources, 'aws_kms_key')[0].values.policy);
      expect(JSON.stringify(keyPolicy)).toContain(names.trailLogGroupArn);
    } else {
      expect(trail.cloud_watch_logs_group_arn ?? null).toBeNull();
    }
  });

  test('plans GuardDuty delegation in every governed Region only with GuardDuty', () => {
    const admins = plannedOfType(resources, 'aws_guardduty_organization_admin_account');
    const detectors = plannedOfType(resources, 'aws_guardduty_detector');
    const expectedCount = settings.guardDuty.value ? config.governedRegions.length : 0;
    expect(admins).toHaveLength(expectedCount);
    expect(detectors).toHaveLength(expectedCount);
    admins.forEach((admin) => expect(admin.values.admin_account_id).toBe(config.accounts.security));
  });

  test('plans the guardrails with their exact, fully known JSON whatever the purposes', () => {
    const policies = plannedOfType(resources, 'aws_organizations_policy');
    expect(policies.map((p) => p.values.content).sort()).toEqual(synthesizedPolicies);
    expect(plannedOfType(resources, 'aws_organizations_policy_attachment')).toHaveLength(policies.length * config.guardrailTargets.length);
  });
});

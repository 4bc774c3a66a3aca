import { TrailguardNames } from '../../naming/names';
import type { Purpose } from '../../profiles/purposes';
import { LOG_ARCHIVE_OUTPUTS } from '../../stacks/log-archive-stack';
import { exampleConfig } from '../support/example-config';
import { synthToDirectory } from '../support/synth';
import { planJson, plannedResources, stackDirectory, terraformValidate } from '../support/terraform';

jest.setTimeout(300_000);

const config = exampleConfig();
const names = new TrailguardNames(config);
let directory: string;

beforeAll(() => {
  directory = stackDirectory(synthToDirectory({ offline: true }), 'log-archive');
});

const byType = (resources: Map<string, any>, type: string, prefix: string): any[] =>
  [...resources.values()].filter((r) => r.type === type && r.name.startsWith(prefix));

/** What each plan must show: lock mode, retention days, transitions, access logging. */
const expected: Record<string, { mode: string; days: number; transitions: Record<string, number>; accessLogDays: number; accessLogging: boolean }> = {
  audit: { mode: 'COMPLIANCE', days: 2557, transitions: { STANDARD_IA: 30, GLACIER_IR: 90, DEEP_ARCHIVE: 365 }, accessLogDays: 2557, accessLogging: true },
  // Detection keeps 90 days, so the 180-day Deep Archive transition is left out.
  detection: { mode: 'GOVERNANCE', days: 90, transitions: { STANDARD_IA: 30, GLACIER_IR: 60 }, accessLogDays: 90, accessLogging: false },
  'audit,detection': { mode: 'COMPLIANCE', days: 2557, transitions: { STANDARD_IA: 30, GLACIER_IR: 90, DEEP_ARCHIVE: 365 }, accessLogDays: 2557, accessLogging: true },
};

describe('log-archive offline plan', () => {
  it('validates', () => {
    expect(terraformValidate(directory)).toMatch(/Success/);
  });

  describe.each(Object.keys(expected))('purpose_profiles = [%s]', (key) => {
    const want = expected[key];
    let resources: Map<string, any>;
    let plan: any;

    beforeAll(() => {
      plan = planJson(directory, key.split(',') as Purpose[]);
      resources = plannedResources(plan);
    });

    it(`locks objects in ${want.mode} mode for ${want.days} days`, () => {
      const [lock] = byType(resources, 'aws_s3_bucket_object_lock_configuration', 'EvidenceBucket');
      expect(lock.values.rule).toEqual([{ default_retention: [{ mode: want.mode, days: want.days, years: null }] }]);
    });

    it('moves objects to colder tiers before expiry, expires at the retention period and noncurrent versions after it', () => {
      const [lifecycle] = byType(resources, 'aws_s3_bucket_lifecycle_configuration', 'EvidenceBucket');
      const [rule] = lifecycle.values.rule;
      expect(Object.fromEntries(rule.transition.map((t: any) => [t.storage_class, t.days]))).toEqual(want.transitions);
      expect(rule.expiration[0].days).toBe(want.days);
      expect(rule.noncurrent_version_expiration[0].noncurrent_days).toBe(want.days);
    });

    it(`keeps access logs ${want.accessLogDays} days and ${want.accessLogging ? 'logs' : 'does not log'} server access`, () => {
      const [lifecycle] = byType(resources, 'aws_s3_bucket_lifecycle_configuration', 'AccessLogBucket');
      expect(lifecycle.values.rule[0].expiration[0].days).toBe(want.accessLogDays);
      expect(byType(resources, 'aws_s3_bucket_logging', 'EvidenceBucket')).toHaveLength(want.accessLogging ? 1 : 0);
      expect(byType(resources, 'aws_s3_bucket', 'AccessLogBucket')).toHaveLength(1);
    });

    it('plans the bucket policy in full', () => {
      const [policy] = byType(resources, 'aws_s3_bucket_policy', 'EvidenceBucket');
      expect(JSON.parse(policy.values.policy).Statement.map((s: any) => s.Sid)).toContain('DenyTamperExceptBreakGlass');
    });

    it('plans the outputs the management stack derives from configuration', () => {
      const outputs = plan.planned_values.outputs;
      expect(outputs[LOG_ARCHIVE_OUTPUTS.evidenceBucketArn].value).toBe(names.evidenceBucketArn);
      expect(outputs[LOG_ARCHIVE_OUTPUTS.logKeyAliasArn].value).toBe(names.logKeyAliasArn);
      expect(outputs[LOG_ARCHIVE_OUTPUTS.investigatorRoleArn].value).toBe(names.investigatorRoleArn);
    });
  });
});


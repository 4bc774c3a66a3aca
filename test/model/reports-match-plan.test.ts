import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../config/load';
import { deployedFor } from '../../model/deployed';
import { deploymentModel } from '../../model/deployment-model';
import { allCombinations, type Purpose } from '../../profiles/purposes';
import { exampleRawConfig } from '../support/example-config';
import { runCli } from '../support/io';
import { planned, plannedInstances } from '../support/planned-counts';
import { synthesizedStack, synthToDirectory } from '../support/synth';

// The matrix of issue 11: every purpose combination × three ways to configure the settings table.
// What each report lists must equal what the plan holds; the plan is read from the synthesized
// JSON by an evaluator of its own count expressions (test/support/planned-counts.ts), never
// from the deployment model under test.
const VARIANTS: Record<string, Record<string, unknown>> = {
  'no override': {},
  'CloudWatch delivery overridden off': { profileOverrides: { investigation: { cloudWatchLogsDelivery: false }, detection: { cloudWatchLogsDelivery: false } } },
  'query tooling overridden on': { profileOverrides: { audit: { queryTooling: true }, detection: { queryTooling: true } }, manageTrustedAccess: true },
};
const STACKS = ['log-archive', 'management', 'security'] as const;
type Stacks = Record<(typeof STACKS)[number], any>;

const PREFIX = 'tg-example-';

interface Variant {
  readonly name: string;
  readonly configPath: string;
  readonly raw: Record<string, any>;
  readonly stacks: Stacks;
}

const variants: Variant[] = Object.entries(VARIANTS).map(([name, overrides]) => {
  const raw = { ...exampleRawConfig(), ...overrides };
  const outdir = synthToDirectory({ config: parseConfig(raw) });
  const configPath = join(mkdtempSync(join(tmpdir(), 'trailguard-matrix-')), 'cdktf.json');
  writeFileSync(configPath, JSON.stringify({ context: { trailguard: raw } }));
  return { name, configPath, raw, stacks: Object.fromEntries(STACKS.map((id) => [id, synthesizedStack(outdir, id)])) as Stacks };
});

/** What the plan holds for one combination, in the terms reports use. */
function fromPlan(stacks: Stacks, purposes: readonly Purpose[]) {
  const names = (stack: any, type: string) => planned(stack, purposes, type).map((r) => String(r.body.name));
  const onBuses = [...new Set(names(stacks.security, 'aws_cloudwatch_event_rule'))];
  // The drill's rule shares the buses but detects nothing: reports list detections, so it is apart.
  const drillRule = `${PREFIX}drill`;
  const centralRules = onBuses.filter((n) => n !== drillRule);
  const alarmNames = planned(stacks.management, purposes, 'aws_cloudwatch_metric_alarm').map((r) => String(r.body.alarm_name));
  const has = (stack: any, type: string) => planned(stack, purposes, type).length > 0;
  return {
    metricFilters: names(stacks.management, 'aws_cloudwatch_log_metric_filter').map((n) => n.slice(PREFIX.length)).sort(),
    // Likewise the drill's canary alarm beside the detections' alarms.
    alarms: alarmNames.filter((n) => n !== drillRule).length,
    drillAlarm: alarmNames.includes(drillRule),
    eventRules: centralRules.map((n) => n.slice(PREFIX.length)).sort(),
    drillRule: onBuses.includes(drillRule),
    guardDutyPages: centralRules.includes(`${PREFIX}guardduty-high-severity-finding`) && has(stacks.security, 'aws_guardduty_organization_configuration'),
    guardDuty: has(stacks.security, 'aws_guardduty_organization_configuration'),
    logGroup: has(stacks.management, 'aws_cloudwatch_log_group'),
    accessLogging: has(stacks['log-archive'], 'aws_s3_bucket_logging'),
    athena: has(stacks['log-archive'], 'aws_athena_workgroup'),
    logsInsights: has(stacks.management, 'aws_cloudwatch_query_definition'),
    kmsKeys: STACKS.reduce((sum, id) => sum + planned(stacks[id], purposes, 'aws_kms_key').length, 0),
  };
}

const cases = variants.flatMap((variant) => allCombinations().map((purposes) => ({ variant, purposes, label: `${purposes.join(',')} (${variant.name})` })));

describe('the stacks plan what the deployment model says, in its Regions', () => {
  // Each component's characteristic resources, found in the plan by type and name only.
  const CHARACTERISTIC: Record<string, (stacks: Stacks) => { stack: any; matches: (type: string, body: any, address: string) => boolean }> = {
    'log-key': (s) => ({ stack: s['log-archive'], matches: (t, _b, a) => t === 'aws_kms_key' && a.startsWith('LogKey') }),
    'evidence-bucket': (s) => ({ stack: s['log-archive'], matches: (t, b) => t === 'aws_s3_bucket' && b.object_lock_enabled === true }),
    'access-log-bucket': (s) => ({ stack: s['log-archive'], matches: (t, _b, a) => t === 'aws_s3_bucket' && a.startsWith('AccessLogBucket') }),
    'access-logging': (s) => ({ stack: s['log-archive'], matches: (t) => t === 'aws_s3_bucket_logging' }),
    'investigator-role': (s) => ({ stack: s['log-archive'], matches: (t, b) => t === 'aws_iam_role' && b.name === `${PREFIX}investigator` }),
    'query-tooling': (s) => ({ stack: s['log-archive'], matches: (t) => t === 'aws_athena_workgroup' }),
    'security-lake': (s) => ({ stack: s['log-archive'], matches: (t) => t === 'aws_securitylake_data_lake' }),
    'security-lake-sources': (s) => ({ stack: s['log-archive'], matches: (t) => t === 'aws_securitylake_aws_log_source' }),
    'trace-queries': (s) => ({ stack: s['log-archive'], matches: (t) => t === 'aws_lakeformation_permissions' }),
    'security-lake-delegation': (s) => ({ stack: s.management, matches: (t, b) => t === 'aws_organizations_delegated_administrator' && b.service_principal === 'securitylake.amazonaws.com' }),
    'trusted-access': (s) => ({ stack: s.management, matches: (t) => t === 'aws_organizations_organization' }),
    'organization-trail': (s) => ({ stack: s.management, matches: (t) => t === 'aws_cloudtrail' }),
    'trail-log-group': (s) => ({ stack: s.management, matches: (t) => t === 'aws_cloudwatch_log_group' }),
    'guardrail-policies': (s) => ({ stack: s.management, matches: (t) => t === 'aws_organizations_policy' }),
    'guardduty-delegation': (s) => ({ stack: s.management, matches: (t) => t === 'aws_guardduty_organization_admin_account' }),
    'metric-alarms': (s) => ({ stack: s.management, matches: (t) => t === 'aws_cloudwatch_metric_alarm' }),
    'event-forwarders': (s) => ({ stack: s.management, matches: (t) => t === 'aws_cloudwatch_event_rule' }),
    'alarm-topic': (s) => ({ stack: s.management, matches: (t, b) => t === 'aws_sns_topic' && b.name === `${PREFIX}metric-alarms` }),
    'forwarder-role': (s) => ({ stack: s.management, matches: (t, b) => t === 'aws_iam_role' && b.name === `${PREFIX}event-forwarder` }),
    'forwarder-stack-set': (s) => ({ stack: s.management, matches: (t) => t === 'aws_cloudformation_stack_set' }),
    'logs-insights-queries': (s) => ({ stack: s.management, matches: (t) => t === 'aws_cloudwatch_query_definition' }),
    'alert-topic': (s) => ({ stack: s.security, matches: (t) => t === 'aws_sns_topic' }),
    'central-event-bus': (s) => ({ stack: s.security, matches: (t) => t === 'aws_cloudwatch_event_bus' }),
    'detection-rules': (s) => ({ stack: s.security, matches: (t) => t === 'aws_cloudwatch_event_rule' }),
    'guardduty-organization': (s) => ({ stack: s.security, matches: (t) => t === 'aws_guardduty_organization_configuration' }),
    'guardduty-export': (s) => ({ stack: s.security, matches: (t) => t === 'aws_guardduty_publishing_destination' }),
  };
  const regionOf = (body: any, home: string) => (body.provider === undefined || body.provider === 'aws' ? home : String(body.provider).replace(/^aws\./, '').replace(/_/g, '-'));

  test.each(cases)('$label', ({ variant, purposes }) => {
    const config = parseConfig(variant.raw);
    const model = deploymentModel(config);
    const deployed = deployedFor(model, purposes);
    const fromModel = Object.fromEntries(deployed.components.map((c) => [c.id, [...c.regions].sort()]));
    const plannedRegions = Object.fromEntries(Object.entries(CHARACTERISTIC).flatMap(([id, find]) => {
      const { stack, matches } = find(variant.stacks);
      const found = plannedInstances(stack, purposes).filter((r) => r.instances > 0 && matches(r.type, r.body, r.address));
      return found.length === 0 ? [] : [[id, [...new Set(found.map((r) => regionOf(r.body, config.homeRegion)))].sort()]];
    }));
    expect(fromModel).toEqual(plannedRegions);
    expect(Object.keys(plannedRegions).length).toBeGreaterThanOrEqual(6);
  });
});

describe('trailguard explain says what the plan holds', () => {
  test.each(cases)('$label', async ({ variant, purposes }) => {
    const plan = fromPlan(variant.stacks, purposes);
    const run = await runCli(['explain', '--config', variant.configPath, '--profiles', purposes.join(','), '--format', 'json']);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.out);
    const statements: string[] = record.questions.flatMap((q: any) => q.answers.map((a: any) => a.statement));
    const said = (pattern: RegExp) => statements.some((s) => pattern.test(s));
    expect(said(/^A copy in CloudWatch Logs group/)).toBe(plan.logGroup);
    expect(said(/^Every read of the evidence, as S3 server access logs/)).toBe(plan.accessLogging);
    expect(said(/saved Athena queries/)).toBe(plan.athena);
    const rules = statements.map((s) => /from (\d+) EventBridge rules/.exec(s)?.[1]).find(Boolean);
    expect(rules === undefined ? 0 : Number(rules)).toBe(plan.eventRules.length);
    // The drill rule is planned exactly where the fast path is.
    expect(plan.drillRule).toBe(plan.eventRules.length > 0);
    expect(plan.drillAlarm).toBe(plan.alarms > 0);
    const alarms = statements.map((s) => /from (\d+) CIS and guardrail metric-filter alarms/.exec(s)?.[1]).find(Boolean);
    expect(alarms === undefined ? 0 : Number(alarms)).toBe(plan.alarms);
    expect(said(/from GuardDuty findings of severity 7 or more/)).toBe(plan.guardDutyPages);
    const alarmCost = record.cost.lines.find((l: any) => l.item === 'Metric filters: metrics and alarms');
    expect(alarmCost === undefined ? 0 : Number(/^(\d+) ×/.exec(alarmCost.arithmetic)?.[1])).toBe(plan.alarms);
    const keys = record.cost.lines.find((l: any) => l.item === 'KMS customer managed keys');
    expect(Number(/^(\d+) ×/.exec(keys.arithmetic)?.[1])).toBe(plan.kmsKeys);
  });
});

describe('trailguard runbook lists the alerts the plan holds', () => {
  test.each(cases)('$label', async ({ variant, purposes }) => {
    const plan = fromPlan(variant.stacks, purposes);
    const run = await runCli(['runbook', '--config', variant.configPath, '--profiles', purposes.join(','), '--format', 'json']);
    expect(run.code).toBe(0);
    const runbook = JSON.parse(run.out);
    const ids = (source: string) => runbook.alerts.filter((a: any) => a.source === source).map((a: any) => a.id).sort();
    expect(ids('metric-filter')).toEqual(plan.metricFilters);
    expect(ids('event-rule')).toEqual(plan.eventRules);
    expect(ids('guardduty').length > 0).toBe(plan.guardDutyPages);
    expect(runbook.queryTooling.deployed).toBe(plan.athena);
    expect(runbook.queryTooling.logsInsightsFolder !== undefined).toBe(plan.logsInsights);
    const reviewsReadingGuardDuty = runbook.reviews.flatMap((r: any) => r.items).filter((i: any) => /GuardDuty findings of medium and low/.test(i.what));
    expect(reviewsReadingGuardDuty.length > 0).toBe(plan.guardDuty && purposes.includes('detection'));
  });
});

describe('trailguard replay evaluates the detections the plan holds', () => {
  test.each(cases)('$label', async ({ variant, purposes }) => {
    const plan = fromPlan(variant.stacks, purposes);
    const record = { eventVersion: '1.08', eventSource: 'iam.amazonaws.com', eventName: 'ListUsers', awsRegion: 'us-east-1', userIdentity: { type: 'IAMUser' } };
    const run = await runCli(['replay', '--config', variant.configPath, '--profiles', purposes.join(','), '--format', 'json', '--events', '-'], `${JSON.stringify(record)}\n`);
    const summary = run.out.trim().split('\n').map((line) => JSON.parse(line)).find((line) => line.summary !== undefined).summary;
    const ids = (path: string) => summary.detections.filter((d: any) => d.path === path).map((d: any) => d.id).sort();
    expect(ids('metric-filter')).toEqual(plan.metricFilters);
    expect(ids('eventbridge')).toEqual(plan.eventRules);
  });
});

import { ofType, referenced, type ResourceView, type TfResource } from '../resources';
import { SECURITY_HUB_FILTER_PATTERNS } from './cis-patterns';
import { eachResource, type CheckResult, type ControlCheck } from './check';
import { logGroupOf } from './cloudtrail';

/** Security Hub compares the pattern text; whitespace between tokens does not change it. */
const normalised = (pattern: unknown) => String(pattern ?? '').replace(/\s+/g, '');

/**
 * CloudWatch.1-14 ("Ensure a log metric filter and alarm exist for ..."): the control "checks whether ... CloudTrail
 * [is] multi-Region ... [and] a log metric filter [with the exact pattern] and alarm exist", and fails "if the alarm
 * isn't configured with an SNS topic ... or the topic has no subscribers" (resource types AWS::Logs::MetricFilter,
 * AWS::CloudWatch::Alarm, AWS::CloudTrail::Trail, AWS::SNS::Topic).
 */
export function cisFilterCheck(control: string): ControlCheck {
  const pattern = normalised(SECURITY_HUB_FILTER_PATTERNS[control]);
  return {
    control,
    check(view): CheckResult {
      const path: string[] = [];
      const trails = ofType(view, 'aws_cloudtrail').filter((t) => t.values.is_multi_region_trail === true);
      const groups = trails.map((t) => logGroupOf(view, t)).filter((g): g is TfResource => g !== undefined);
      if (groups.length === 0) return notMet('no multi-Region trail delivers to a CloudWatch Logs group', trails);
      const filters = ofType(view, 'aws_cloudwatch_log_metric_filter')
        .filter((f) => normalised(f.values.pattern) === pattern && groups.some((g) =>
          f.values.log_group_name === g.values.name || referenced(view, f, 'log_group_name', 'aws_cloudwatch_log_group').includes(g)));
      if (filters.length === 0) return notMet('no metric filter with the exact prescribed pattern on the trail\'s log group', [...trails, ...groups]);
      for (const filter of filters) {
        const metric = filter.values.metric_transformation?.[0] ?? filter.values.metric_transformation;
        const alarms = ofType(view, 'aws_cloudwatch_metric_alarm')
          .filter((a) => a.values.metric_name === metric?.name && a.values.namespace === metric?.namespace);
        for (const alarm of alarms) {
          const topics = referenced(view, alarm, 'alarm_actions', 'aws_sns_topic');
          for (const topic of topics) {
            const subscriptions = ofType(view, 'aws_sns_topic_subscription').filter((s) => referenced(view, s, 'topic_arn', 'aws_sns_topic').includes(topic));
            const chain = [...trails, ...groups, filter, alarm, topic, ...subscriptions];
            const undecided = chain.filter((r) => !r.decided);
            if (undecided.length > 0) {
              return { status: 'undetermined', why: `needs plan values: whether ${undecided.map((r) => r.address).join(', ')} exist is decided at plan time`, resources: chain.map((r) => r.address) };
            }
            if (subscriptions.length > 0 && alarm.values.actions_enabled !== false) {
              return { status: 'met', why: 'exact filter on the multi-Region trail\'s log group, an alarm on its metric, an SNS action, a subscriber', resources: chain.map((r) => r.address) };
            }
            path.push(`${topic.address} has no subscription${alarm.values.actions_enabled === false ? ' and the alarm\'s actions are off' : ''}`);
          }
          if (topics.length === 0) path.push(`${alarm.address} has no SNS topic action`);
        }
        if (alarms.length === 0) path.push(`no alarm on the metric of ${filter.address}`);
      }
      return notMet(path.join('; '), [...trails, ...groups, ...filters]);
    },
  };
}

function notMet(why: string, resources: readonly TfResource[]): CheckResult {
  return { status: 'not met', why, resources: resources.map((r) => r.address) };
}

const alarms = (view: ResourceView) => ofType(view, 'aws_cloudwatch_metric_alarm');

export const CLOUDWATCH_CHECKS: readonly ControlCheck[] = [
  ...Object.keys(SECURITY_HUB_FILTER_PATTERNS).map(cisFilterCheck),
  {
    // CloudWatch.15: "checks whether a CloudWatch alarm has at least one action configured for the ALARM state"
    // (alarmActionRequired: true by default; insufficientDataActionRequired and okActionRequired: false).
    control: 'CloudWatch.15',
    check: (view) => eachResource(alarms(view), (a) =>
      ((a.values.alarm_actions ?? []).length > 0 || a.unknown.has('alarm_actions') ? undefined : 'no action for the ALARM state'), 'metric alarm'),
  },
  {
    // CloudWatch.16: "checks whether a CloudWatch log group has a retention period of at least the specified number of
    // days" (minRetentionTime: 365 by default); a group that never expires passes.
    control: 'CloudWatch.16',
    check: (view) => eachResource(ofType(view, 'aws_cloudwatch_log_group'), (g) => {
      const days = g.values.retention_in_days;
      if (typeof days === 'string') return { undecided: `${g.address}.retention_in_days` };
      return days === undefined || days === null || days === 0 || days >= 365 ? undefined : `kept ${days} days; at least 365 required`;
    }, 'log group'),
  },
  {
    // CloudWatch.17: "checks whether CloudWatch alarm actions are activated (ActionEnabled should be set to true)."
    control: 'CloudWatch.17',
    check: (view) => eachResource(alarms(view), (a) => (a.values.actions_enabled === false ? 'actions disabled' : undefined), 'metric alarm'),
  },
];

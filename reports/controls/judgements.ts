import type { ComponentId } from '../../model/components';
import type { Deployment } from '../../model/deployed';
import type { DeploymentModel } from '../../model/deployment-model';
import { deployed, met, notApplicable, notMet, refs, whyAbsent, type Judgement } from './judge-helpers';
import { TRADE_OFFS } from './trade-offs';

/** What a judgement reads: the model and what it deploys for the chosen purposes. */
export interface JudgementContext {
  readonly model: DeploymentModel;
  readonly deployment: Deployment;
}

type Judge = (context: JudgementContext) => Judgement;

/** Met when every component is deployed; otherwise not met, with the reason of each setting that keeps one out. */
const needs = (ids: readonly ComponentId[], why: string): Judge => ({ model, deployment }) => {
  const missing = ids.filter((id) => deployed(deployment, id) === undefined);
  return missing.length === 0 ? met(why, refs(deployment, ids)) : notMet(missing.map((id) => whyAbsent(deployment, model, id)).join(' '), refs(deployment, ids));
};

/** Not applicable unless `scope` is deployed; then `judge`. */
const within = (scope: ComponentId, subject: string, judge: Judge): Judge => (context) =>
  deployed(context.deployment, scope) === undefined ? notApplicable(`no ${subject}: ${whyAbsent(context.deployment, context.model, scope)}`) : judge(context);

const always = (why: string, ids: readonly ComponentId[]): Judge => ({ deployment }) => met(why, refs(deployment, ids));

const BUCKETS: readonly ComponentId[] = ['evidence-bucket', 'access-log-bucket', 'query-tooling'];
const KEYED: readonly ComponentId[] = ['log-key', 'trail-log-group', 'alarm-topic', 'alert-topic', 'query-tooling'];
const TOPICS: readonly ComponentId[] = ['alarm-topic', 'alert-topic'];
const ALARM_PATH: readonly ComponentId[] = ['organization-trail', 'trail-log-group', 'metric-alarms', 'alarm-topic'];

/** Every bucket passes except those a trade-off or a switched-off setting leaves out. */
const buckets = (why: string, exceptions: (context: JudgementContext) => string[]): Judge => (context) => {
  const reasons = exceptions(context);
  const resources = refs(context.deployment, BUCKETS);
  return reasons.length === 0 ? met(why, resources) : notMet(reasons.join(' '), resources);
};
const withResults = (context: JudgementContext, reason: string): string[] => (deployed(context.deployment, 'query-tooling') === undefined ? [] : [reason]);

/** GuardDuty feature controls: the feature must be in the guardDutyFeatures setting of these purposes. */
const guardDutyFeature = (feature: string): Judge => (context) => {
  const base = needs(['guardduty-organization', 'guardduty-delegation'], `${feature} is auto-enabled for every account and set on the administrator`)(context);
  if (base.status !== 'met') return base;
  const features = context.deployment.settings.guardDutyFeatures;
  return features.value.includes(feature as never) ? base : notMet(`${feature} is not in guardDutyFeatures: ${features.reason}`, base.resources);
};

export const JUDGEMENTS: Readonly<Record<string, Judge>> = {
  'CloudTrail.1': ({ deployment }) => (deployment.settings.managementEvents.value === 'All'
    ? met('The organization trail is multi-Region and records read and write management events of every source.', refs(deployment, ['organization-trail']))
    : notMet(`managementEvents is ${deployment.settings.managementEvents.value}: ${deployment.settings.managementEvents.reason}`, refs(deployment, ['organization-trail']))),
  'CloudTrail.2': always('The trail is encrypted with the log-archive KMS key.', ['organization-trail', 'log-key']),
  'CloudTrail.3': always('The organization trail is logging.', ['organization-trail']),
  'CloudTrail.4': always('Log file validation is on: hourly signed digests.', ['organization-trail']),
  'CloudTrail.5': needs(['organization-trail', 'trail-log-group'], 'The trail delivers to its CloudWatch Logs group too.'),
  'CloudTrail.6': always('The evidence bucket blocks public access on all four switches.', ['evidence-bucket']),
  'CloudTrail.7': needs(['evidence-bucket', 'access-logging'], 'The evidence bucket\'s server access logs go to the access-log bucket.'),
  'CloudTrail.9': always('Every resource carries the trailguard default tags.', ['organization-trail']),
  'CloudTrail.10': () => notApplicable('trailguard creates no CloudTrail Lake event data store.'),
  ...Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`CloudWatch.${i + 1}`,
    needs(ALARM_PATH, 'The exact CIS filter on the multi-Region trail\'s log group, an alarm on its metric, the alarm topic as its action, the alert subscriptions on the topic.')])),
  'CloudWatch.15': within('metric-alarms', 'metric alarm', always('Every metric-filter alarm publishes to the alarm topic on ALARM.', ['metric-alarms', 'alarm-topic'])),
  'CloudWatch.16': within('trail-log-group', 'log group', ({ deployment }) => {
    const retention = deployment.settings.cloudWatchLogsRetentionDays;
    return retention.value >= 365
      ? met(`The trail's log group is kept ${retention.value} days.`, refs(deployment, ['trail-log-group']))
      : notMet(`cloudWatchLogsRetentionDays is ${retention.value} (at least 365 required): ${retention.reason}`, refs(deployment, ['trail-log-group']));
  }),
  'CloudWatch.17': within('metric-alarms', 'metric alarm', always('Alarm actions are enabled.', ['metric-alarms'])),
  'S3.1': ({ deployment }) => notMet(TRADE_OFFS.accountPublicAccessBlock, refs(deployment, BUCKETS)),
  'S3.2': buckets('Every bucket blocks public access on all four switches.', () => []),
  'S3.3': buckets('Every bucket blocks public access on all four switches.', () => []),
  'S3.5': buckets('Every bucket policy denies requests without TLS.', () => []),
  'S3.6': buckets('No bucket policy grants another account policy, ACL or encryption changes.', () => []),
  'S3.8': buckets('Every bucket blocks public access on all four switches.', () => []),
  'S3.9': buckets('Every bucket is logged.', (context) => [
    ...(deployed(context.deployment, 'access-logging') === undefined ? [`Evidence bucket: ${whyAbsent(context.deployment, context.model, 'access-logging')}`] : []),
    `Access-log bucket: ${TRADE_OFFS.accessLogBucketNotLogged}`,
    ...withResults(context, `Query-results bucket: ${TRADE_OFFS.queryResultsNotLogged}`),
  ]),
  'S3.10': buckets('Every versioned bucket has a lifecycle configuration.', () => []),
  'S3.11': buckets('Every bucket notifies.', () => [TRADE_OFFS.noEventNotifications]),
  'S3.12': buckets('ACLs are disabled (BucketOwnerEnforced) on every bucket.', () => []),
  'S3.13': buckets('Every bucket has a lifecycle configuration.', () => []),
  'S3.14': buckets('Every bucket is versioned.', (context) => withResults(context, `Query-results bucket: ${TRADE_OFFS.queryResultsNotVersioned}`)),
  'S3.15': buckets('Every bucket has Object Lock.', (context) => [
    `Access-log bucket: ${TRADE_OFFS.accessLogBucketNotLocked}`,
    ...withResults(context, `Query-results bucket: ${TRADE_OFFS.queryResultsNotVersioned}`),
  ]),
  'S3.17': buckets('Every bucket is encrypted with KMS.', () => [`Access-log bucket: ${TRADE_OFFS.accessLogBucketSseS3}`]),
  'KMS.3': ({ deployment }) => met('Every key is created enabled, with a 30-day deletion window, and the guardrails deny scheduling its deletion.', refs(deployment, KEYED)),
  'KMS.4': ({ deployment }) => met('Every customer managed key rotates automatically.', refs(deployment, KEYED)),
  'SNS.1': ({ deployment }) => (refs(deployment, TOPICS).length === 0 ? notApplicable('no SNS topic: no alert path is deployed for these purposes.')
    : met('Every topic is encrypted with its own customer managed key.', refs(deployment, TOPICS))),
  'SNS.4': ({ deployment }) => (refs(deployment, TOPICS).length === 0 ? notApplicable('no SNS topic: no alert path is deployed for these purposes.')
    : met('Only CloudWatch or EventBridge of the owning account may publish (aws:SourceAccount, aws:SourceArn).', refs(deployment, TOPICS))),
  'GuardDuty.1': needs(['guardduty-delegation', 'guardduty-organization'], 'GuardDuty is delegated to the security account and auto-enabled for every account, in every governed Region.'),
  'GuardDuty.5': guardDutyFeature('EKS_AUDIT_LOGS'),
  'GuardDuty.6': guardDutyFeature('LAMBDA_NETWORK_LOGS'),
  'GuardDuty.7': guardDutyFeature('RUNTIME_MONITORING'),
  'GuardDuty.8': guardDutyFeature('EBS_MALWARE_PROTECTION'),
  'GuardDuty.9': guardDutyFeature('RDS_LOGIN_EVENTS'),
  'GuardDuty.10': guardDutyFeature('S3_DATA_EVENTS'),
  'GuardDuty.11': guardDutyFeature('RUNTIME_MONITORING'),
  'GuardDuty.12': guardDutyFeature('RUNTIME_MONITORING'),
  'EventBridge.3': within('central-event-bus', 'custom event bus', always('Each central bus has a policy: PutEvents from the organization only.', ['central-event-bus'])),
  'Athena.4': within('query-tooling', 'Athena workgroup', always('The investigation workgroup publishes CloudWatch metrics.', ['query-tooling'])),
  'IAM.1': () => notApplicable('trailguard creates no customer managed IAM policy; its roles have inline policies scoped to their job.'),
  'Glue.1': () => notApplicable('trailguard creates a Glue database and table, no Glue jobs.'),
  'Glue.3': () => notApplicable('trailguard creates no Glue machine learning transforms.'),
  'Glue.4': () => notApplicable('trailguard creates no Glue Spark jobs.'),
};

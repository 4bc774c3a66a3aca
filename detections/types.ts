import type { CloudTrailBusEvent } from '../patterns/cloudtrail-envelope';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** The deployment names the guardrail watchers need: they watch trailguard's own resources. */
export interface DetectionTargets {
  /** Names of the buckets that hold evidence (CloudTrail logs, access logs). */
  readonly evidenceBucketNames: readonly string[];
  /** Alias names of the KMS keys that encrypt the logs, for example `alias/tg/cloudtrail-logs`. */
  readonly logKeyAliasNames: readonly string[];
  /**
   * ARNs of those keys. DisableKey, ScheduleKeyDeletion and PutKeyPolicy records name the key only by
   * id or ARN (`requestParameters.keyId`, `resources[].ARN`); those APIs do not accept an alias, so the
   * alias never appears in them.
   * @default - key-state changes are watched on every KMS key, since an alias cannot identify them
   */
  readonly logKeyArns?: readonly string[];
  /**
   * ARN prefixes of the accounts and Regions that hold the log keys, `arn:<partition>:kms:<region>:<account>:key/`.
   * A deployment knows where its keys are but not their random ids, so this is how key-state changes
   * are scoped at plan time. Any other key in the same account and Region matches too.
   * @default - only `logKeyArns` scope key-state changes
   */
  readonly logKeyArnPrefixes?: readonly string[];
  /** Name of the organization trail. */
  readonly trailName: string;
  /** The org trail's CloudWatch Logs group: its deletion, retention, encryption and metric filters are watched. */
  readonly trailLogGroupName: string;
  /** Prefix of the metric-filter alarm names (`<prefix>-`): deleting or muting those alarms is watched. */
  readonly alarmNamePrefix: string;
}

/** A CloudWatch Logs metric filter on the org trail's log group, with the alarm's triage data. */
export interface MetricFilterDefinition {
  /** Stable kebab-case id; used in construct ids and metric names, so renaming it is a breaking change. */
  readonly id: string;
  readonly name: string;
  /** The Security Hub control that checks this exact pattern text. @default - none checks it */
  readonly securityHubControl: SecurityHubCloudWatchControl | undefined;
  /** The CIS AWS Foundations recommendation. @default - a trailguard guardrail watcher, not in CIS */
  readonly cisControl: string | undefined;
  /** The filter pattern, sent to PutMetricFilter as is (at most 1,024 characters). */
  readonly pattern: string;
  readonly severity: Severity;
  /** One line: the first thing the responder does. */
  readonly runbook: string;
  readonly why: string;
}

export type SecurityHubCloudWatchControl =
  | 'CloudWatch.1' | 'CloudWatch.2' | 'CloudWatch.3' | 'CloudWatch.4' | 'CloudWatch.5' | 'CloudWatch.6' | 'CloudWatch.7'
  | 'CloudWatch.8' | 'CloudWatch.9' | 'CloudWatch.10' | 'CloudWatch.11' | 'CloudWatch.12' | 'CloudWatch.13' | 'CloudWatch.14';

/**
 * Where a rule's events reach EventBridge. Events land on the default bus of the account and Region
 * where they happened, so the infrastructure needs a forwarding rule in each Region listed here.
 * - `us-east-1`: global-service events (IAM, Organizations) that are delivered only there;
 * - `every-region`: regional services, and sign-ins that may be recorded in several Regions.
 */
export type ArrivalRegion = 'every-region' | 'us-east-1';

/** An EventBridge rule on the default bus, matching the CloudTrail envelope (or a service event). */
export interface EventRuleDefinition {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  readonly why: string;
  /** One line: the first thing the responder does. */
  readonly runbook: string;
  /** The EventBridge event pattern, as an object (JSON.stringify it where the rule is created). */
  readonly pattern: EventPatternObject;
  readonly arrivesIn: ArrivalRegion;
}

/** A JSON event pattern; kept loose because its shape is validated by `compileEventPattern`. */
export type EventPatternObject = { readonly [field: string]: unknown };

export type { CloudTrailBusEvent };

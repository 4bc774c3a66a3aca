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
  /**
   * Prefix of the forwarding rules' names on every default bus (`<prefix>-fwd-`): deleting, disabling
   * or emptying them is watched.
   * @default - forwarding rules are not watched by name
   */
  readonly forwarderRuleNamePrefix?: string;
  /**
   * Name of the service-managed StackSet that deploys the forwarders: updating or deleting it, or its
   * stack instances, is watched.
   * @default - the StackSet is not watched by name
   */
  readonly forwarderStackSetName?: string;
  /**
   * The organization's tuning: exclusions per detection and the organization's accounts.
   * @default - no exclusions; "outside the organization" falls back to "any account named"
   */
  readonly tuning?: DetectionTuning;
}

/** Plan-time tuning a real organization needs; every value is shown by `explain` and in the runbook. */
export interface DetectionTuning {
  /**
   * Every account of the organization. Sharing and trust rules fire only for accounts outside it.
   * @default - every account named in a share or a grant fires ("any other account")
   */
  readonly organizationAccountIds?: readonly string[];
  /**
   * Per detection id, `userIdentity.arn` patterns (EventBridge wildcards, `*` is any run) of the
   * pipelines and deployers whose calls that detection ignores. The key `*` applies to every rule.
   * @default - no exclusions
   */
  readonly exclusions?: Readonly<Record<string, readonly string[]>>;
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
  /**
   * Matches in one alarm period that raise the alarm: 1 for single calls; more for techniques that are
   * volume (bulk deletions, bursts of reads), which EventBridge cannot count.
   * @default 1
   */
  readonly threshold?: number;
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

/** The technique classes the near-real-time rules are grouped by, one file each in `detections/rules/`. */
export type TechniqueClass =
  | 'trailguard-self'
  | 'initial-access'
  | 'permission-changes'
  | 'credential-creation'
  | 'credential-access'
  | 'sharing'
  | 'blinding'
  | 'compute-persistence'
  | 'discovery'
  | 'impact'
  | 'denied-attempts'
  | 'threat-findings'
  /** The metric-filter alarms' last hop to the alert topic, not a detection of its own. */
  | 'alarm-relay';

/** A MITRE ATT&CK (Enterprise, IaaS) technique, as https://attack.mitre.org/techniques/ numbers it. */
export interface AttackTechnique {
  /** Technique id, for example `T1098`. */
  readonly techniqueId: string;
  /** Sub-technique id, for example `T1098.001`. @default - the technique as a whole */
  readonly subTechniqueId?: string;
  /** The (sub-)technique's ATT&CK name. */
  readonly name: string;
}

/** How a rule reads "outside the organization", decided at plan time from the tuning. */
export type OutsideOrganizationScope =
  /** Accounts not in `tuning.organizationAccountIds`. */
  | 'account-list'
  /** No account list was given: any account named fires, the organization's own included. */
  | 'any-other-account';

/** The plan-time tuning a rule was built with, as data `explain` and the runbook show. */
export interface RuleTuning {
  /** `userIdentity.arn` patterns whose calls the rule ignores. */
  readonly excludedPrincipals: readonly string[];
  /** Set only on rules that judge accounts outside the organization. @default - the rule names no accounts */
  readonly outsideOrganization?: OutsideOrganizationScope;
}

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
  /**
   * The pattern the forwarders on every default bus use: `pattern` before the tuning (no exclusions,
   * any account), so a superset of it. The central rule applies the tuning, which therefore changes
   * one stack, not the StackSet in every account, and keeps the StackSet template within its limit.
   */
  readonly forwardingPattern: EventPatternObject;
  readonly arrivesIn: ArrivalRegion;
  /** The technique class, which is also the file the rule is defined in. */
  readonly techniqueClass: TechniqueClass;
  /** The ATT&CK technique the rule detects. */
  readonly attack: AttackTechnique;
  /**
   * True when the rule matches read-only Get/List/Describe calls, which reach a default-bus rule only
   * in the state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS.
   * @default false
   */
  readonly readOnlyEvents?: boolean;
  /**
   * The trail data events the rule needs (S3 object calls); without them it never fires.
   * @default - management events only
   */
  readonly needsDataEvents?: 's3';
  /** What the rule is known to fire on that is not an attack, for the responder and the FP profile. */
  readonly falsePositives: string;
  readonly tuning: RuleTuning;
}

/** The EventBridge rule state a definition needs on the bus where CloudTrail delivers its events. */
export function ruleState(definition: Pick<EventRuleDefinition, 'readOnlyEvents'>): 'ENABLED' | 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' {
  return definition.readOnlyEvents === true ? 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' : 'ENABLED';
}

/** A JSON event pattern; kept loose because its shape is validated by `compileEventPattern`. */
export type EventPatternObject = { readonly [field: string]: unknown };

export type { CloudTrailBusEvent };

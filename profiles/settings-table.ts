import { anyEnabled, longest, strictest, union, type MergeRule } from './merge-rules';
import type { Purpose } from './purposes';

/** What a purpose wants for one setting, and why, in words a reviewer can check. */
export interface PurposeChoice<V> {
  readonly value: V;
  readonly reason: string;
}

export type SettingGroup = 'recorded' | 'retention' | 'lock' | 'alerting' | 'tooling';

export interface SettingDefinition<V> {
  readonly description: string;
  readonly group: SettingGroup;
  readonly merge: MergeRule<V>;
  readonly byPurpose: Readonly<Record<Purpose, PurposeChoice<V>>>;
}

export const OBJECT_LOCK_MODES = ['GOVERNANCE', 'COMPLIANCE'] as const;
export type ObjectLockMode = (typeof OBJECT_LOCK_MODES)[number];

export const S3_DATA_EVENT_SCOPES = ['None', 'WriteOnly', 'All'] as const;
export type S3DataEventScope = (typeof S3_DATA_EVENT_SCOPES)[number];

/** GuardDuty finding export frequencies, slowest first. */
export const FINDING_FREQUENCIES = ['SIX_HOURS', 'ONE_HOUR', 'FIFTEEN_MINUTES'] as const;
export type FindingFrequency = (typeof FINDING_FREQUENCIES)[number];

/** GuardDuty organization features, by their API names. */
export const GUARDDUTY_FEATURES = [
  'S3_DATA_EVENTS',
  'EKS_AUDIT_LOGS',
  'EBS_MALWARE_PROTECTION',
  'RDS_LOGIN_EVENTS',
  'LAMBDA_NETWORK_LOGS',
  'RUNTIME_MONITORING',
] as const;
export type GuardDutyFeature = (typeof GUARDDUTY_FEATURES)[number];

/** The value type of every setting the module controls. */
export interface LoggingSettings {
  readonly managementEvents: 'All';
  readonly s3DataEvents: S3DataEventScope;
  readonly lambdaDataEvents: boolean;
  readonly insights: boolean;
  readonly cloudWatchLogsDelivery: boolean;
  readonly evidenceRetentionDays: number;
  readonly infrequentAccessAfterDays: number;
  readonly glacierInstantRetrievalAfterDays: number;
  readonly deepArchiveAfterDays: number;
  readonly cloudWatchLogsRetentionDays: number;
  readonly accessLogging: boolean;
  readonly accessLogRetentionDays: number;
  readonly objectLockMode: ObjectLockMode;
  readonly metricAlarms: boolean;
  readonly nearRealTimeRules: boolean;
  readonly guardDuty: boolean;
  readonly guardDutyFeatures: readonly GuardDutyFeature[];
  readonly findingPublishingFrequency: FindingFrequency;
  readonly queryTooling: boolean;
  readonly networkTraces: boolean;
  readonly networkTraceRetentionDays: number;
}

export type SettingName = keyof LoggingSettings;

export type SettingsTable = { readonly [K in SettingName]: SettingDefinition<LoggingSettings[K]> };

const off = (reason: string) => ({ value: false, reason });
const on = (reason: string) => ({ value: true, reason });

/**
 * The single source of truth: every setting, for every purpose, with its reason.
 * Code reads this table; nothing else branches on a purpose name.
 */
export const SETTINGS_TABLE: SettingsTable = {
  managementEvents: {
    description: 'Management events recorded by the organization trail',
    group: 'recorded',
    merge: strictest(['All'], 'always'),
    byPurpose: {
      audit: { value: 'All', reason: 'An auditor must see reads of sensitive configuration as well as changes (Security Hub CloudTrail.1).' },
      investigation: { value: 'All', reason: 'Read calls show reconnaissance before an attack; without them the timeline has gaps.' },
      detection: { value: 'All', reason: 'Metric filters such as unauthorized calls need read events too; the first copy is free.' },
    },
  },
  s3DataEvents: {
    description: 'S3 object-level data events (advanced event selectors)',
    group: 'recorded',
    merge: strictest(S3_DATA_EVENT_SCOPES, 'widest wins'),
    byPurpose: {
      audit: { value: 'WriteOnly', reason: 'Object writes and deletes prove who changed stored data; reads are rarely asked for and cost more.' },
      investigation: { value: 'All', reason: 'Exfiltration shows up as GetObject calls, so reads must be recorded to reconstruct it.' },
      detection: { value: 'None', reason: 'Data events arrive too late and cost too much for alerting; GuardDuty S3 protection covers them.' },
    },
  },
  lambdaDataEvents: {
    description: 'Lambda Invoke data events',
    group: 'recorded',
    merge: anyEnabled,
    byPurpose: {
      audit: off('Invocations are not changes to the environment; management events cover function changes.'),
      investigation: on('Shows which code an attacker ran, and when, with which identity.'),
      detection: off('Too voluminous for alerting; GuardDuty Lambda network logs watch behaviour instead.'),
    },
  },
  insights: {
    description: 'CloudTrail Insights (ApiCallRateInsight, ApiErrorRateInsight)',
    group: 'recorded',
    merge: anyEnabled,
    byPurpose: {
      audit: off('Insights are anomaly signals, not evidence; the trail itself is the record.'),
      investigation: on('Unusual call or error rates mark where in a long timeline to start looking.'),
      detection: on('Flags bursts of API calls or errors that no fixed pattern anticipates.'),
    },
  },
  cloudWatchLogsDelivery: {
    description: 'Deliver the organization trail to a CloudWatch Logs group as well as S3',
    group: 'recorded',
    merge: anyEnabled,
    byPurpose: {
      audit: off('S3 with Object Lock is the evidence; a second, mutable copy adds cost but no proof.'),
      investigation: on('Logs Insights queries answer questions in seconds without Athena setup.'),
      detection: on('Metric filters and alarms need the trail in CloudWatch Logs (Security Hub CloudTrail.5).'),
    },
  },
  evidenceRetentionDays: {
    description: 'Object Lock default retention, and expiry, of log files in the evidence bucket (days)',
    group: 'retention',
    merge: longest,
    byPurpose: {
      audit: { value: 2557, reason: 'Seven years covers common audit look-backs (SOX, tax, financial regulators).' },
      investigation: { value: 365, reason: 'Intrusions are found a median of months after they start; a year reaches back before the breach.' },
      detection: { value: 90, reason: 'Alerts are triaged within days; 90 days matches GuardDuty finding retention.' },
    },
  },
  infrequentAccessAfterDays: {
    description: 'Move log files to S3 Standard-IA after this many days',
    group: 'retention',
    merge: longest,
    byPurpose: {
      audit: { value: 30, reason: 'Audit evidence is rarely read after the first month; the earliest move allowed saves most.' },
      investigation: { value: 90, reason: 'The last quarter is queried most often; keep it in the cheapest tier to read.' },
      detection: { value: 30, reason: 'Alert triage reads only recent days.' },
    },
  },
  glacierInstantRetrievalAfterDays: {
    description: 'Move log files to S3 Glacier Instant Retrieval after this many days (still queryable by Athena)',
    group: 'retention',
    merge: longest,
    byPurpose: {
      audit: { value: 90, reason: 'Millisecond retrieval keeps old evidence available to auditors at archive prices.' },
      investigation: { value: 365, reason: 'A year of logs stays in tiers Athena can query without a restore.' },
      detection: { value: 60, reason: 'Detection does not read logs older than its triage window.' },
    },
  },
  deepArchiveAfterDays: {
    description: 'Move log files to S3 Glacier Deep Archive after this many days (needs a restore to read)',
    group: 'retention',
    merge: longest,
    byPurpose: {
      audit: { value: 365, reason: 'Evidence older than a year is read only on request, which a 12-hour restore can serve.' },
      investigation: { value: 730, reason: 'Two years stay directly queryable; older data needs a restore first.' },
      detection: { value: 180, reason: 'Objects expire before this under detection alone; it only matters when combined.' },
    },
  },
  cloudWatchLogsRetentionDays: {
    description: 'Retention of the trail log group in CloudWatch Logs (days), when delivery is on',
    group: 'retention',
    merge: longest,
    byPurpose: {
      audit: { value: 90, reason: 'Audit does not use the log group; S3 keeps the evidence.' },
      investigation: { value: 365, reason: 'A year of interactive Logs Insights queries covers most investigations.' },
      detection: { value: 90, reason: 'Alarms evaluate minutes-old data; 90 days suffices for triage context.' },
    },
  },
  accessLogging: {
    description: 'S3 server access logs of the evidence bucket (who read the evidence)',
    group: 'recorded',
    merge: anyEnabled,
    byPurpose: {
      audit: on('An auditor asks who read the evidence; access logs answer it (Security Hub CloudTrail.7).'),
      investigation: on('Shows whether an intruder read or listed the logs to learn what was recorded.'),
      detection: off('Access logs arrive in hours, too late to alert on.'),
    },
  },
  accessLogRetentionDays: {
    description: 'Retention of the S3 server access logs (days)',
    group: 'retention',
    merge: longest,
    byPurpose: {
      audit: { value: 2557, reason: 'Who read the evidence must be provable as long as the evidence itself.' },
      investigation: { value: 365, reason: 'Matches the investigation look-back of the evidence.' },
      detection: { value: 90, reason: 'Only matters when combined; matches detection retention.' },
    },
  },
  objectLockMode: {
    description: 'S3 Object Lock default retention mode of the evidence bucket',
    group: 'lock',
    merge: strictest(OBJECT_LOCK_MODES),
    byPurpose: {
      audit: { value: 'COMPLIANCE', reason: 'Nobody, root included, can shorten or remove the lock: evidence a third party can trust.' },
      investigation: { value: 'GOVERNANCE', reason: 'Locked against everyone but break-glass, which can still fix mistaken retention.' },
      detection: { value: 'GOVERNANCE', reason: 'Detection data needs protection from tampering, not a multi-year legal hold.' },
    },
  },
  metricAlarms: {
    description: 'CloudWatch metric filters and alarms on the trail log group (CIS / Security Hub CloudWatch.1-14)',
    group: 'alerting',
    merge: anyEnabled,
    byPurpose: {
      audit: off('Auditors review records after the fact; alarms are for responders.'),
      investigation: off('Investigators start from a known incident and search; they do not need alarms.'),
      detection: on('The complete path: every CIS pattern alarms within minutes of CloudTrail delivery.'),
    },
  },
  nearRealTimeRules: {
    description: 'EventBridge rules and org-wide forwarders for high-risk API calls',
    group: 'alerting',
    merge: anyEnabled,
    byPurpose: {
      audit: off('Not needed to prove what happened.'),
      investigation: off('Not needed to reconstruct what happened.'),
      detection: on('The fast path: CloudTrail delivers files minutes late, EventBridge alerts in seconds.'),
    },
  },
  guardDuty: {
    description: 'GuardDuty delegated to the security account, auto-enabled for every member',
    group: 'alerting',
    merge: anyEnabled,
    byPurpose: {
      audit: off('GuardDuty findings are threat signals, not an audit record.'),
      investigation: off('Investigation works from the trail; enable detection to add findings.'),
      detection: on('Watches network, DNS and runtime behaviour that API events cannot show.'),
    },
  },
  guardDutyFeatures: {
    description: 'GuardDuty protection plans auto-enabled for all member accounts',
    group: 'alerting',
    merge: union<GuardDutyFeature>(),
    byPurpose: {
      audit: { value: [], reason: 'No GuardDuty without detection.' },
      investigation: { value: [], reason: 'No GuardDuty without detection.' },
      detection: { value: [...GUARDDUTY_FEATURES], reason: 'Every protection plan, so S3, EKS, EBS, RDS, Lambda and runtime threats all raise findings.' },
    },
  },
  findingPublishingFrequency: {
    description: 'How often GuardDuty exports updated findings (EventBridge and the evidence bucket)',
    group: 'alerting',
    merge: strictest(FINDING_FREQUENCIES, 'fastest wins'),
    byPurpose: {
      audit: { value: 'SIX_HOURS', reason: 'Findings are archived as evidence; the cheapest cadence is enough.' },
      investigation: { value: 'ONE_HOUR', reason: 'Updated findings reach the archive within the hour for timelines.' },
      detection: { value: 'FIFTEEN_MINUTES', reason: 'Updates to an active finding must reach responders quickly.' },
    },
  },
  queryTooling: {
    description: 'Athena database, projected CloudTrail table, workgroup and saved queries',
    group: 'tooling',
    merge: anyEnabled,
    byPurpose: {
      audit: off('Auditors receive exports; an always-on query stack is not needed for proof.'),
      investigation: on('Logs that nobody can search are useless in an incident; saved queries answer the first questions.'),
      detection: off('Alerts come from the alerting paths; querying is for investigation.'),
    },
  },
  networkTraces: {
    description: 'VPC flow logs and Route 53 Resolver query logs of every account and governed Region, in Amazon Security Lake (log-archive account)',
    group: 'recorded',
    merge: anyEnabled,
    byPurpose: {
      audit: off('Flows and DNS lookups show behaviour, not who changed what; the trail is the audit record, and flow logs are the largest log to keep.'),
      investigation: on('The trail stops at the API layer: flows and DNS lookups show what a host talked to before and after a call, and which IP read the data.'),
      detection: off('GuardDuty already reads flow and DNS logs for threats without a stored copy; keeping them does not make an alert faster.'),
    },
  },
  networkTraceRetentionDays: {
    description: 'Days Security Lake keeps flow and DNS traces before they expire, when networkTraces is on',
    group: 'retention',
    merge: longest,
    byPurpose: {
      audit: { value: 90, reason: 'Only matters when combined: audit records no traces.' },
      investigation: { value: 365, reason: 'Matches the investigation look-back of the trail, so every API call can be joined to its flows.' },
      detection: { value: 90, reason: 'Only matters when combined: detection records no traces.' },
    },
  },
};

export const SETTING_NAMES = Object.keys(SETTINGS_TABLE) as SettingName[];

import type { TrailguardConfig } from '../../config/load';
import { trailEventSelectors } from '../../trail/trail-event-selectors';
import { TrailguardNames } from '../../naming/names';
import { applyOverrides } from '../../profiles/overrides';
import { PURPOSE_SUMMARIES, type Purpose } from '../../profiles/purposes';
import { resolvePurposes, type ResolvedSetting, type ResolvedSettings } from '../../profiles/resolve';
import { SETTING_NAMES, SETTINGS_TABLE } from '../../profiles/settings-table';
import { estimateMonthlyCost, type CostEstimate, type CostInputs } from './cost-estimate';
import { PRICES, PRICES_AS_OF } from './prices';

/** One answer in the record, with the purposes that decided it and their reasons. */
export interface Answer {
  readonly statement: string;
  readonly because: string;
  readonly decidedBy: readonly Purpose[];
}

export interface Question {
  readonly question: string;
  readonly answers: readonly Answer[];
}

export interface DecisionRecord {
  readonly purposes: readonly Purpose[];
  readonly questions: readonly Question[];
  readonly byPurpose: readonly { readonly purpose: Purpose; readonly summary: string; readonly decides: readonly string[] }[];
  readonly settings: readonly { readonly name: string; readonly description: string; readonly value: unknown; readonly reason: string; readonly decidedBy: readonly Purpose[] }[];
  /** The trail's event selectors for these purposes, each with what recording it costs. */
  readonly eventSelectors: readonly { readonly name: string; readonly costNote: string }[];
  readonly cost: CostEstimate;
  readonly prices: { readonly asOf: string; readonly sources: readonly string[] };
}

// The latencies of the two alerting paths, as AWS documents them.
const EVENTBRIDGE_LATENCY = 'seconds: EventBridge receives CloudTrail events near real time, best effort';
const METRIC_FILTER_LATENCY = 'minutes: CloudTrail delivers to CloudWatch Logs in ~5 min on average (not guaranteed), then one 5-minute alarm period';

/** Why the logs are the way they are, for a combination of purposes: the record behind `trailguard explain`. */
export function decisionRecord(config: TrailguardConfig, purposes: readonly Purpose[], cost: CostInputs): DecisionRecord {
  const plan = resolvePurposes(purposes, applyOverrides(SETTINGS_TABLE, config.profileOverrides));
  const s = plan.settings;
  const names = new TrailguardNames(config);
  const table = applyOverrides(SETTINGS_TABLE, config.profileOverrides);
  return {
    purposes: plan.purposes,
    questions: [
      { question: 'What is recorded, and where', answers: recorded(s, names, config) },
      { question: 'How long it is kept, and how it is locked', answers: kept(s) },
      { question: 'Who can read it', answers: readers(s, names, config) },
      { question: 'Who is alerted, through which path, and how fast', answers: alerted(s, names, config) },
    ],
    byPurpose: plan.purposes.map((purpose) => ({
      purpose,
      summary: PURPOSE_SUMMARIES[purpose],
      decides: SETTING_NAMES.filter((name) => s[name].decidedBy.includes(purpose)),
    })),
    settings: SETTING_NAMES.map((name) => ({ name, description: table[name].description, ...s[name] })),
    eventSelectors: trailEventSelectors(
      { s3DataEvents: s.s3DataEvents.value, lambdaDataEvents: s.lambdaDataEvents.value },
      [names.evidenceBucketArn, names.accessLogBucketArn],
    ).map(({ name, costNote }) => ({ name, costNote })),
    cost: estimateMonthlyCost(s, cost),
    prices: { asOf: PRICES_AS_OF, sources: Object.values(PRICES).map((price) => price.source) },
  };
}

function answer(statement: string, setting: ResolvedSetting<unknown>): Answer {
  return { statement, because: setting.reason, decidedBy: setting.decidedBy };
}

function recorded(s: ResolvedSettings, names: TrailguardNames, config: TrailguardConfig): Answer[] {
  const where = `s3://${names.evidenceBucketName}/AWSLogs/${config.organizationId}/ (log-archive account ${config.accounts.logArchive})`;
  const answers = [
    answer(`Read and write management events of every account and Region, with digest files for integrity, in ${where}`, s.managementEvents),
    answer(s.s3DataEvents.value === 'None' ? 'No S3 object-level data events' : `S3 object-level data events: ${s.s3DataEvents.value === 'All' ? 'reads and writes' : 'writes only'} (not of the log buckets themselves)`, s.s3DataEvents),
    answer(s.lambdaDataEvents.value ? 'Lambda Invoke data events' : 'No Lambda Invoke data events', s.lambdaDataEvents),
    answer(s.insights.value ? 'CloudTrail Insights events for unusual API call and error rates' : 'No CloudTrail Insights', s.insights),
    answer(
      s.cloudWatchLogsDelivery.value ? `A copy in CloudWatch Logs group ${names.trailLogGroupName} (management account ${config.accounts.management})` : 'No CloudWatch Logs copy',
      s.cloudWatchLogsDelivery,
    ),
    answer(s.accessLogging.value ? `Every read of the evidence, as S3 server access logs in s3://${names.accessLogBucketName}` : 'No S3 server access logs of the evidence bucket', s.accessLogging),
  ];
  return answers;
}

function kept(s: ResolvedSettings): Answer[] {
  return [
    answer(`Log files are locked in ${s.objectLockMode.value} mode for ${s.evidenceRetentionDays.value} days, then expire`, s.evidenceRetentionDays),
    answer(
      s.objectLockMode.value === 'COMPLIANCE' ? 'COMPLIANCE: nobody, root included, can delete or shorten the lock' : 'GOVERNANCE: only the break-glass role can bypass the lock',
      s.objectLockMode,
    ),
    answer(`Moved to Standard-IA after ${s.infrequentAccessAfterDays.value} days`, s.infrequentAccessAfterDays),
    answer(`Moved to Glacier Instant Retrieval after ${s.glacierInstantRetrievalAfterDays.value} days`, s.glacierInstantRetrievalAfterDays),
    answer(`Moved to Glacier Deep Archive after ${s.deepArchiveAfterDays.value} days`, s.deepArchiveAfterDays),
    ...(s.cloudWatchLogsDelivery.value ? [answer(`CloudWatch Logs copy kept ${s.cloudWatchLogsRetentionDays.value} days`, s.cloudWatchLogsRetentionDays)] : []),
    ...(s.accessLogging.value ? [answer(`Access logs kept ${s.accessLogRetentionDays.value} days`, s.accessLogRetentionDays)] : []),
  ];
}

function readers(s: ResolvedSettings, names: TrailguardNames, config: TrailguardConfig): Answer[] {
  const principals = config.investigatorPrincipals.length > 0 ? config.investigatorPrincipals.join(', ') : 'no principal yet (set investigatorPrincipals)';
  const fixed = { decidedBy: [] as Purpose[] };
  return [
    { statement: `Role ${names.investigatorRoleName} (log-archive account): read and decrypt through S3 only; assumable by ${principals}, with MFA, from inside the organization`, because: 'Least privilege: reading evidence needs neither write nor key administration.', ...fixed },
    { statement: `Role ${config.breakGlassRoleName}: the only principal exempt from the deny-tamper policies`, because: 'A documented emergency path beats an unrecoverable lock-out.', ...fixed },
    answer(s.queryTooling.value ? 'The investigator role can also run the saved Athena queries in the trailguard workgroup' : 'No query tooling: readers download and search files themselves', s.queryTooling),
  ];
}

function alerted(s: ResolvedSettings, names: TrailguardNames, config: TrailguardConfig): Answer[] {
  const who = config.alertSubscriptions.length > 0 ? config.alertSubscriptions.map((sub) => `${sub.protocol}:${sub.endpoint}`).join(', ') : 'subscribers of the alert_subscriptions variable';
  const topic = `SNS topic ${names.alertTopicName} (security account ${config.accounts.security}) in ${config.governedRegions.join(', ')}`;
  return [
    answer(s.nearRealTimeRules.value ? `${who} via ${topic}, from EventBridge rules on high-risk calls — ${EVENTBRIDGE_LATENCY}` : 'No near-real-time rules: nobody is alerted in seconds', s.nearRealTimeRules),
    ...(s.nearRealTimeRules.value ? [ruleTuningAnswer(config)] : []),
    answer(s.metricAlarms.value ? `${who} via ${topic}, from CIS metric-filter alarms — ${METRIC_FILTER_LATENCY}` : 'No metric-filter alarms', s.metricAlarms),
    answer(
      s.guardDuty.value ? `${who} via ${topic}, from GuardDuty findings of severity 7 or more — minutes after detection; updates exported every ${s.findingPublishingFrequency.value.toLowerCase().replace('_', ' ')}` : 'No GuardDuty',
      s.guardDuty,
    ),
  ];
}

/** The rules' plan-time tuning: what they ignore and how they read "outside the organization". */
function ruleTuningAnswer(config: TrailguardConfig): Answer {
  const { exclusions = {}, organizationAccountIds } = config.detectionTuning;
  const excluded = Object.entries(exclusions).map(([id, patterns]) => `${id === '*' ? 'every rule' : id} ignores ${patterns.join(', ')}`);
  const scope = organizationAccountIds === undefined
    ? 'sharing and trust rules fire for any account named, your own included (no organizationAccountIds)'
    : `sharing and trust rules fire for accounts outside the ${organizationAccountIds.length} listed`;
  return {
    statement: `Rule tuning: ${excluded.length > 0 ? excluded.join('; ') : 'no exclusions'}; ${scope}`,
    because: 'Pipelines and deployers make the calls the rules watch; excluding them by principal keeps the page for the unexpected caller (detectionTuning).',
    decidedBy: [],
  };
}

import type { TrailguardConfig } from '../../config/load';
import type { ComponentId } from '../../model/components';
import { PATH_LATENCY } from '../../model/detection-plan';
import { deployedFor, isDeployed, type Deployment } from '../../model/deployed';
import { deploymentModel, SECURITY_LAKE_DELEGATED_VARIABLE, type DeploymentModel } from '../../model/deployment-model';
import { LAYERS, type Layer } from '../../investigation/trace-queries';
import { gateSettings, type Gate } from '../../model/gate';
import { trailEventSelectors } from '../../trail/trail-event-selectors';
import type { TrailguardNames } from '../../naming/names';
import { PURPOSE_SUMMARIES, type Purpose } from '../../profiles/purposes';
import type { ResolvedSetting, ResolvedSettings } from '../../profiles/resolve';
import { SETTING_NAMES } from '../../profiles/settings-table';
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

/**
 * Why the logs are the way they are, for a combination of purposes: the record behind
 * `trailguard explain`. What is deployed comes from the deployment model, as in the stacks.
 */
export function decisionRecord(config: TrailguardConfig, purposes: readonly Purpose[], cost: CostInputs, variables: ReadonlySet<string> = new Set()): DecisionRecord {
  const model = deploymentModel(config);
  const deployment = deployedFor(model, purposes, variables);
  const s = deployment.settings;
  const names = model.names;
  const table = model.settingsTable;
  const has = (id: ComponentId) => isDeployed(deployment, id);
  const gated = (id: ComponentId, on: string, off: string) => componentAnswer(model, deployment, id, on, off);
  return {
    purposes: deployment.purposes,
    questions: [
      { question: 'What is recorded, and where', answers: [...recorded(s, names, config, gated), tracesAnswer(s, names, config, has('security-lake'))] },
      { question: 'What each investigation layer answers', answers: layers(s) },
      { question: 'How long it is kept, and how it is locked', answers: kept(s, has) },
      { question: 'Who can read it', answers: readers(names, config, gated) },
      { question: 'Who is alerted, through which path, and how fast', answers: alerted(model, deployment, config) },
    ],
    byPurpose: deployment.purposes.map((purpose) => ({
      purpose,
      summary: PURPOSE_SUMMARIES[purpose],
      decides: SETTING_NAMES.filter((name) => s[name].decidedBy.includes(purpose)),
    })),
    settings: SETTING_NAMES.map((name) => ({ name, description: table[name].description, ...s[name] })),
    eventSelectors: trailEventSelectors(
      { s3DataEvents: s.s3DataEvents.value, lambdaDataEvents: s.lambdaDataEvents.value },
      [names.evidenceBucketArn, names.accessLogBucketArn],
    ).map(({ name, costNote }) => ({ name, costNote })),
    cost: estimateMonthlyCost(s, cost, deployment),
    prices: { asOf: PRICES_AS_OF, sources: Object.values(PRICES).map((price) => price.source) },
  };
}

function answer(statement: string, setting: ResolvedSetting<unknown>): Answer {
  return { statement, because: setting.reason, decidedBy: setting.decidedBy };
}

type GatedAnswer = (id: ComponentId, on: string, off: string) => Answer;

/** An answer about a component, with the reasons of the settings its gate reads. */
function componentAnswer(model: DeploymentModel, deployment: Deployment, id: ComponentId, on: string, off: string): Answer {
  const component = model.components[id];
  const deployed = isDeployed(deployment, id);
  return gateAnswer(component?.gate, deployment.settings, deployed ? on : off, deployed);
}

/**
 * On: every setting of the gate that is on explains it. Off: the settings that are off do
 * (for `metricAlarms and cloudWatchLogsDelivery` with delivery overridden off, delivery's reason).
 */
function gateAnswer(gate: Gate | undefined, settings: ResolvedSettings, statement: string, deployed: boolean): Answer {
  const explaining = (gate === undefined ? [] : gateSettings(gate)).filter((name) => settings[name].value === deployed);
  if (explaining.length === 0) return { statement, because: 'Not gated by a purpose setting.', decidedBy: [] };
  return {
    statement,
    because: explaining.map((name) => (explaining.length === 1 ? settings[name].reason : `${name}: ${settings[name].reason}`)).join(' '),
    decidedBy: [...new Set(explaining.flatMap((name) => settings[name].decidedBy))],
  };
}

function recorded(s: ResolvedSettings, names: TrailguardNames, config: TrailguardConfig, gated: GatedAnswer): Answer[] {
  const where = `s3://${names.evidenceBucketName}/${names.organizationTrailPrefix} (log-archive account ${config.accounts.logArchive})`;
  const answers = [
    answer(`Read and write management events of every account and Region, with digest files for integrity, in ${where}`, s.managementEvents),
    answer(s.s3DataEvents.value === 'None' ? 'No S3 object-level data events' : `S3 object-level data events: ${s.s3DataEvents.value === 'All' ? 'reads and writes' : 'writes only'} (not of the log buckets themselves)`, s.s3DataEvents),
    answer(s.lambdaDataEvents.value ? 'Lambda Invoke data events' : 'No Lambda Invoke data events', s.lambdaDataEvents),
    answer(s.insights.value ? 'CloudTrail Insights events for unusual API call and error rates' : 'No CloudTrail Insights', s.insights),
    gated('trail-log-group', `A copy in CloudWatch Logs group ${names.trailLogGroupName} (management account ${config.accounts.management})`, 'No CloudWatch Logs copy'),
    gated('access-logging', `Every read of the evidence, as S3 server access logs in s3://${names.accessLogBucketName}`, 'No S3 server access logs of the evidence bucket'),
  ];
  return answers;
}

function kept(s: ResolvedSettings, has: (id: ComponentId) => boolean): Answer[] {
  return [
    answer(`Log files are locked in ${s.objectLockMode.value} mode for ${s.evidenceRetentionDays.value} days, then expire`, s.evidenceRetentionDays),
    answer(
      s.objectLockMode.value === 'COMPLIANCE' ? 'COMPLIANCE: nobody, root included, can delete or shorten the lock' : 'GOVERNANCE: only the break-glass role can bypass the lock',
      s.objectLockMode,
    ),
    answer(`Moved to Standard-IA after ${s.infrequentAccessAfterDays.value} days`, s.infrequentAccessAfterDays),
    answer(`Moved to Glacier Instant Retrieval after ${s.glacierInstantRetrievalAfterDays.value} days`, s.glacierInstantRetrievalAfterDays),
    answer(`Moved to Glacier Deep Archive after ${s.deepArchiveAfterDays.value} days`, s.deepArchiveAfterDays),
    ...(has('trail-log-group') ? [answer(`CloudWatch Logs copy kept ${s.cloudWatchLogsRetentionDays.value} days`, s.cloudWatchLogsRetentionDays)] : []),
    ...(has('access-logging') ? [answer(`Access logs kept ${s.accessLogRetentionDays.value} days`, s.accessLogRetentionDays)] : []),
  ];
}

function readers(names: TrailguardNames, config: TrailguardConfig, gated: GatedAnswer): Answer[] {
  const principals = config.investigatorPrincipals.length > 0 ? config.investigatorPrincipals.join(', ') : 'no principal yet (set investigatorPrincipals)';
  const fixed = { decidedBy: [] as Purpose[] };
  return [
    { statement: `Role ${names.investigatorRoleName} (log-archive account): read and decrypt through S3 only; assumable by ${principals}, with MFA, from inside the organization`, because: 'Least privilege: reading evidence needs neither write nor key administration.', ...fixed },
    { statement: `Role ${config.breakGlassRoleName}: the only principal exempt from the deny-tamper policies`, because: 'A documented emergency path beats an unrecoverable lock-out.', ...fixed },
    gated('query-tooling', 'The investigator role can also run the saved Athena queries in the trailguard workgroup', 'No query tooling: readers download and search files themselves'),
    gated('trace-queries', `The investigator role can read the Security Lake trace tables (Lake Formation SELECT and DESCRIBE on ${names.securityLake.traceTables.map((t) => t.table).join(', ')}) and nothing else of the lake`, 'No access to network and DNS traces'),
  ];
}

/** The traces: recorded once the lake is planned, or why not yet. */
function tracesAnswer(s: ResolvedSettings, names: TrailguardNames, config: TrailguardConfig, deployed: boolean): Answer {
  const lake = `Amazon Security Lake in the log-archive account ${config.accounts.logArchive} (delegated administrator), rolled up into ${config.homeRegion}, KMS key ${names.securityLake.keyAliasName}`;
  if (!s.networkTraces.value) return answer('No VPC flow logs or DNS query logs', s.networkTraces);
  return answer(deployed
    ? `VPC flow logs and Route 53 Resolver query logs of every account in ${config.governedRegions.join(', ')}, in ${lake}, kept ${s.networkTraceRetentionDays.value} days`
    : `VPC flow logs and Route 53 Resolver query logs are planned once ${SECURITY_LAKE_DELEGATED_VARIABLE} = true (after the management stack delegated Security Lake), in ${lake}`, s.networkTraces);
}

/** What an investigator can answer from each layer these purposes record. */
function layers(s: ResolvedSettings): Answer[] {
  const recorded: [Layer, ResolvedSetting<unknown>, boolean][] = [
    ['api-calls', s.managementEvents, true],
    ['object-access', s.s3DataEvents, s.s3DataEvents.value !== 'None' || s.accessLogging.value],
    ['network', s.networkTraces, s.networkTraces.value],
    ['dns', s.networkTraces, s.networkTraces.value],
  ];
  return recorded.map(([layer, setting, on]) => answer(on ? `${layer}: ${LAYERS[layer]}` : `${layer}: not recorded for these purposes`, setting));
}

/** Who is alerted: one answer per alert path, each present only if the model deploys it. */
function alerted(model: DeploymentModel, deployment: Deployment, config: TrailguardConfig): Answer[] {
  const { names } = model;
  const s = deployment.settings;
  const { detections } = model;
  const who = config.alertSubscriptions.length > 0 ? config.alertSubscriptions.map((sub) => `${sub.protocol}:${sub.endpoint}`).join(', ') : 'subscribers of the alert_subscriptions variable';
  const topic = `SNS topic ${names.alertTopicName} (security account ${config.accounts.security}) in ${config.governedRegions.join(', ')}`;
  const rules = deployment.detections.eventRules.length;
  const filters = deployment.detections.metricFilters.length;
  const frequency = s.findingPublishingFrequency.value.toLowerCase().replace('_', ' ');
  return [
    gateAnswer(detections.eventRules.gate, s, rules > 0
      ? `${who} via ${topic}, from ${rules} EventBridge rules on high-risk calls — ${PATH_LATENCY['event-rule']}`
      : 'No near-real-time rules: nobody is alerted in seconds', rules > 0),
    ...(rules > 0 ? [ruleTuningAnswer(config)] : []),
    gateAnswer(detections.metricFilters.gate, s, filters > 0
      ? `${who} via SNS topic ${names.alarmTopicName} (management account ${config.accounts.management}) in ${model.homeRegion}, from ${filters} CIS and guardrail metric-filter alarms — ${PATH_LATENCY['metric-filter']}`
      : 'No metric-filter alarms', filters > 0),
    gateAnswer(detections.guardDutyFindings.gate, s, deployment.detections.guardDutyFindings
      ? `${who} via ${topic}, from GuardDuty findings of severity 7 or more — ${PATH_LATENCY.guardduty}; updates exported every ${frequency}`
      : isDeployed(deployment, 'guardduty-organization') ? 'GuardDuty runs, but no rule pages on its findings (the fast path is off): review them in the console' : 'No GuardDuty',
    deployment.detections.guardDutyFindings),
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

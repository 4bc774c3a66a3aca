import type { TrailguardConfig } from '../config/load';
import { withGlobalEventsRegion } from '../config/regions';
import { detectionTargets } from '../detections/deployment-targets';
import { drillAlarmDescription, drillRuleDefinition } from '../detections/drill-rule';
import { eventRuleDefinitions } from '../detections/event-rules';
import { metricFilterDefinitions } from '../detections/metric-filters';
import { centralRuleDefinitions, forwardedDefinitions, forwarderRegions, forwardingTargetRegion } from '../detections/routing/forwarding-plan';
import type { DetectionTargets } from '../detections/types';
import { TrailguardNames } from '../naming/names';
import { applyOverrides } from '../profiles/overrides';
import type { Purpose } from '../profiles/purposes';
import { SETTINGS_TABLE, type SettingsTable } from '../profiles/settings-table';
import type { AccountRole, Component, ComponentId } from './components';
import type { DetectionPlan } from './detection-plan';
import { allOf, ALWAYS, settingOn, variableSet, type Gate } from './gate';

/** Terraform name of the input that tells GuardDuty which log-archive key encrypts exported findings. */
export const GUARDDUTY_EXPORT_KEY_VARIABLE = 'guardduty_export_key_arn';
/**
 * Terraform name of the log-archive input that confirms the management stack has delegated
 * Security Lake to the log-archive account: an organization-wide data lake can only be created
 * by the delegated administrator, and the management stack deploys after log-archive.
 */
export const SECURITY_LAKE_DELEGATED_VARIABLE = 'security_lake_delegated';

/**
 * What trailguard deploys, where, and behind which plan-time gate: decided once, here. The
 * stacks build from it; explain, runbook, replay, the doc generators and the benchmark read it.
 * Purposes are chosen at plan time, so the model holds gates; `deployedFor` evaluates them.
 */
export interface DeploymentModel {
  readonly names: TrailguardNames;
  /** The settings table with the configuration's overrides applied. */
  readonly settingsTable: SettingsTable;
  /** The purposes planned when `purpose_profiles` is not set. */
  readonly defaultPurposes: readonly Purpose[];
  readonly homeRegion: string;
  readonly governedRegions: readonly string[];
  readonly components: Readonly<Record<ComponentId, Component | undefined>>;
  readonly detections: DetectionPlan;
}

export interface DeploymentModelOptions {
  /**
   * Names the guardrail watchers watch, where they differ from the configuration's (replay's flags).
   * @default - derived from the configuration's names
   */
  readonly targets?: Partial<DetectionTargets>;
}

// The gates every stack and report shares.
const FAST_PATH = settingOn('nearRealTimeRules');
/** Metric filters need the trail in CloudWatch Logs; an override may switch delivery off on its own. */
const ALARMS = allOf(settingOn('metricAlarms'), settingOn('cloudWatchLogsDelivery'));
const TRACES = settingOn('networkTraces');
const LAKE = allOf(TRACES, variableSet(SECURITY_LAKE_DELEGATED_VARIABLE));

export function deploymentModel(config: TrailguardConfig, options: DeploymentModelOptions = {}): DeploymentModel {
  const names = new TrailguardNames(config);
  const home = [config.homeRegion];
  const governed = config.governedRegions;
  const forwarding = forwarderRegions({ governedRegions: governed, homeRegion: config.homeRegion });
  const accountIds: Record<AccountRole, string> = config.accounts;
  const component = (id: ComponentId, account: AccountRole, regions: readonly string[], gate: Gate, what: string): [ComponentId, Component] =>
    [id, { id, what, account, accountId: accountIds[account], regions, gate }];

  const entries: ([ComponentId, Component] | undefined)[] = [
    component('log-key', 'logArchive', home, ALWAYS, `KMS key ${names.logKeyAliasName} that encrypts the evidence`),
    component('evidence-bucket', 'logArchive', home, ALWAYS, `Object Lock evidence bucket ${names.evidenceBucketName}`),
    component('access-log-bucket', 'logArchive', home, ALWAYS, `Bucket ${names.accessLogBucketName} for the evidence bucket's server access logs`),
    component('access-logging', 'logArchive', home, settingOn('accessLogging'), 'S3 server access logging of the evidence bucket'),
    component('investigator-role', 'logArchive', home, ALWAYS, `Read-only role ${names.investigatorRoleName}, assumable with MFA`),
    component('query-tooling', 'logArchive', home, settingOn('queryTooling'),
      `Glue table ${names.investigationDatabaseName}.${names.cloudTrailTableName}, Athena workgroup ${names.investigationWorkgroupName} and saved queries`),
    component('security-lake', 'logArchive', governed, LAKE,
      `Security Lake data lake with KMS key ${names.securityLake.keyAliasName}; other Regions roll up into ${config.homeRegion}`),
    component('security-lake-sources', 'logArchive', home, LAKE,
      `Security Lake sources VPC_FLOW and ROUTE53 for every account of the organization, in ${governed.join(', ')}`),
    component('trace-queries', 'logArchive', home, allOf(LAKE, settingOn('queryTooling')),
      'Lake Formation grants of the trace tables to the investigator role, and saved queries across trail, flows and DNS'),
    config.manageTrustedAccess
      ? component('trusted-access', 'management', home, ALWAYS, 'Trusted access for CloudTrail, GuardDuty and StackSets in AWS Organizations')
      : undefined,
    component('organization-trail', 'management', home, ALWAYS, `Organization trail ${names.trailName}: multi-Region, validated, KMS-encrypted`),
    component('trail-log-group', 'management', home, settingOn('cloudWatchLogsDelivery'), `CloudWatch Logs group ${names.trailLogGroupName} with the trail's copy`),
    component('guardrail-policies', 'management', home, ALWAYS, 'SCPs and the RCP against tampering with the logs'),
    component('guardduty-delegation', 'management', governed, settingOn('guardDuty'), 'GuardDuty delegated to the security account'),
    component('metric-alarms', 'management', home, ALARMS, 'Metric filters and alarms on the trail\'s log group'),
    component('event-forwarders', 'management', forwarding, FAST_PATH, 'The management account\'s forwarders of high-risk events to the central bus'),
    component('alarm-topic', 'management', home, ALARMS, `KMS-encrypted SNS topic ${names.alarmTopicName} that every metric-filter alarm acts on`),
    component('forwarder-role', 'management', home, FAST_PATH, `Role ${names.forwarderRoleName} that EventBridge forwards with`),
    component('forwarder-stack-set', 'management', home, FAST_PATH,
      `StackSet ${names.forwarderStackSetName}: forwarders in every member account, in ${forwarding.join(', ')}`),
    component('logs-insights-queries', 'management', home, allOf(settingOn('cloudWatchLogsDelivery'), settingOn('queryTooling')),
      'Logs Insights saved queries over the trail\'s log group'),
    component('security-lake-delegation', 'management', home, TRACES, 'Security Lake delegated to the log-archive account'),
    component('alert-topic', 'security', governed, FAST_PATH, `KMS-encrypted SNS topic ${names.alertTopicName}`),
    component('central-event-bus', 'security', governed, FAST_PATH, `Central event bus ${names.centralEventBusName}`),
    component('detection-rules', 'security', governed, FAST_PATH, 'EventBridge rules on the central bus that alert the topic'),
    component('guardduty-organization', 'security', governed, settingOn('guardDuty'), 'GuardDuty for every account: auto-enable, protection plans'),
    component('guardduty-export', 'security', governed, allOf(settingOn('guardDuty'), variableSet(GUARDDUTY_EXPORT_KEY_VARIABLE)),
      'GuardDuty findings exported into the evidence bucket'),
  ];
  const present = entries.filter((entry): entry is [ComponentId, Component] => entry !== undefined);

  return {
    names,
    settingsTable: applyOverrides(SETTINGS_TABLE, config.profileOverrides),
    defaultPurposes: config.purposeProfiles,
    homeRegion: config.homeRegion,
    governedRegions: governed,
    components: Object.fromEntries(present) as Record<ComponentId, Component | undefined>,
    detections: detectionPlan({ ...detectionTargets(names, config.detectionTuning), ...options.targets }, config, names),
  };
}

function detectionPlan(targets: DetectionTargets, config: TrailguardConfig, names: TrailguardNames): DetectionPlan {
  const scope = { governedRegions: config.governedRegions, homeRegion: config.homeRegion };
  const rules = eventRuleDefinitions(targets);
  return {
    metricFilters: { definitions: metricFilterDefinitions(targets), gate: ALARMS },
    eventRules: {
      definitions: rules,
      gate: FAST_PATH,
      forwarders: forwarderRegions(scope).map((region) => ({
        region,
        definitions: forwardedDefinitions(rules, region),
        targetRegion: forwardingTargetRegion(region, scope),
      })),
      central: config.governedRegions.map((region) => ({ region, definitions: centralRuleDefinitions(rules, region, scope) })),
    },
    // Findings page through the high-severity rule, so both GuardDuty and the fast path must be on.
    guardDutyFindings: { gate: allOf(settingOn('guardDuty'), FAST_PATH) },
    drillRule: { definition: drillRuleDefinition(config.drillRoleName), regions: config.governedRegions, gate: FAST_PATH },
    drillAlarm: { alarmName: names.drillAlarmName, description: drillAlarmDescription(config.drillRoleName), region: config.homeRegion, gate: ALARMS },
  };
}

/** Regions where the investigation table reads trail files: the governed ones and us-east-1 (global events). */
export function trailRegions(model: DeploymentModel): string[] {
  return withGlobalEventsRegion(model.governedRegions);
}

import { detectionTargets } from '../detections/deployment-targets';
import type { ITerraformDependable } from 'cdktf';
import type { DetectionTuning } from '../detections/types';
import { eventRuleDefinitions, metricFilterDefinitions } from '../detections';
import { ManagementDetection } from '../modules/detection/management-detection';
import { metricAlarmRuleDefinition } from '../detections/metric-alarm-rule';
import type { AccountStack } from './account-stack';
import { allOn, countIf } from './detection-wiring';

export interface ManagementDetectionWiring {
  readonly managementAccountId: string;
  readonly homeRegion: string;
  /** Root id (or OUs) the forwarder StackSet deploys to: the whole organization. */
  readonly stackSetTargets: readonly string[];
  /** The trail's log group: filters can only be created once it exists. */
  readonly logGroupDependency?: ITerraformDependable;
  /**
   * The organization's detection tuning: exclusions per rule and the organization's accounts.
   * @default - no exclusions; "outside the organization" means any account named
   */
  readonly detectionTuning?: DetectionTuning;
}

/**
 * The detection block of the management stack, wired to the purpose settings: with `detection`
 * absent, every count is 0 and nothing here is planned.
 */
export function addManagementDetection(stack: AccountStack, wiring: ManagementDetectionWiring): ManagementDetection {
  const { names, profiles } = stack;
  const targets = detectionTargets(names, wiring.detectionTuning);
  const governedRegions = stack.providers.regions;
  // Filters need the trail in CloudWatch Logs; an override may switch delivery off on its own.
  const alarmsOn = allOn(profiles, ['metricAlarms', 'cloudWatchLogsDelivery']);
  return new ManagementDetection(stack, 'Detection', {
    accountId: wiring.managementAccountId,
    homeRegion: wiring.homeRegion,
    governedRegions,
    centralBusArnByRegion: Object.fromEntries(governedRegions.map((r) => [r, names.centralEventBusArn(r)])),
    logGroupName: names.trailLogGroupName,
    metricNamespace: names.detectionMetricNamespace,
    detectionNamePrefix: names.detectionName(''),
    metricFilters: metricFilterDefinitions(targets),
    eventRules: eventRuleDefinitions(targets),
    alarmRule: metricAlarmRuleDefinition({ alarmNamePrefix: names.detectionName(''), alarmAccountId: wiring.managementAccountId }),
    forwarderRuleNamePrefix: names.forwarderRuleName(''),
    forwarderRoleName: names.forwarderRoleName,
    memberForwarderRoleNamePrefix: names.memberForwarderRoleName(''),
    stackSetName: names.forwarderStackSetName,
    stackSetTargets: wiring.stackSetTargets,
    metricAlarmsCount: countIf(alarmsOn),
    eventForwardingCount: profiles.countWhen('nearRealTimeRules'),
    forwarderRoleCount: countIf(`(${profiles.expression('nearRealTimeRules')} || ${alarmsOn})`),
    providerFor: (region) => stack.providers.forRegion(region),
    logGroupDependency: wiring.logGroupDependency,
  });
}

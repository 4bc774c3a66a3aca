import type { TrailguardNames } from '../naming/names';
import type { DetectionTargets, DetectionTuning } from './types';

/**
 * What trailguard's own watchers watch in a deployment: its evidence buckets, log keys, org trail,
 * the trail's log group, the metric-filter alarms and the forwarders; and the organization's tuning.
 *
 * Key ids are random, so key-state changes are scoped to where the log keys live: the log-archive
 * account (the evidence key) and the management account (the trail log-group key), home Region.
 * Residual noise: DisableKey, ScheduleKeyDeletion or PutKeyPolicy on any other key of those two
 * accounts in the home Region fires too. The log-archive account should hold only trailguard's
 * keys; other keys in the management account are a reason to move them out of it.
 */
export function detectionTargets(names: TrailguardNames, tuning?: DetectionTuning): DetectionTargets {
  return {
    evidenceBucketNames: [names.evidenceBucketName, names.accessLogBucketName],
    logKeyAliasNames: [names.logKeyAliasName, names.trailLogGroupKeyAliasName],
    logKeyArnPrefixes: [names.logArchiveKeyArnPrefix, names.managementKeyArnPrefix],
    trailName: names.trailName,
    trailLogGroupName: names.trailLogGroupName,
    alarmNamePrefix: names.detectionNamePrefix,
    forwarderRuleNamePrefix: names.forwarderRuleNamePrefix,
    forwarderStackSetName: names.forwarderStackSetName,
    ...(tuning === undefined ? {} : { tuning }),
  };
}

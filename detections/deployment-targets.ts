import type { TrailguardNames } from '../naming/names';
import type { DetectionTargets } from './types';

/** What trailguard's own watchers watch in a deployment: its evidence buckets, log keys and org trail. */
export function detectionTargets(names: TrailguardNames): DetectionTargets {
  return {
    evidenceBucketNames: [names.evidenceBucketName, names.accessLogBucketName],
    logKeyAliasNames: [names.logKeyAliasName, names.trailLogGroupKeyAliasName],
    trailName: names.trailName,
  };
}

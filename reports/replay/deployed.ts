import { eventRuleDefinitions, metricFilterDefinitions } from '../../detections';
import type { DetectionTargets, EventRuleDefinition, MetricFilterDefinition } from '../../detections';
import type { Purpose } from '../../profiles/purposes';
import { resolvePurposes } from '../../profiles/resolve';

export { PURPOSES, type Purpose } from '../../profiles/purposes';

export interface DeployedDetections {
  readonly metricFilters: readonly MetricFilterDefinition[];
  readonly eventRules: readonly EventRuleDefinition[];
}

/** Which detections a profile combination deploys, as the settings table decides for the stacks. */
export function deployedDetections(purposes: readonly Purpose[], targets: DetectionTargets): DeployedDetections {
  const { settings } = resolvePurposes(purposes);
  return {
    metricFilters: settings.metricAlarms.value ? metricFilterDefinitions(targets) : [],
    eventRules: settings.nearRealTimeRules.value ? eventRuleDefinitions(targets) : [],
  };
}

/**
 * Example deployment names, replaced by `--evidence-bucket`, `--log-key-alias`, `--trail-name`.
 * No key ARN prefixes: without a configuration the accounts are unknown, so key-state changes on every key fire.
 */
export const EXAMPLE_TARGETS: DetectionTargets = {
  evidenceBucketNames: ['tg-org-trail-logs-example', 'tg-org-trail-access-logs-example'],
  logKeyAliasNames: ['alias/tg/cloudtrail-logs'],
  trailName: 'tg-org-trail',
  trailLogGroupName: '/tg/cloudtrail/organization',
  alarmNamePrefix: 'tg-',
};

import { eventRuleDefinitions, metricFilterDefinitions } from '../../detections';
import type { DetectionTargets, EventRuleDefinition, MetricFilterDefinition } from '../../detections';

export const PURPOSES = ['audit', 'investigation', 'detection'] as const;
export type Purpose = (typeof PURPOSES)[number];

export interface DeployedDetections {
  readonly metricFilters: readonly MetricFilterDefinition[];
  readonly eventRules: readonly EventRuleDefinition[];
}

/**
 * Which detections a profile combination deploys. The lead's resolver (`profiles/resolve.ts`) is not
 * on this branch yet; until it is, the detection purpose deploys every filter and rule and the others
 * deploy none. This function is the only place to change when the resolver lands.
 */
export function deployedDetections(purposes: readonly Purpose[], targets: DetectionTargets): DeployedDetections {
  if (!purposes.includes('detection')) return { metricFilters: [], eventRules: [] };
  return { metricFilters: metricFilterDefinitions(targets), eventRules: eventRuleDefinitions(targets) };
}

/** Example deployment names, replaced by `--evidence-bucket`, `--log-key-alias`, `--trail-name`. */
export const EXAMPLE_TARGETS: DetectionTargets = {
  evidenceBucketNames: ['tg-org-trail-logs-example', 'tg-org-trail-access-logs-example'],
  logKeyAliasNames: ['alias/tg/cloudtrail-logs'],
  trailName: 'tg-org-trail',
};

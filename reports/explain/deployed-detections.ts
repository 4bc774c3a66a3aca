import { detectionTargets } from '../../detections/deployment-targets';
import type { TrailguardConfig } from '../../config/load';
import { metricFilterDefinitions } from '../../detections/metric-filters';
import { TrailguardNames } from '../../naming/names';

/** How many metric filters (each with a metric and an alarm) trailguard deploys when alarms are on. */
export function deployedMetricFilterCount(config: TrailguardConfig): number {
  return metricFilterDefinitions(detectionTargets(new TrailguardNames(config))).length;
}

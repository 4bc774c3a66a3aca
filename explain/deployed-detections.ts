import type { TrailguardConfig } from '../config/load';

/**
 * How many metric filters (each with a metric and an alarm) trailguard deploys when alarms
 * are on. Until the detection definitions land, the 14 Security Hub filters are counted.
 */
export function deployedMetricFilterCount(_config: TrailguardConfig): number {
  return 14;
}

export { metricFilterDefinitions, validateTargets, CIS_METRIC_FILTERS } from './metric-filters';
export { eventRuleDefinitions } from './event-rules';
export type {
  ArrivalRegion,
  DetectionTargets,
  EventPatternObject,
  EventRuleDefinition,
  MetricFilterDefinition,
  SecurityHubCloudWatchControl,
  Severity,
} from './types';

import type { EventRuleDefinition, MetricFilterDefinition } from '../detections/types';
import type { Gate } from './gate';

/** The latency of each alert path, as AWS documents it. */
export const PATH_LATENCY = {
  'event-rule': 'seconds: EventBridge receives CloudTrail events near real time, best effort',
  'metric-filter': 'minutes: CloudTrail delivers to CloudWatch Logs in ~5 min on average (not guaranteed), then one 5-minute alarm period',
  guardduty: 'minutes after GuardDuty raises the finding',
} as const;

export type AlertPath = keyof typeof PATH_LATENCY;

/** The rules a central bus carries in one Region. */
export interface RegionalRules {
  readonly region: string;
  readonly definitions: readonly EventRuleDefinition[];
}

/** The rules every account's forwarder carries in one Region, and the central bus's Region they go to. */
export interface ForwarderRules extends RegionalRules {
  readonly targetRegion: string;
}

/** Every detection trailguard deploys, with its path and gate, decided once. */
export interface DetectionPlan {
  /** Metric filters (each with a metric and an alarm) on the trail's log group, management account, home Region. */
  readonly metricFilters: { readonly definitions: readonly MetricFilterDefinition[]; readonly gate: Gate };
  /** EventBridge rules: forwarded from every account's default bus to the central bus of the security account. */
  readonly eventRules: {
    readonly definitions: readonly EventRuleDefinition[];
    readonly gate: Gate;
    /** Per Region where every account forwards (governed Regions and us-east-1). */
    readonly forwarders: readonly ForwarderRules[];
    /** Per governed Region: the rules on its central bus. */
    readonly central: readonly RegionalRules[];
  };
  /** GuardDuty findings as their own source; they page through a rule in `eventRules`. */
  readonly guardDutyFindings: { readonly gate: Gate };
  /**
   * The rule `trailguard drill` tests the fast path with, on the central bus of every governed
   * Region. It detects nothing, so it is not among `eventRules` and no report counts it as a
   * detection; it shares the central bus's gate, since it lives on that bus.
   */
  readonly drillRule: { readonly definition: EventRuleDefinition; readonly regions: readonly string[]; readonly gate: Gate };
  /**
   * The canary alarm `trailguard drill` tests the alarm path with: in the management account's
   * home Region, acting on the alarm topic, on a metric no filter writes. Not a detection either;
   * it shares the alarms' gate, since it pages through their topic.
   */
  readonly drillAlarm: DrillAlarmPlan & { readonly gate: Gate };
}

export interface DrillAlarmPlan {
  readonly alarmName: string;
  readonly description: string;
  readonly region: string;
}

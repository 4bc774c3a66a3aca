import type { Gate } from './gate';

/** The three accounts trailguard deploys into, one stack each. */
export type AccountRole = 'management' | 'logArchive' | 'security';

/** Every deployable thing, by a stable id. */
export const COMPONENT_IDS = [
  // log-archive
  'log-key',
  'evidence-bucket',
  'access-log-bucket',
  'access-logging',
  'investigator-role',
  'query-tooling',
  'security-lake',
  'security-lake-sources',
  'trace-queries',
  // management
  'trusted-access',
  'organization-trail',
  'trail-log-group',
  'guardrail-policies',
  'guardduty-delegation',
  'metric-alarms',
  'event-forwarders',
  'alarm-topic',
  'forwarder-role',
  'forwarder-stack-set',
  'logs-insights-queries',
  'security-lake-delegation',
  // security
  'alert-topic',
  'central-event-bus',
  'detection-rules',
  'guardduty-organization',
  'guardduty-export',
] as const;

export type ComponentId = (typeof COMPONENT_IDS)[number];

/** One deployable thing: what it is, where it goes, and the plan-time gate that decides it. */
export interface Component {
  readonly id: ComponentId;
  /** One line a reviewer understands. */
  readonly what: string;
  readonly account: AccountRole;
  readonly accountId: string;
  /** The Regions it is created in (once per Region). */
  readonly regions: readonly string[];
  readonly gate: Gate;
}

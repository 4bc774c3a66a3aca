import { compileEventPattern } from '../../patterns/event-pattern';
import { compileFilterPattern } from '../../patterns/filter-pattern';
import { isBusEvent, reachesDefaultRules, toBusEvent } from '../../patterns/cloudtrail-envelope';
import type { Severity } from '../../detections';
import type { DeployedDetections } from './deployed';
import { PATH_LATENCY } from '../../model/detection-plan';

export type AlertPath = 'eventbridge' | 'metric-filter';

/** How long each path takes to raise an alert, as the deployment model states it. */
export const REPLAY_PATH_LATENCY: Readonly<Record<AlertPath, string>> = {
  eventbridge: PATH_LATENCY['event-rule'],
  'metric-filter': PATH_LATENCY['metric-filter'],
};

export interface Firing {
  readonly id: string;
  readonly path: AlertPath;
  readonly severity: Severity;
}

export interface CompiledDetection {
  readonly id: string;
  readonly path: AlertPath;
  readonly severity: Severity;
  /** A rule in the state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS also receives read-only calls. */
  readonly readOnlyEvents?: boolean;
  /**
   * The only `detail.eventSource` values the rule can match, when its pattern pins them; a record from
   * another service skips the rule without evaluating it (the first step of Event Ruler's machine).
   */
  readonly eventSources?: ReadonlySet<string>;
  /** A metric filter's alarm threshold per period; a match above 1 only counts toward it. @default 1 */
  readonly threshold?: number;
  readonly matches: (record: Record<string, unknown>, busEvent: unknown) => boolean;
}

/** Compiles every deployed pattern once; replay then only evaluates. */
export function compileDetections(deployed: DeployedDetections): CompiledDetection[] {
  const filters = deployed.metricFilters.map((f): CompiledDetection => {
    const pattern = compileFilterPattern(f.pattern);
    return { id: f.id, path: 'metric-filter', severity: f.severity, ...(f.threshold === undefined ? {} : { threshold: f.threshold }), matches: (record) => pattern.matches(record) };
  });
  const rules = deployed.eventRules.map((r): CompiledDetection => {
    const pattern = compileEventPattern(r.pattern);
    const eventSources = pinnedEventSources(r.pattern);
    return {
      id: r.id, path: 'eventbridge', severity: r.severity, readOnlyEvents: r.readOnlyEvents === true,
      ...(eventSources === undefined ? {} : { eventSources }),
      matches: (_record, busEvent) => pattern.matches(busEvent),
    };
  });
  return [...filters, ...rules];
}

/** What fires for one record. A metric filter sees the raw record; a rule sees the bus envelope. */
export function firingsFor(record: Record<string, unknown>, detections: readonly CompiledDetection[]): Firing[] {
  const wrapped = isBusEvent(record);
  const busEvent = wrapped ? record : toBusEvent(record);
  // Only CloudTrail envelopes carry a trail record; a GuardDuty finding never reaches the log group.
  const fromTrail = !wrapped || String(record['detail-type']).endsWith('via CloudTrail');
  const trailRecord = fromTrail ? (wrapped ? record.detail : record) : undefined;
  // Read-only Get/List/Describe calls reach only rules in ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS state.
  const reachesRules = wrapped || reachesDefaultRules(record);
  const eventSource = (busEvent as { detail?: { eventSource?: unknown } }).detail?.eventSource;
  const fired: Firing[] = [];
  for (const d of detections) {
    if (d.path === 'eventbridge' && !reachesRules && d.readOnlyEvents !== true) continue;
    if (d.eventSources !== undefined && !(typeof eventSource === 'string' && d.eventSources.has(eventSource))) continue;
    if (d.path === 'metric-filter' && (trailRecord === null || typeof trailRecord !== 'object')) continue;
    if (d.matches(trailRecord as Record<string, unknown>, busEvent)) fired.push({ id: d.id, path: d.path, severity: d.severity });
  }
  return fired;
}

/**
 * The exact eventSource strings a pattern requires: `detail.eventSource`, or the union over a
 * `detail.$or` whose every alternative names them. Undefined when the pattern does not pin them.
 */
export function pinnedEventSources(pattern: Record<string, unknown>): ReadonlySet<string> | undefined {
  const detail = pattern.detail as Record<string, unknown> | undefined;
  if (detail === undefined || detail === null || typeof detail !== 'object') return undefined;
  const exact = (value: unknown): string[] | undefined =>
    Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  const direct = exact(detail.eventSource);
  if (direct !== undefined) return new Set(direct);
  const alternatives = detail.$or;
  if (!Array.isArray(alternatives)) return undefined;
  const each = alternatives.map((alt) => exact((alt as Record<string, unknown> | null)?.eventSource));
  return each.every((s) => s !== undefined) ? new Set(each.flat() as string[]) : undefined;
}

import { compileEventPattern } from '../../patterns/event-pattern';
import { compileFilterPattern } from '../../patterns/filter-pattern';
import { isBusEvent, reachesDefaultRules, toBusEvent } from '../../patterns/cloudtrail-envelope';
import type { Severity } from '../../detections';
import type { DeployedDetections } from './deployed';

export type AlertPath = 'eventbridge' | 'metric-filter';

/** How long each path takes to raise an alert, for the responder reading the replay. */
export const PATH_LATENCY: Readonly<Record<AlertPath, string>> = {
  eventbridge: 'seconds (best effort)',
  'metric-filter': 'CloudTrail delivery (~5 min, not guaranteed) + 1 alarm period',
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
  readonly matches: (record: Record<string, unknown>, busEvent: unknown) => boolean;
}

/** Compiles every deployed pattern once; replay then only evaluates. */
export function compileDetections(deployed: DeployedDetections): CompiledDetection[] {
  const filters = deployed.metricFilters.map((f): CompiledDetection => {
    const pattern = compileFilterPattern(f.pattern);
    return { id: f.id, path: 'metric-filter', severity: f.severity, matches: (record) => pattern.matches(record) };
  });
  const rules = deployed.eventRules.map((r): CompiledDetection => {
    const pattern = compileEventPattern(r.pattern);
    return { id: r.id, path: 'eventbridge', severity: r.severity, readOnlyEvents: r.readOnlyEvents === true, matches: (_record, busEvent) => pattern.matches(busEvent) };
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
  const fired: Firing[] = [];
  for (const d of detections) {
    if (d.path === 'eventbridge' && !reachesRules && d.readOnlyEvents !== true) continue;
    if (d.path === 'metric-filter' && (trailRecord === null || typeof trailRecord !== 'object')) continue;
    if (d.matches(trailRecord as Record<string, unknown>, busEvent)) fired.push({ id: d.id, path: d.path, severity: d.severity });
  }
  return fired;
}

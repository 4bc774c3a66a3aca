import { eventRuleDefinitions, metricFilterDefinitions } from '../../detections';
import type { DetectionTargets } from '../../detections';
import { compileEventPattern } from '../../patterns/event-pattern';
import { compileFilterPattern } from '../../patterns/filter-pattern';
import { isBusEvent, toBusEvent } from '../../patterns/cloudtrail-envelope';

/**
 * Every detection for a target set, compiled, keyed `filter:<id>` / `rule:<id>`. With `keys`, only
 * those detections: the first expectation table covers the original 29, and
 * test/detections/technique-rules/ covers the technique rules with a table of its own.
 */
export function compileAll(targets: DetectionTargets, keys?: readonly string[]): (record: Record<string, unknown>) => string[] {
  const wanted = (key: string): boolean => keys === undefined || keys.includes(key);
  const filters = metricFilterDefinitions(targets).map((f) => ({ key: `filter:${f.id}`, p: compileFilterPattern(f.pattern) })).filter((f) => wanted(f.key));
  const rules = eventRuleDefinitions(targets).map((r) => ({ key: `rule:${r.id}`, p: compileEventPattern(r.pattern) })).filter((r) => wanted(r.key));
  return (record) => {
    const bus = isBusEvent(record) ? record : toBusEvent(record);
    // Metric filters see only what reaches the trail's log group: bare records and CloudTrail envelopes' detail.
    const fromTrail = !isBusEvent(record) || String(record['detail-type']).endsWith('via CloudTrail');
    const raw = isBusEvent(record) ? record.detail : record;
    return [...(fromTrail ? filters.filter((f) => f.p.matches(raw)).map((f) => f.key) : []), ...rules.filter((r) => r.p.matches(bus)).map((r) => r.key)].sort();
  };
}

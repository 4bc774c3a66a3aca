import type { EventRuleDefinition, MetricFilterDefinition } from '../../detections';
import { REPLAY_PATH_LATENCY as PATH_LATENCY } from '../replay/evaluate';
import { ATTACK_TECHNIQUES, type AttackTechniqueEntry, type Prevention } from './techniques';

/** GuardDuty rates 7.0 and above high; the alert topic pages on those (guardduty-high-severity-finding). */
export const GUARDDUTY_PAGING_SEVERITY = 7;

/**
 * A technique's verdict, best first: detected on the seconds path; prevented by a guardrail; left to
 * GuardDuty findings that page; counted by a metric filter (minutes); left to GuardDuty findings that
 * only go to review; or a gap.
 */
export const VERDICTS = ['detected-seconds', 'prevented', 'guardduty-pages', 'detected-minutes', 'guardduty-review', 'gap'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface CoverageTechnique {
  readonly id: string;
  readonly name: string;
  readonly tactic: string;
  readonly verdict: Verdict;
  readonly detectedBy: readonly { readonly rule: string; readonly severity: string; readonly arrivesIn: string; readonly latency: string }[];
  readonly prevented: readonly Prevention[];
  readonly guardDuty?: { readonly findingTypes: readonly string[]; readonly maxSeverity: number; readonly pages: boolean };
  readonly metricFilters: readonly { readonly filter: string; readonly latency: string }[];
  readonly gap?: string;
}

/** The coverage matrix as plain data: one row per technique, and the count per verdict. */
export interface CoverageRecord {
  readonly techniques: readonly CoverageTechnique[];
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Rules whose ATT&CK id has no row: the table must list every technique a rule claims. */
  readonly unlistedRuleTechniques: readonly string[];
}

export interface CoverageInputs {
  readonly eventRules: readonly EventRuleDefinition[];
  readonly metricFilters: readonly MetricFilterDefinition[];
  /** @default ATTACK_TECHNIQUES */
  readonly techniques?: readonly AttackTechniqueEntry[];
}

/** Builds the matrix from the deployed definitions: which rules detect a technique is read from them, never listed twice. */
export function buildCoverage(inputs: CoverageInputs): CoverageRecord {
  const techniques = inputs.techniques ?? ATTACK_TECHNIQUES;
  const filterIds = new Set(inputs.metricFilters.map((f) => f.id));
  const unknownFilters = techniques.flatMap((t) => (t.metricFilters ?? []).filter((id) => !filterIds.has(id)).map((id) => `${t.id}: ${id}`));
  if (unknownFilters.length > 0) throw new Error(`coverage names metric filters that are not deployed: ${unknownFilters.join('; ')}`);
  // The GuardDuty-finding rule relays findings of many techniques; the GuardDuty column covers them.
  const apiRules = inputs.eventRules.filter((r) => r.techniqueClass !== 'threat-findings');
  const rows = techniques.map((t): CoverageTechnique => {
    const detectedBy = apiRules
      .filter((r) => (r.attack.subTechniqueId ?? r.attack.techniqueId) === t.id)
      .map((r) => ({ rule: r.id, severity: r.severity, arrivesIn: r.arrivesIn, latency: PATH_LATENCY.eventbridge }));
    const guardDuty = t.guardDuty === undefined ? undefined : { ...t.guardDuty, pages: t.guardDuty.maxSeverity >= GUARDDUTY_PAGING_SEVERITY };
    const metricFilters = (t.metricFilters ?? []).map((filter) => ({ filter, latency: PATH_LATENCY['metric-filter'] }));
    const prevented = t.prevented ?? [];
    const verdict: Verdict = detectedBy.length > 0 ? 'detected-seconds'
      : prevented.length > 0 ? 'prevented'
        : guardDuty?.pages === true ? 'guardduty-pages'
          : metricFilters.length > 0 ? 'detected-minutes'
            : guardDuty !== undefined ? 'guardduty-review' : 'gap';
    return { id: t.id, name: t.name, tactic: t.tactic, verdict, detectedBy, prevented, ...(guardDuty ? { guardDuty } : {}), metricFilters, ...(t.gap ? { gap: t.gap } : {}) };
  });
  const listed = new Set(techniques.map((t) => t.id));
  const unlistedRuleTechniques = [...new Set(apiRules.map((r) => r.attack.subTechniqueId ?? r.attack.techniqueId))].filter((id) => !listed.has(id));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, rows.filter((r) => r.verdict === v).length])) as Record<Verdict, number>;
  return { techniques: rows, counts, unlistedRuleTechniques };
}

import { PURPOSES, type Purpose } from '../profiles/purposes';
import { SETTINGS_TABLE } from '../profiles/settings-table';
import type { ConfigProblem } from './config-error';

/** The storage-class moves of the evidence bucket, in the order S3 makes them. */
const TRANSITIONS = ['infrequentAccessAfterDays', 'glacierInstantRetrievalAfterDays', 'deepArchiveAfterDays'] as const;
type Transition = (typeof TRANSITIONS)[number];

/**
 * Overridden storage-class transitions must stay in order (Standard-IA, then Glacier Instant
 * Retrieval, then Deep Archive) and before the purpose's expiry. Out of order, the plan would move
 * objects backwards; after expiry, a move never happens. The table's own values are in order; a
 * default after expiry (detection's Deep Archive) is left out of the plan by design.
 */
export function lifecycleProblems(raw: Record<string, unknown>): ConfigProblem[] {
  const overrides = isRecord(raw.profileOverrides) ? raw.profileOverrides : {};
  return PURPOSES.flatMap((purpose) => {
    const given = isRecord(overrides[purpose]) ? overrides[purpose] : undefined;
    return given === undefined ? [] : purposeProblems(purpose, given);
  });
}

function purposeProblems(purpose: Purpose, given: Record<string, unknown>): ConfigProblem[] {
  const days = (name: Transition | 'evidenceRetentionDays'): number | undefined => {
    const value = given[name] ?? SETTINGS_TABLE[name].byPurpose[purpose].value;
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
  };
  const at = (name: string) => `profileOverrides.${purpose}.${name}`;
  const problems: ConfigProblem[] = [];
  const retention = days('evidenceRetentionDays');
  TRANSITIONS.forEach((name, index) => {
    const value = days(name);
    if (value === undefined) return;
    const earlier = TRANSITIONS.slice(0, index).filter((other) => (days(other) ?? -Infinity) >= value);
    const overridden = [name, ...earlier].some((field) => field in given);
    if (earlier.length > 0 && overridden) {
      const names = earlier.map((other) => `${other} (${String(days(other))})`).join(' and ');
      problems.push({ path: at(name), received: value, expected: `expected more days than ${names}: S3 moves objects to Standard-IA, then Glacier Instant Retrieval, then Deep Archive` });
    }
    if (retention !== undefined && value >= retention && name in given) {
      problems.push({ path: at(name), received: value, expected: `expected fewer days than evidenceRetentionDays (${retention}) of ${purpose}: objects expire before they would move` });
    }
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The purposes a log can serve. A deployment picks one or more. */
export const PURPOSES = ['audit', 'investigation', 'detection'] as const;

export type Purpose = (typeof PURPOSES)[number];

export const PURPOSE_SUMMARIES: Record<Purpose, string> = {
  audit: 'Evidence for audits and accountability: complete, kept for years, impossible to delete or alter.',
  investigation: 'Reconstructing how an incident happened: rich data events, searchable with saved queries.',
  detection: 'Noticing anomalies fast: near-real-time rules, metric-filter alarms and GuardDuty.',
};

export function isPurpose(name: string): name is Purpose {
  return (PURPOSES as readonly string[]).includes(name);
}

/** The canonical key of a combination: sorted and comma-joined, exactly as Terraform's join(",", sort(...)). */
export function combinationKey(purposes: readonly Purpose[]): string {
  return [...purposes].sort().join(',');
}

/** Every non-empty combination of purposes (7 for 3 purposes), in a stable order. */
export function allCombinations(): Purpose[][] {
  const combinations: Purpose[][] = [];
  for (let mask = 1; mask < 1 << PURPOSES.length; mask++) {
    combinations.push(PURPOSES.filter((_, index) => mask & (1 << index)));
  }
  return combinations;
}

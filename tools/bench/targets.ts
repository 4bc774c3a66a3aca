import type { ResourceCounts } from './resource-counts';
import type { SynthResult } from './synth';
import type { TestTimes } from './test-tiers';

export interface TargetCheck {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly met: boolean | 'not measured';
}

/** The targets of issues 8 and 18, on the 2-core machines every developer and CI run on. */
export function checkTargets(synth: readonly SynthResult[], tests: TestTimes, counts: ResourceCounts): TargetCheck[] {
  const [example, allRegions] = synth;
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const checks: TargetCheck[] = [
    { name: `example synth (${example.regions} Regions), median`, target: '≤ 1.5 s', actual: seconds(example.ours.medianMs), met: example.ours.medianMs <= 1500 },
    { name: `${allRegions.regions}-Region synth, median`, target: '≤ 3 s', actual: seconds(allRegions.ours.medianMs), met: allRegions.ours.medianMs <= 3000 },
  ];
  for (const result of synth) {
    checks.push({
      name: `speed-up over ts-node + root import (${result.scenario})`,
      target: '≥ 4×',
      actual: result.speedup === undefined ? '-' : `${result.speedup}×`,
      met: result.speedup === undefined ? 'not measured' : result.speedup >= 4,
    });
  }
  const peak = Math.max(...synth.map((result) => result.ours.peakRssMb));
  checks.push({ name: 'synth peak RSS (largest of all runs)', target: '≤ 300 MB', actual: `${peak} MB`, met: peak <= 300 });
  checks.push({
    name: 'unit tier cold (fresh clone), median',
    target: '≤ 15 s',
    actual: tests.unit === undefined ? '-' : seconds(tests.unit.cold.medianMs),
    met: tests.unit === undefined ? 'not measured' : tests.unit.cold.medianMs <= 15_000,
  });
  checks.push({
    name: 'full suite cold (npm test, fresh clone), median',
    target: '≤ 4 min',
    actual: tests.full === undefined ? '-' : seconds(tests.full.cold.medianMs),
    met: tests.full === undefined ? 'not measured' : tests.full.cold.medianMs <= 240_000,
  });
  checks.push({
    name: 'resource count independent of member accounts',
    target: 'no per-account resources',
    actual: `${counts.accounts.perMemberAccountTypes.length} per-account types; accounts named: ${counts.accounts.referenced.length}`,
    met:
      counts.accounts.perMemberAccountTypes.length === 0 &&
      counts.accounts.referenced.every((account) => counts.accounts.configured.includes(account)),
  });
  return checks;
}

import { coverage } from './coverage';

// The GuardDuty rules have no real positive in the corpus (no source had GuardDuty write calls or
// findings); near-misses.test.ts covers them with constructed events instead.
// Nor had any source a write call on a CloudWatch Logs group or alarm (only CreateLogStream), so the
// trail-log-group watchers are covered by constructed records too.
const CONSTRUCTED_ONLY = new Set([
  'rule:guardduty-tampering', 'rule:guardduty-high-severity-finding', 'filter:trail-log-group-tampering', 'rule:trail-log-group-tampering',
]);

describe('detection coverage by real records', () => {
  it('gives every detection at least one real record that must fire, except the GuardDuty and log-group watchers', () => {
    const uncovered = coverage().filter((r) => r.positivesA + r.positivesB === 0).map((r) => r.detection);
    expect(uncovered.sort()).toEqual([...CONSTRUCTED_ONLY].sort());
  });

  it('tests every detection against more than 800 real records that must not fire', () => {
    expect(coverage().filter((r) => r.negativesA < 800).map((r) => r.detection)).toEqual([]);
  });
});

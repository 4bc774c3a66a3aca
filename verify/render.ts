import { summarize, type CheckResult } from './check-result';

/** One JSON object per check, then the summary: a stream a pipeline can read line by line. */
export function renderJson(results: readonly CheckResult[]): string {
  const lines = results.map((r) => JSON.stringify({ check: r.check, account: r.account, region: r.region, status: r.status, detail: r.detail, expected: r.expected, actual: r.actual }));
  return `${[...lines, JSON.stringify({ summary: summarize(results) })].join('\n')}\n`;
}

const MARK = { pass: 'PASS ', fail: 'FAIL ', error: 'ERROR' } as const;

/** One line per check, failures and errors first, then the counts. */
export function renderText(results: readonly CheckResult[]): string {
  const order = { error: 0, fail: 1, pass: 2 } as const;
  const sorted = [...results].sort((a, b) => order[a.status] - order[b.status]);
  const summary = summarize(results);
  const lines = sorted.map((r) => `${MARK[r.status]}  ${r.check.padEnd(34)} ${r.account} ${r.region.padEnd(14)} ${r.detail}`);
  return `${[...lines, '', `${summary.pass} passed, ${summary.fail} failed, ${summary.error} could not be checked`].join('\n')}\n`;
}

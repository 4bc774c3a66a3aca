import type { DrillResult } from './run-drill';

/** One JSON object per path and Region. */
export function renderDrillJson(results: readonly DrillResult[]): string {
  return results.map((r) => JSON.stringify({ path: r.path, account: r.account, region: r.region, status: r.status, latencySeconds: r.latencySeconds, detail: r.detail })).join('\n') + '\n';
}

/** One line per path and Region, with the measured latency. */
export function renderDrillText(results: readonly DrillResult[]): string {
  if (results.length === 0) return 'no alert path is planned for these purposes: nothing to drill\n';
  return results.map((r) => `${r.status.toUpperCase().padEnd(13)} ${r.path.padEnd(5)} ${r.account} ${r.region.padEnd(14)} ${r.latencySeconds === null ? '-' : `${r.latencySeconds} s`}  ${r.detail}`).join('\n') + '\n';
}

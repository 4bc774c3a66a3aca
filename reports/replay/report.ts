import type { CompiledDetection, Firing } from './evaluate';
import { REPLAY_PATH_LATENCY as PATH_LATENCY } from './evaluate';

/** Per-detection counts, kept while streaming so the summary needs no second pass. */
export class ReplayTally {
  public records = 0;
  public recordsFiring = 0;
  public errors = 0;
  private readonly counts = new Map<string, number>();

  public constructor(private readonly detections: readonly CompiledDetection[]) {
    for (const d of detections) this.counts.set(key(d), 0);
  }

  public add(fired: readonly Firing[]): void {
    this.records++;
    if (fired.length > 0) this.recordsFiring++;
    for (const f of fired) this.counts.set(key(f), (this.counts.get(key(f)) ?? 0) + 1);
  }

  /** `fired` counts matching records; a volume filter (threshold above 1) alarms only at `threshold` in one period. */
  public rows(): Array<{ id: string; path: string; severity: string; fired: number; latency: string; threshold?: number }> {
    return this.detections.map((d) => ({
      id: d.id, path: d.path, severity: d.severity, fired: this.counts.get(key(d)) ?? 0, latency: PATH_LATENCY[d.path],
      ...(d.threshold !== undefined && d.threshold > 1 ? { threshold: d.threshold } : {}),
    }));
  }

  public json(): object {
    return { summary: { records: this.records, recordsFiring: this.recordsFiring, errors: this.errors, detections: this.rows() } };
  }

  public text(): string {
    const rows = this.rows();
    const header = ['detection', 'path', 'severity', 'fired'];
    const table = [header, ...rows.map((r) => [r.id, r.path, r.severity, String(r.fired)])];
    const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
    const lines = table.map((row) => row.map((cell, c) => (c === 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd());
    lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
    return [
      '',
      `${this.records} records, ${this.recordsFiring} fired at least one detection, ${this.errors} unreadable`,
      '',
      ...lines,
      '',
      `eventbridge: ${PATH_LATENCY.eventbridge}; metric-filter: ${PATH_LATENCY['metric-filter']}`,
      ...volumeNote(rows),
    ].join('\n');
  }
}

/** One text line for a record that fired something; `where` is its place in the input. */
export function describeRecord(where: string, record: Record<string, unknown>, fired: readonly Firing[]): string {
  const identity = record.userIdentity !== null && typeof record.userIdentity === 'object' ? (record.userIdentity as Record<string, unknown>).type : undefined;
  const what = `${String(record.eventName ?? record['detail-type'] ?? '?')}${identity === undefined ? '' : ` (${String(identity)})`}`;
  return `${where}: ${what} -> ${fired.map((f) => `${f.id} [${f.path}]`).join(', ')}`;
}

function key(d: { id: string; path: string }): string {
  return `${d.path}:${d.id}`;
}

/** Volume filters alarm only at their threshold in one period; a replay counts matches, not periods. */
function volumeNote(rows: ReadonlyArray<{ id: string; threshold?: number }>): string[] {
  const volume = rows.filter((r) => r.threshold !== undefined);
  return volume.length === 0 ? [] : [`volume filters alarm at a count per period: ${volume.map((r) => `${r.id} >= ${r.threshold}`).join(', ')}`];
}

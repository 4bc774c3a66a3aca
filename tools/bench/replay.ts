// Replay throughput and memory over 1,000,000 records, in one run, interleaved: today's replay (the
// 10 rules before the technique rules, every rule evaluated on every record) and every rule (with
// the eventSource index that skips rules pinned to other services). Records cycle through the vendored
// corpus without the held-out stratus-red-team/ directory. Not a test: timings vary by machine.
// Run: node_modules/.bin/tsx tools/bench/replay.ts [records]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { readRecords } from '../../cli/records/read-records';
import { PURPOSES, deployedDetections, exampleModel } from '../../reports/replay/deployed';
import { compileDetections, firingsFor } from '../../reports/replay/evaluate';
import { ReplayTally } from '../../reports/replay/report';
import { loadCorpus } from '../../test/support/corpus';
import { VOLUME_METRIC_FILTERS } from '../../detections/volume-filters';
import { writeReplayDoc, type ReplayBenchResult } from './replay-report';

/** The rule ids deployed before the technique rules (with the 19 filters of then): "today's figure". */
const TODAY_RULES = [
  'root-activity', 'console-sign-in-without-mfa', 'org-trail-tampering', 'guardrail-policy-changes', 'log-key-changes',
  'trail-log-group-tampering', 'evidence-bucket-changes', 'guardduty-tampering', 'root-access-key-created', 'guardduty-high-severity-finding',
];
const ROOT = resolve(__dirname, '..', '..');
const ROUNDS = 3;

async function writeRecords(path: string, count: number): Promise<void> {
  const lines = loadCorpus().filter((r) => !r.file.startsWith('stratus-red-team/')).map((r) => JSON.stringify(r.record));
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${lines[i % lines.length]}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Worker: replays the file with one rule set and prints rate, heap samples and peak RSS as JSON. */
async function worker(file: string, set: 'today' | 'all'): Promise<void> {
  const deployed = deployedDetections(exampleModel(), PURPOSES);
  const eventRules = set === 'all' ? deployed.eventRules : deployed.eventRules.filter((r) => TODAY_RULES.includes(r.id));
  const metricFilters = set === 'all' ? deployed.metricFilters : deployed.metricFilters.filter((f) => !VOLUME_METRIC_FILTERS.some((v) => v.id === f.id));
  // Today's code evaluated every rule on every record; the eventSource index is new with the technique rules.
  const compiled = compileDetections({ metricFilters, eventRules });
  const detections = set === 'all' ? compiled : compiled.map(({ eventSources: _skipIndex, ...d }) => d);
  const tally = new ReplayTally(detections);
  const heapMb: number[] = [];
  const start = process.hrtime.bigint();
  let records = 0;
  for await (const item of readRecords('--events', file, process.stdin)) {
    if (!('error' in item)) tally.add(firingsFor(item.busEvent ?? (item.record as Record<string, unknown>), detections));
    if (++records % 250_000 === 0) heapMb.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ set, rules: eventRules.length, filters: metricFilters.length, records, seconds, rate: records / seconds, heapMb, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'tg-replay-bench-'));
  const file = join(dir, 'records.jsonl');
  try {
    await writeRecords(file, count);
    const runs: Record<string, { rate: number[]; rss: number[]; heap: number[][]; rules: number; filters: number }> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const set of ['today', 'all'] as const) {
        const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--worker', file, set], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
        if (child.status !== 0) throw new Error(`worker failed: ${child.stderr}`);
        const r = JSON.parse(child.stdout);
        const entry = (runs[set] ??= { rate: [], rss: [], heap: [], rules: r.rules, filters: r.filters });
        entry.rate.push(r.rate); entry.rss.push(r.maxRssMb); entry.heap.push(r.heapMb);
        process.stderr.write(`round ${round + 1} ${set}: ${Math.round(r.rate)} records/s, peak RSS ${r.maxRssMb} MB, heap ${r.heapMb.join('/')} MB\n`);
      }
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
    const summary = Object.fromEntries(Object.entries(runs).map(([set, r]) => [set, {
      rules: r.rules, filters: r.filters, recordsPerSecond: Math.round(median(r.rate)), peakRssMb: median(r.rss), heapMbEvery250k: r.heap[0],
    }]));
    const result = { records: count, rounds: ROUNDS, ...summary, ratio: Math.round((summary.all.recordsPerSecond / summary.today.recordsPerSecond) * 100) / 100 } as ReplayBenchResult;
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    writeReplayDoc(result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--worker') void worker(process.argv[3], process.argv[4] as 'today' | 'all');
else void main();

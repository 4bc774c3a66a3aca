// Throughput of the CIS filter set over the vendored corpus: compiled once (what trailguard does)
// versus a naive evaluator that re-parses every pattern for every record. Not a test: timings vary
// by machine. Run: node_modules/.bin/tsx tools/bench/patterns.ts
import { CIS_METRIC_FILTERS } from '../../detections';
import { compileFilterPattern } from '../../patterns/filter-pattern';
import { loadCorpus } from '../../test/support/corpus';
import { benchWorstPatterns } from './worst-patterns';

const RUNS = 5;
// One evaluation = one filter pattern applied to one record.
const COMPILED_MIN_EVALUATIONS = 15_000_000; // >= 1,000,000 records through all 15 filters
const NAIVE_MIN_EVALUATIONS = 1_000_000; // the naive path is ~100x slower; 1M evaluations keeps a run short

const records = loadCorpus().map((r) => r.record);
const patterns = CIS_METRIC_FILTERS.map((f) => f.pattern);
const compiled = patterns.map((p) => compileFilterPattern(p));

interface Run {
  readonly records: number;
  readonly evaluations: number;
  readonly seconds: number;
  readonly matches: number;
}

function run(minEvaluations: number, evaluate: (record: unknown) => number): Run {
  const passes = Math.ceil(minEvaluations / (records.length * patterns.length));
  let matches = 0;
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < passes; pass++) {
    for (const record of records) matches += evaluate(record);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { records: passes * records.length, evaluations: passes * records.length * patterns.length, seconds, matches };
}

const compiledSet = (record: unknown): number => {
  let n = 0;
  for (const p of compiled) if (p.matches(record)) n++;
  return n;
};

const naiveSet = (record: unknown): number => {
  let n = 0;
  for (const text of patterns) if (compileFilterPattern(text).matches(record)) n++;
  return n;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  // Warm-up: let V8 optimise both paths before anything is timed.
  run(records.length * patterns.length * 20, compiledSet);
  run(records.length * patterns.length * 2, naiveSet);

  const compiledRates: number[] = [];
  const naiveRates: number[] = [];
  let sanity: number | undefined;
  for (let i = 0; i < RUNS; i++) {
    // Interleaved so both paths see the same machine conditions.
    const c = run(COMPILED_MIN_EVALUATIONS, compiledSet);
    const n = run(NAIVE_MIN_EVALUATIONS, naiveSet);
    // Both paths must agree on how many matches one pass over the corpus gives.
    const perPassC = c.matches / (c.records / records.length);
    const perPassN = n.matches / (n.records / records.length);
    if (perPassC !== perPassN || (sanity !== undefined && sanity !== perPassC)) throw new Error('compiled and naive paths disagree');
    sanity = perPassC;
    compiledRates.push(c.records / c.seconds);
    naiveRates.push(n.records / n.seconds);
    process.stdout.write(
      `run ${i + 1}: compiled ${fmt(c.records / c.seconds)} records/s (${c.records} records, ${c.evaluations} evaluations, ${c.seconds.toFixed(2)} s); ` +
        `naive ${fmt(n.records / n.seconds)} records/s (${n.records} records, ${n.evaluations} evaluations, ${n.seconds.toFixed(2)} s)\n`,
    );
  }
  const c = median(compiledRates);
  const n = median(naiveRates);
  // The machine's load moves both paths together, so the per-run ratio is steadier than either rate.
  const ratio = median(compiledRates.map((rate, i) => rate / naiveRates[i]));
  process.stdout.write(
    `\n${patterns.length} CIS filters, ${records.length} corpus records, ${sanity} matches per pass, node ${process.version}\n` +
      `median of ${RUNS} runs: compiled ${fmt(c)} records/s, naive re-parse ${fmt(n)} records/s, ` +
      `ratio of medians ${(c / n).toFixed(1)}x, median per-run ratio ${ratio.toFixed(1)}x\n`,
  );
  process.stdout.write(`\nworst-case patterns (a backtracking engine hangs on these):\n${benchWorstPatterns().map((line) => `  ${line}\n`).join('')}`);
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

main();

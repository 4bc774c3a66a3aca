import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { renderPerformanceDoc, renderTables, type BenchResults } from './report';
import { measureResourceCounts } from './resource-counts';
import { measureSynth } from './synth';
import { checkTargets } from './targets';
import { measureTests } from './test-tiers';

// `npm run bench [-- --runs N] [--unit-runs N] [--suite-runs N] [--skip-suite] [--skip-tests] [--skip-default-way]`
// A benchmark, not a test: it prints the figures and writes tools/bench/results.json and
// docs/performance.md, but only after a complete run: at least 5 measured runs of synth, 3 of
// the unit tier and 2 of the full suite, each of the tests a fresh clone run cold then warm
// (a full-suite pair takes about ten minutes on 2 cores).
const ROOT = resolve(__dirname, '..', '..');
const MIN_RUNS = 5;
const MIN_UNIT_RUNS = 3;
const MIN_SUITE_RUNS = 2;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}
const flag = (name: string): boolean => process.argv.includes(name);

function main(): void {
  const runs = Number(option('--runs') ?? MIN_RUNS);
  const unitRuns = Number(option('--unit-runs') ?? MIN_UNIT_RUNS);
  const suiteRuns = Number(option('--suite-runs') ?? MIN_SUITE_RUNS);
  const skipTests = flag('--skip-tests');
  const skipSuite = skipTests || flag('--skip-suite');
  const defaultWay = !flag('--skip-default-way');
  const progress = (line: string): void => void process.stderr.write(`${line}\n`);
  const loadAverageAtStart = Math.round(loadavg()[0] * 100) / 100;

  const synth = measureSynth(ROOT, { runs, defaultWay }, progress);
  progress('resource counts: 1 to 17 Regions');
  const resourceCounts = measureResourceCounts(ROOT);
  const tests = skipTests ? {} : measureTests(ROOT, { unitRuns, suiteRuns, suite: !skipSuite }, progress);

  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      loadAverageAtStart,
    },
    runs,
    unitRuns,
    suiteRuns,
    warmUpRuns: 1,
    synth,
    tests,
    resourceCounts,
    targets: checkTargets(synth, tests, resourceCounts),
  };
  process.stdout.write(`\n${renderTables(results).join('\n')}\n`);

  const complete = runs >= MIN_RUNS && unitRuns >= MIN_UNIT_RUNS && suiteRuns >= MIN_SUITE_RUNS && defaultWay && !skipSuite;
  if (!complete) {
    process.stdout.write(`\nPartial run: tools/bench/results.json and docs/performance.md were not written (needs ≥ ${MIN_RUNS} synth runs, ≥ ${MIN_UNIT_RUNS} unit runs, ≥ ${MIN_SUITE_RUNS} suite runs and nothing skipped).\n`);
    return;
  }
  writeFileSync(join(ROOT, 'tools', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const doc = join(ROOT, 'docs', 'performance.md');
  mkdirSync(dirname(doc), { recursive: true });
  writeFileSync(doc, renderPerformanceDoc(results));
  process.stdout.write('\nWrote tools/bench/results.json and docs/performance.md.\n');
}

main();

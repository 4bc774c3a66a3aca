import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOnce, toSeries, type Command, type Run, type Series } from './measure';

/** One tier, cold (a fresh clone, empty caches) and warm (the same clone, run again). */
export interface TierTimes {
  readonly cold: Series;
  readonly warm: Series;
}

export interface SlowFile {
  readonly file: string;
  readonly seconds: number;
  readonly tests: number;
}

export interface TestTimes {
  /** `npm run test:unit`: the unit project. */
  readonly unit?: TierTimes;
  /** `npm test`: every jest project, the type-check, terraform validate and plans included. */
  readonly full?: TierTimes;
  /** The slowest test files of the last cold `npm test`, by jest's own per-file times. */
  readonly slowestFiles?: readonly SlowFile[];
  /** One-minute load average at the start of each measured run, in run order. */
  readonly loadAverages?: readonly number[];
}

/**
 * A fresh clone of the committed tree, as a newcomer or CI meets it: no jest transform cache,
 * no tsx cache, no synthesized stacks, no `.terraform` folders. Its TMPDIR is its own, so every
 * cache the tools keep under the temporary folder starts empty. node_modules is linked from
 * the working copy: installing is `npm ci`'s time, not the tests'.
 */
function freshClone(root: string): { readonly repo: string; readonly env: NodeJS.ProcessEnv; readonly remove: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'trailguard-cold-'));
  const repo = join(base, 'repo');
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, repo]);
  symlinkSync(join(root, 'node_modules'), join(repo, 'node_modules'), 'dir');
  mkdirSync(join(base, 'tmp'));
  return { repo, env: { TMPDIR: join(base, 'tmp'), CHECKPOINT_DISABLE: '1' }, remove: () => rmSync(base, { recursive: true, force: true }) };
}

/** Each run: a fresh clone, the command cold, then again warm in the same clone. */
function coldAndWarm(root: string, label: string, args: (repo: string, run: number, kind: 'cold' | 'warm') => Command, runs: number, loads: number[], progress: (line: string) => void): TierTimes {
  const cold: Run[] = [];
  const warm: Run[] = [];
  for (let index = 0; index < runs; index++) {
    const clone = freshClone(root);
    try {
      for (const [kind, series] of [['cold', cold], ['warm', warm]] as const) {
        loads.push(Math.round(loadavg()[0] * 100) / 100);
        const run = runOnce({ ...args(clone.repo, index, kind), env: clone.env });
        series.push(run);
        progress(`  run ${index + 1}/${runs}: ${label} ${kind} ${(run.ms / 1000).toFixed(1)} s (load ${loads[loads.length - 1]})`);
      }
    } finally {
      clone.remove();
    }
  }
  return { cold: toSeries(cold), warm: toSeries(warm) };
}

export function measureTests(root: string, options: { unitRuns: number; suiteRuns: number; suite: boolean }, progress: (line: string) => void): TestTimes {
  const loads: number[] = [];
  progress('tests: unit tier, cold and warm');
  const unit = coldAndWarm(root, 'npm run test:unit', (repo) => ({ label: 'unit', command: 'npm', args: ['run', 'test:unit', '--silent'], cwd: repo }), options.unitRuns, loads, progress);
  if (!options.suite) return { unit, loadAverages: loads };
  progress('tests: full suite, cold and warm');
  const report = join(mkdtempSync(join(tmpdir(), 'trailguard-bench-')), 'jest.json');
  const full = coldAndWarm(root, 'npm test', (repo, run, kind) => ({
    label: 'npm test', command: 'npm', cwd: repo,
    // The last cold run writes jest's per-file report: the profile is of the case a newcomer meets.
    args: ['test', '--silent', ...(run === options.suiteRuns - 1 && kind === 'cold' ? ['--', '--json', `--outputFile=${report}`] : [])],
  }), options.suiteRuns, loads, progress);
  return { unit, full, slowestFiles: slowestFiles(report, 12), loadAverages: loads };
}

function slowestFiles(report: string, count: number): SlowFile[] {
  const results = JSON.parse(readFileSync(report, 'utf8')).testResults as { name: string; startTime: number; endTime: number; assertionResults: unknown[] }[];
  return results
    .map((r) => ({ file: r.name.slice(r.name.indexOf('/test/') + 1), seconds: Math.round((r.endTime - r.startTime) / 100) / 10, tests: r.assertionResults.length }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count);
}

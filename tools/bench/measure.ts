import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RSS_PROBE = resolve(__dirname, 'rss-probe.cjs');

/** One run of a command: wall time and the largest peak RSS of any node process it started. */
export interface Run {
  readonly ms: number;
  readonly peakRssMb: number;
}

export interface Series {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** The highest peak RSS of the measured runs (MB). */
  readonly peakRssMb: number;
}

export interface Command {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Run through a shell (for a command line such as cdktf.json's `app`). */
  readonly shell?: boolean;
}

/** Runs a command to completion; a failing command fails the bench (a broken synth has no speed). */
export function runOnce(command: Command): Run {
  const scratch = mkdtempSync(join(tmpdir(), 'trailguard-bench-'));
  const rssFile = join(scratch, 'rss.txt');
  const nodeOptions = [process.env.NODE_OPTIONS, `--require ${RSS_PROBE}`].filter(Boolean).join(' ');
  const started = performance.now();
  const result = spawnSync(command.command, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env, NODE_OPTIONS: nodeOptions, TRAILGUARD_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    shell: command.shell ?? false,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${command.label}: ${command.command} ${command.args.join(' ')} exited ${result.status}\n${result.stderr}${result.stdout}`.slice(0, 8000));
  }
  const peakKb = readFileSync(rssFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => Number(line.split(' ')[1]))
    .reduce((max, kb) => Math.max(max, kb), 0);
  rmSync(scratch, { recursive: true, force: true });
  return { ms, peakRssMb: peakKb / 1024 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function toSeries(runs: readonly Run[]): Series {
  const runsMs = runs.map((run) => Math.round(run.ms));
  return { medianMs: Math.round(median(runsMs)), runsMs, peakRssMb: Math.round(Math.max(...runs.map((run) => run.peakRssMb))) };
}

/**
 * Measures commands interleaved (A B A B ...), after one unmeasured warm-up of each, so
 * caches are warm and background load on the shared machine hits every command alike.
 */
export function interleaved(commands: readonly Command[], runs: number, progress: (line: string) => void): Series[] {
  for (const command of commands) {
    progress(`  warm-up: ${command.label}`);
    runOnce(command);
  }
  const results: Run[][] = commands.map(() => []);
  for (let index = 0; index < runs; index++) {
    commands.forEach((command, which) => {
      const run = runOnce(command);
      results[which].push(run);
      progress(`  run ${index + 1}/${runs}: ${command.label} ${(run.ms / 1000).toFixed(2)} s, ${run.peakRssMb.toFixed(0)} MB`);
    });
  }
  return results.map(toSeries);
}

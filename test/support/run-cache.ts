import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The run's cache (a folder global-setup creates): a synthesized configuration, or a plan of one
 * with one set of variables, is computed once per jest run by whichever worker asks first, and
 * read by every other test file. Outside jest there is no cache and everything is computed.
 */
export function runCacheDirectory(): string | undefined {
  return process.env.TRAILGUARD_RUN_CACHE;
}

export function readCached(file: string): any | undefined {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Write then rename, so a parallel worker never reads half a file. */
export function writeCached(file: string, text: string): void {
  writeFileSync(`${file}.${process.pid}`, text);
  renameSync(`${file}.${process.pid}`, file);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

/**
 * Runs `compute` once across jest's workers: the first to take the lock computes, the others
 * wait until `done()` holds. A lock whose owner has died is taken over, so a killed worker
 * cannot hang the run. Returns false when another worker computed it.
 */
export function computeOnce(lock: string, done: () => boolean, compute: () => void, timeoutMs = 900_000): boolean {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (done()) return false;
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${lock}`);
      else sleep(200);
      continue;
    }
    writeFileSync(join(lock, 'owner'), String(process.pid));
    try {
      compute();
      return true;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

function ownerAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'owner'), 'utf8'));
  } catch {
    // The owner has made the folder but not yet written its pid.
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

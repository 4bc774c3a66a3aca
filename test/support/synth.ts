import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrailguardConfig } from '../../config/load';
import type { STACK_IDS } from '../../app/trailguard-app';
import { withoutTokenTraces } from '../../app/token-traces';
import { exampleConfig } from './example-config';
import { computeOnce, runCacheDirectory } from './run-cache';

export type StackId = (typeof STACK_IDS)[keyof typeof STACK_IDS];

interface SynthOptions {
  readonly config?: TrailguardConfig;
  readonly offline?: boolean;
  /** Synthesize anew rather than copy the run's synth: for tests of synthesis itself. */
  readonly fresh?: boolean;
}

/**
 * Synthesizes all stacks and returns a fresh folder holding them, the caller's own to init and
 * plan in. Within a jest run each configuration is synthesized once (run-cache) and copied.
 */
export function synthToDirectory(options: SynthOptions = {}): string {
  const outdir = mkdtempSync(join(tmpdir(), 'trailguard-synth-'));
  cpSync(synthesized(options), outdir, { recursive: true });
  return outdir;
}

/** The run's synth of a configuration: a folder to read, never to write in. */
function synthesized(options: SynthOptions): string {
  const config = options.config ?? exampleConfig();
  const offline = options.offline ?? false;
  const cache = runCacheDirectory();
  if (cache === undefined || options.fresh === true) return synthInto(mkdtempSync(join(tmpdir(), 'trailguard-synth-')), config, offline);
  const folder = join(cache, `synth-${createHash('sha256').update(JSON.stringify({ config, offline })).digest('hex').slice(0, 16)}`);
  computeOnce(`${folder}.lock`, () => existsSync(folder), () => {
    // Synthesized aside and renamed, so a reader never sees half a synth.
    renameSync(synthInto(mkdtempSync(`${folder}.`), config, offline), folder);
  });
  return folder;
}

function synthInto(outdir: string, config: TrailguardConfig, offline: boolean): string {
  // cdktf and the constructs load only to synthesize: a test file that reads the run's synth never compiles them.
  const { App } = require('cdktf') as typeof import('cdktf');
  const { createTrailguardStacks } = require('../../app/trailguard-app') as typeof import('../../app/trailguard-app');
  // As main.ts does: outside jest (the docs scripts) the token traces would be most of the synth.
  withoutTokenTraces(() => {
    const app = new App({ outdir });
    createTrailguardStacks(app, config, { offline });
    app.synth();
  });
  return outdir;
}

/** The synthesized Terraform JSON of one stack. */
export function synthesizedStack(outdir: string, stackId: StackId): any {
  return JSON.parse(readFileSync(join(outdir, 'stacks', stackId, 'cdk.tf.json'), 'utf8'));
}

/** Synthesizes the example and returns one stack's Terraform JSON (for unit assertions). */
export function synthStack(stackId: StackId, config?: TrailguardConfig): any {
  return synthesizedStack(synthesized({ config }), stackId);
}

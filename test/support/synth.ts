import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import type { TrailguardConfig } from '../../config/load';
import { createTrailguardStacks, STACK_IDS } from '../../app/trailguard-app';
import { exampleConfig } from './example-config';

export type StackId = (typeof STACK_IDS)[keyof typeof STACK_IDS];

/** Synthesizes all stacks into a fresh folder and returns it. */
export function synthToDirectory(options: { config?: TrailguardConfig; offline?: boolean } = {}): string {
  const outdir = mkdtempSync(join(tmpdir(), 'trailguard-synth-'));
  const app = new App({ outdir });
  createTrailguardStacks(app, options.config ?? exampleConfig(), { offline: options.offline ?? false });
  app.synth();
  return outdir;
}

/** The synthesized Terraform JSON of one stack. */
export function synthesizedStack(outdir: string, stackId: StackId): any {
  return JSON.parse(readFileSync(join(outdir, 'stacks', stackId, 'cdk.tf.json'), 'utf8'));
}

/** Synthesizes the example and returns one stack's Terraform JSON (for unit assertions). */
export function synthStack(stackId: StackId, config?: TrailguardConfig): any {
  return synthesizedStack(synthToDirectory({ config }), stackId);
}

import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from 'cdktf';
import { ConfigError } from './config/config-error';
import { fallbackContext } from './config/context';
import { CONTEXT_KEY, parseConfig } from './config/load';
import { createTrailguardStacks } from './app/trailguard-app';
import { synthSummary } from './app/synth-summary';
import { withoutSourceMappedTraces } from './app/source-mapped-traces';

// main.ts only wires: read and validate the configuration once, create the stacks, synthesize.
const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const outdirExisted = existsSync(outdir);
const app = new App({ outdir, context: fallbackContext(resolve('cdktf.json')) });

try {
  const config = parseConfig(app.node.tryGetContext(CONTEXT_KEY));
  const stacks = withoutSourceMappedTraces(() => {
    const created = createTrailguardStacks(app, config);
    app.synth();
    return created;
  });
  process.stdout.write(synthSummary(stacks, config, outdir));
} catch (error) {
  // The App creates its output folder up front; a failed run must leave nothing half-done.
  if (!outdirExisted) {
    rmSync(outdir, { recursive: true, force: true });
  }
  // Configuration problems and the constructs' validation (every problem, with its construct path) are
  // for the user to fix: their message says it all. Anything else is a bug, and its stack helps.
  const forUser = error instanceof ConfigError || (error instanceof Error && error.message.startsWith('Validation failed with the following errors'));
  process.stderr.write(`${forUser ? (error as Error).message.trimEnd() : String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
}

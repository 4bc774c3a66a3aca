import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from 'cdktf';
import { ConfigError } from './config/config-error';
import { fallbackContext } from './config/context';
import { JsonSyntaxError } from './config/json-file';
import { CONTEXT_KEY, parseConfig } from './config/load';
import { createTrailguardStacks } from './app/trailguard-app';
import { synthSummary } from './app/synth-summary';
import { withoutTokenTraces } from './app/token-traces';
import { removeStaleOutput } from './app/stale-output';

// main.ts only wires: read and validate the configuration once, create the stacks, synthesize.
const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const outdirExisted = existsSync(outdir);

try {
  const app = new App({ outdir, context: fallbackContext(resolve('cdktf.json')) });
  const config = parseConfig(app.node.tryGetContext(CONTEXT_KEY));
  const stacks = withoutTokenTraces(() => {
    const created = createTrailguardStacks(app, config);
    app.synth();
    return created;
  });
  process.stdout.write(synthSummary(stacks, config, outdir));
} catch (error) {
  // Configuration problems and the constructs' validation (every problem, with its construct
  // path) are for the user to fix: their message says it all. Anything else is a bug: the stack helps.
  const known = error instanceof ConfigError || error instanceof JsonSyntaxError || isValidationFailure(error);
  const stale = removeStaleOutput(outdir, outdirExisted);
  process.stderr.write(`${known ? (error as Error).message.trimEnd() : String(error instanceof Error ? error.stack : error)}\n${stale === undefined ? '' : `${stale}\n`}`);
  process.exitCode = 1;
}

function isValidationFailure(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Validation failed with the following errors');
}

import { readFileSync } from 'node:fs';
import { CONTEXT_KEY, parseConfig, type TrailguardConfig } from '../config/load';
import { UsageError } from './command';

/** The validated trailguard configuration of a cdktf.json (its context.trailguard). */
export function readConfigFile(path: string): TrailguardConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--config: cannot read "${path}"; expected a cdktf.json with context.${CONTEXT_KEY}`);
  }
  return parseConfig((JSON.parse(text) as { context?: Record<string, unknown> }).context?.[CONTEXT_KEY]);
}

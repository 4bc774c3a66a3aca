import { existsSync } from 'node:fs';
import { ConfigError } from '../config/config-error';
import { readJsonFile } from '../config/json-file';
import { CONTEXT_KEY, parseConfig, type TrailguardConfig } from '../config/load';
import { isPurpose, PURPOSES, type Purpose } from '../profiles/purposes';
import { UsageError } from './command';

// The options several commands share, declared once so they parse, default and read the same everywhere.

export const PROFILES_OPTION = {
  type: 'string',
  placeholder: '<purpose,...>',
  description: `Comma-separated purpose profiles from ${PURPOSES.join(', ')}; default: the configuration's purposeProfiles, else all`,
} as const;

export const FORMAT_OPTION = { type: 'string', allowed: ['text', 'json'], default: 'text', description: 'Output format' } as const;

export const CONFIG_OPTION = {
  type: 'string',
  placeholder: '<file>',
  description: `A cdktf.json with context.${CONTEXT_KEY}, or a JSON file holding the trailguard configuration itself; default: ./cdktf.json when it has context.${CONTEXT_KEY}`,
} as const;

const DEFAULT_CONFIG_FILE = 'cdktf.json';

/**
 * The validated configuration named by `--config`, or found in ./cdktf.json; undefined when there
 * is none (a platform repo that composes the constructs has no context.trailguard).
 * Throws ConfigError or JsonSyntaxError for a configuration that is there but wrong.
 */
export function loadConfigOption(path: string | undefined): TrailguardConfig | undefined {
  if (path === undefined && !existsSync(DEFAULT_CONFIG_FILE)) return undefined;
  const file = path ?? DEFAULT_CONFIG_FILE;
  if (!existsSync(file)) throw new UsageError(`--config: cannot read "${file}": no such file`);
  const json = readJsonFile(file);
  const context = isObject(json) && isObject(json.context) ? json.context : undefined;
  if (context !== undefined) {
    if (context[CONTEXT_KEY] === undefined && path === undefined) return undefined;
    return parseIn(file, context[CONTEXT_KEY]);
  }
  if (path === undefined) return undefined;
  return parseIn(file, json);
}

/** The config of `--config`, required: for commands that describe one deployment. */
export function requireConfigOption(path: string | undefined): TrailguardConfig {
  const config = loadConfigOption(path);
  if (config === undefined) {
    throw new UsageError(`no configuration: no --config given and no ./${DEFAULT_CONFIG_FILE} with context.${CONTEXT_KEY}; pass --config <file>`);
  }
  return config;
}

/** `--profiles`, else the configuration's purposeProfiles, else every purpose. */
export function resolveProfilesOption(text: string | undefined, config: TrailguardConfig | undefined): Purpose[] {
  if (text === undefined) return config?.purposeProfiles ?? [...PURPOSES];
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !isPurpose(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (names.length === 0 || unknown.length > 0 || repeated.length > 0) {
    const why = names.length === 0 ? 'no purpose given' : unknown.length > 0 ? `unknown ${unknown.map((u) => `"${u}"`).join(', ')}` : `${repeated.map((r) => `"${r}"`).join(', ')} given twice`;
    throw new UsageError(`--profiles: got "${text}" (${why}); expected a comma-separated list of distinct purposes from: ${PURPOSES.join(', ')}`);
  }
  return names as Purpose[];
}

function parseIn(file: string, raw: unknown): TrailguardConfig {
  try {
    return parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(error.problems, file);
    throw error;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

import { parseArgs } from 'node:util';
import { didYouMean } from '../config/did-you-mean';
import type { CommandDefinition, OptionSpec } from './command';
import { UsageError } from './command';

/** Flags every command understands, handled by the framework before the command's own. */
export const HELP_FLAGS = ['--help', '-h'];
export const VERSION_FLAG = '--version';

/**
 * Parses a command's arguments against its declared options. Every problem is collected and
 * reported at once: unknown options (with the closest known one), missing values, values outside
 * `allowed`, missing required options, stray arguments.
 */
export function parseOptions(command: CommandDefinition, args: readonly string[]): Record<string, unknown> {
  const specs = command.options;
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type === 'boolean' ? 'boolean' : 'string', multiple: spec.type === 'strings' }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const known = Object.keys(specs).map((name) => `--${name}`);
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  let afterUnknown = false;
  for (const token of tokens) {
    // An unknown option's value (`--evnts day/`) is not a second mistake.
    const skipValue = afterUnknown;
    afterUnknown = token.kind === 'option' && specs[token.name] === undefined && token.inlineValue !== true;
    if (token.kind === 'positional') {
      if (skipValue) continue;
      problems.push(`unexpected argument "${token.value}"; options take the form --name value`);
    } else if (token.kind === 'option') {
      const spec = specs[token.name] as OptionSpec | undefined;
      if (spec === undefined) {
        problems.push(`unknown option ${token.rawName}${didYouMean(`--${token.name}`, known, (name) => name)}`);
      } else if (spec.type === 'boolean') {
        if (token.value !== undefined) problems.push(`--${token.name} takes no value, got "${token.value}"`);
        values[token.name] = true;
      } else if (token.value === undefined) {
        problems.push(`--${token.name} needs a value: ${spec.placeholder ?? '<value>'}`);
      } else if (spec.allowed !== undefined && !spec.allowed.includes(token.value)) {
        problems.push(`--${token.name}: got "${token.value}"; expected one of: ${spec.allowed.join(', ')}`);
      } else if (spec.type === 'strings') {
        values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
      } else if (values[token.name] !== undefined && values[token.name] !== token.value) {
        problems.push(`--${token.name} given twice ("${String(values[token.name])}" and "${token.value}"); give it once`);
      } else {
        values[token.name] = token.value;
      }
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (values[name] !== undefined) continue;
    if (spec.required === true) problems.push(`--${name} ${spec.placeholder ?? '<value>'} is required`);
    values[name] = spec.type === 'boolean' ? false : spec.type === 'strings' ? [] : spec.default;
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return values;
}

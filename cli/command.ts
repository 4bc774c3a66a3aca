/**
 * The shape of a `trailguard <name>` command. A command is ONE declarative object, in
 * `cli/commands/<name>.ts`, made with `defineCommand`:
 *
 *   export const fooCommand = defineCommand({
 *     name: 'foo',
 *     summary: 'One line for the command list and the help',
 *     options: { events: { type: 'string', placeholder: '<path>', description: '...', required: true }, format: FORMAT_OPTION },
 *     async run(options, io) { ...; return 0; },
 *   });
 *
 * The framework (cli/main.ts, cli/options.ts) gives every command the same behaviour: `--help`/`-h`
 * print the usage to stdout (exit 0), `--version`, an unknown command or option is named with a
 * "did you mean" (exit 2), values outside `allowed` are refused (exit 2), defaults are applied, a
 * closed stdout ends quietly. `run` returns the exit code: 0 ok, 1 findings or failure. Throw
 * UsageError for a usage mistake (exit 2); InputError and ConfigError exit 1 with their message.
 * Shared options (--profiles, --format, --config) live in cli/shared-options.ts.
 */

/** The streams a command writes to, injectable so tests can capture them. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
}

/** One option of a command. */
export interface OptionSpec {
  /** `string` takes one value, `strings` may repeat, `boolean` takes none. */
  readonly type: 'string' | 'strings' | 'boolean';
  /** One line for the help. */
  readonly description: string;
  /** How the value is shown in the help, for example `<file>`. @default "<value>" */
  readonly placeholder?: string;
  /** Used when the option is not given. @default - none */
  readonly default?: string;
  /** The only values accepted. @default - any */
  readonly allowed?: readonly string[];
  /** The command cannot run without it. @default false */
  readonly required?: boolean;
}

type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'strings'
    ? string[]
    : S extends { readonly required: true } | { readonly default: string }
      ? S extends { readonly allowed: readonly (infer A)[] } ? A : string
      : string | undefined;

/** The parsed options, keyed by flag name without the dashes. */
export type OptionValues<O extends Record<string, OptionSpec>> = { readonly [K in keyof O]: OptionValue<O[K]> };

/** One `trailguard <name>` sub-command. */
export interface CommandDefinition<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  readonly name: string;
  readonly summary: string;
  /** Extra text after the option list, such as examples. @default - none */
  readonly epilogue?: string;
  readonly options: O;
  /** Resolves to the exit code: 0 ok, 1 findings or failure. */
  run(options: OptionValues<O>, io: CommandIo): Promise<number>;
}

/** Declares a command; the `const` type parameter keeps `required: true` and `allowed` literal for typing. */
export function defineCommand<const O extends Record<string, OptionSpec>>(definition: CommandDefinition<O>): CommandDefinition<O> {
  return definition;
}

/** A usage problem: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

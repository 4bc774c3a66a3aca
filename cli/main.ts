import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config/config-error';
import { didYouMean } from '../config/did-you-mean';
import { JsonSyntaxError } from '../config/json-file';
import type { CommandDefinition, CommandIo } from './command';
import { UsageError } from './command';
import { commandHelp, mainHelp } from './help';
import { HELP_FLAGS, parseOptions, VERSION_FLAG } from './options';
import { InputError } from './records/input-error';

// Commands load lazily so `trailguard test-pattern` never pays for the AWS provider bindings.
// require() rather than import(): it resolves the same under tsx and in the compiled dist/.
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => CommandDefinition> = {
  explain: () => require('./commands/explain').explainCommand,
  runbook: () => require('./commands/runbook').runbookCommand,
  coverage: () => require('./commands/coverage').coverageCommand,
  replay: () => require('./commands/replay').replayCommand,
  'test-pattern': () => require('./commands/test-pattern').testPatternCommand,
  'validate-logs': () => require('./commands/validate-logs').validateLogsCommand,
  'export-evidence': () => require('./commands/export-evidence').exportEvidenceCommand,
  verify: () => require('./commands/verify').verifyCommand,
  drill: () => require('./commands/drill').drillCommand,
  controls: () => require('./commands/controls').controlsCommand,
};

const processIo: CommandIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** Runs `trailguard <argv>` and resolves to the exit code: 0 ok, 1 findings or failure, 2 usage. */
export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  // Only the top-level help loads every command, for its summary.
  const list = (): CommandDefinition[] => Object.values(COMMANDS).map((load) => load());
  if (name === undefined) {
    io.stderr.write(mainHelp(list()));
    return 2;
  }
  if (HELP_FLAGS.includes(name) || name === 'help') {
    io.stdout.write(mainHelp(list()));
    return 0;
  }
  if (name === VERSION_FLAG) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    const what = name.startsWith('-') ? 'unknown option' : 'unknown command';
    io.stderr.write(`trailguard: ${what} "${name}"${didYouMean(name, Object.keys(COMMANDS))}\n\n${mainHelp(list())}`);
    return 2;
  }
  const command = load();
  if (rest.some((arg) => HELP_FLAGS.includes(arg))) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  if (rest.includes(VERSION_FLAG)) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  try {
    return await command.run(parseOptions(command, rest) as never, io);
  } catch (error) {
    return report(error, command.name, io);
  }
}

/** A known mistake prints its message and no stack trace; usage mistakes exit 2, the rest 1. */
function report(error: unknown, name: string, io: CommandIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`trailguard ${name}: ${error.message}\nRun 'trailguard ${name} --help' for usage.\n`);
    return 2;
  }
  if (error instanceof InputError || error instanceof ConfigError || error instanceof JsonSyntaxError) {
    io.stderr.write(`trailguard ${name}: ${error.message}\n`);
    return 1;
  }
  const detail = process.env.TRAILGUARD_DEBUG === undefined ? (error instanceof Error ? error.message : String(error)) : String(error instanceof Error ? error.stack : error);
  io.stderr.write(`trailguard ${name}: internal error: ${detail}\n(set TRAILGUARD_DEBUG=1 for a stack trace; please report it)\n`);
  return 1;
}

/** The package version, from the package.json above this file (source checkout or installed dist/). */
function version(): string {
  for (let folder = __dirname; folder !== dirname(folder); folder = dirname(folder)) {
    const file = join(folder, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/**
 * A reader that closes the pipe (`trailguard replay ... | head -1`) is not an error: stop quietly
 * with exit 0, as cat and grep do, instead of dying on `write EPIPE`.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`trailguard: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
}

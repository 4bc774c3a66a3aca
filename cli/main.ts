import type { Command, CommandIo } from './command';
import { UsageError } from './command';

// Commands load lazily so `trailguard test-pattern` never pays for the AWS provider bindings.
// require() rather than import(): it resolves the same under tsx and in the compiled dist/.
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => Command> = {
  explain: () => require('./commands/explain').explainCommand,
  'test-pattern': () => require('./commands/test-pattern').testPatternCommand,
  replay: () => require('./commands/replay').replayCommand,
  runbook: () => require('./commands/runbook').runbookCommand,
  controls: () => require('./commands/controls').controlsCommand,
};

const processIo: CommandIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load === undefined) {
    io.stderr.write(`${usage()}\n`);
    return name === undefined || name === '--help' || name === 'help' ? 0 : 2;
  }
  try {
    return await load().run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`trailguard ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function usage(): string {
  return ['usage: trailguard <command> [options]', '', 'commands:', ...Object.keys(COMMANDS).map((c) => `  ${c}`)].join('\n');
}

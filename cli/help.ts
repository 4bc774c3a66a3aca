import type { CommandDefinition } from './command';

const HELP_LINE = { flag: '-h, --help', description: 'Print this help and exit' };

/** The help of one command: usage, summary, every option with its default and allowed values. */
export function commandHelp(command: CommandDefinition): string {
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const value = spec.type === 'boolean' ? '' : ` ${spec.allowed !== undefined ? `<${spec.allowed.join('|')}>` : (spec.placeholder ?? '<value>')}`;
    const notes = [
      spec.required === true ? 'required' : undefined,
      spec.type === 'strings' ? 'repeatable' : undefined,
      spec.default !== undefined ? `default: ${spec.default}` : undefined,
    ].filter((note) => note !== undefined);
    return { flag: `--${name}${value}`, description: `${spec.description}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}` };
  });
  const required = Object.entries(command.options)
    .filter(([, spec]) => spec.required === true)
    .map(([name, spec]) => ` --${name} ${spec.placeholder ?? '<value>'}`)
    .join('');
  return [
    `usage: trailguard ${command.name}${required} [options]`,
    '',
    command.summary,
    '',
    'options:',
    ...table([...rows, HELP_LINE]),
    ...(command.epilogue === undefined ? [] : ['', command.epilogue]),
    '',
  ].join('\n');
}

/** The top-level help: the commands and the shared conventions. */
export function mainHelp(commands: readonly { readonly name: string; readonly summary: string }[]): string {
  return [
    'usage: trailguard <command> [options]',
    '',
    'commands:',
    ...table(commands.map((command) => ({ flag: command.name, description: command.summary }))),
    '',
    "Run 'trailguard <command> --help' for a command's options.",
    'Exit codes: 0 ok, 1 findings or failure, 2 usage error.',
    '',
  ].join('\n');
}

function table(rows: readonly { readonly flag: string; readonly description: string }[]): string[] {
  const width = Math.max(...rows.map((row) => row.flag.length));
  return rows.map((row) => `  ${row.flag.padEnd(width)}  ${row.description}`);
}

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../cli/main';
import { exampleRawConfig } from '../support/example-config';
import { captureIo, runCli } from '../support/io';

const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

// One row per command: what it does with no arguments, and one bad value.
const COMMANDS = [
  { name: 'explain', noArgs: { code: 0, stream: 'out' }, badValue: ['--events-per-day', 'many'], badMessage: '--events-per-day: got "many"; expected a whole number of 0 or more' },
  { name: 'runbook', noArgs: { code: 0, stream: 'out' }, badValue: ['--format', 'md'], badMessage: '--format: got "md"; expected one of: text, json' },
  { name: 'replay', noArgs: { code: 2, stream: 'err' }, badValue: ['--events', '-', '--profiles', 'audit,audit'], badMessage: '--profiles: got "audit,audit" ("audit" given twice)' },
  { name: 'test-pattern', noArgs: { code: 2, stream: 'err' }, badValue: ['--events', '-', '--filter-pattern', '{'], badMessage: 'filter pattern error at position 2' },
] as const;

describe.each(COMMANDS)('trailguard $name follows the shared conventions', ({ name, noArgs, badValue, badMessage }) => {
  it.each([['--help'], ['-h']])('prints usage and options for %s to stdout, exit 0', async (flag) => {
    const run = await runCli([name, flag]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(new RegExp(`^usage: trailguard ${name} `));
    expect(run.out).toContain('\noptions:\n');
    expect(run.out).toContain('  -h, --help');
  });

  it('prints the version for --version, exit 0', async () => {
    expect(await runCli([name, '--version'])).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  it(`with no arguments exits ${noArgs.code}`, async () => {
    const run = await runCli([name]);
    expect(run.code).toBe(noArgs.code);
    if (noArgs.stream === 'err') {
      expect(run.out).toBe('');
      expect(run.err).toMatch(new RegExp(`^trailguard ${name}: .*--events <file\\|folder\\|-> is required\\nRun 'trailguard ${name} --help' for usage\\.\\n$`, 's'));
    } else {
      expect(run.out.length).toBeGreaterThan(100);
    }
  });

  it('names an unknown option with the closest known one, exit 2', async () => {
    const run = await runCli([name, '--confg', 'cdktf.json']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain(`trailguard ${name}: unknown option --confg${name === 'test-pattern' ? '' : '; did you mean --config?'}\n`);
    expect(run.err).not.toMatch(/unexpected argument/);
    expect(run.err).toMatch(/Run 'trailguard [a-z-]+ --help' for usage\.\n$/);
  });

  it('refuses a bad value with the flag, the value and what is allowed, exit 2', async () => {
    const run = await runCli([name, ...badValue]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain(`trailguard ${name}: `);
    expect(run.err).toContain(badMessage);
  });
});

describe('trailguard (no command)', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the commands for %s to stdout, exit 0', async (flag) => {
    const run = await runCli([flag]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    for (const { name } of COMMANDS) expect(run.out).toMatch(new RegExp(`\\n  ${name} +\\S`));
    expect(run.out).toContain('Exit codes: 0 ok, 1 findings or failure, 2 usage error.');
  });

  it('prints the version, exit 0', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  it('prints the commands to stderr when none is given, exit 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^usage: trailguard <command> \[options\]\n/);
  });

  it('names an unknown command with the closest one, exit 2', async () => {
    const run = await runCli(['replai']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^trailguard: unknown command "replai"; did you mean "replay"\?\n/);
  });
});

describe('progress', () => {
  const records = '{"eventName":"X"}\n'.repeat(2500);

  it('shows records, rate and elapsed time on a terminal stderr', async () => {
    const io = captureIo(records);
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    const chunks: string[] = [];
    stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    expect(await main(['replay', '--events', '-', '--format', 'json'], { ...io, stderr })).toBe(0);
    expect(chunks.join('')).toMatch(/replay: 2500 records \| \d+ records\/s \| \d+s/);
    expect(io.out()).not.toContain('records/s');
  });

  it('stays quiet when stderr is not a terminal', async () => {
    const io = captureIo(records);
    expect(await main(['replay', '--events', '-', '--format', 'json'], io)).toBe(0);
    expect(io.err()).toBe('');
  });
});

describe('outside a trailguard app', () => {
  const bareConfig = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-outside-'));
    const file = join(dir, 'trailguard.json');
    writeFileSync(file, JSON.stringify(exampleRawConfig()));
    return file;
  };

  it.each([['explain'], ['runbook']])('%s reads a file holding the trailguard configuration itself', async (command) => {
    const fromBare = await runCli([command, '--config', bareConfig(), '--format', 'json']);
    const fromCdktfJson = await runCli([command, '--config', 'cdktf.json', '--format', 'json']);
    expect(fromBare.code).toBe(0);
    expect(fromBare.err).toBe('');
    expect(JSON.parse(fromBare.out)).toEqual(JSON.parse(fromCdktfJson.out));
  });

  it.each([['explain'], ['runbook']])('%s asks for --config where there is no configuration, exit 2', async (command) => {
    const cwd = process.cwd();
    process.chdir(mkdtempSync(join(tmpdir(), 'tg-outside-')));
    try {
      const run = await runCli([command]);
      expect(run).toEqual({
        code: 2,
        out: '',
        err: `trailguard ${command}: no configuration: no --config given and no ./cdktf.json with context.trailguard; pass --config <file>\nRun 'trailguard ${command} --help' for usage.\n`,
      });
    } finally {
      process.chdir(cwd);
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../cli/main';
import { CORPUS_DIR, corpusRecord } from '../../support/corpus';
import { captureIo, jsonLines } from '../../support/io';
import { toBusEvent } from '../../../patterns/cloudtrail-envelope';

const ROOT_FILE = join(CORPUS_DIR, 'awsdocs-aws-cloudtrail-user-guide', 'root_usage.jsonl'); // 5 Root records

describe('trailguard test-pattern --filter-pattern', () => {
  it('prints one verdict per record line, in order, and a summary on stderr', async () => {
    const io = captureIo();
    const code = await main(['test-pattern', '--filter-pattern', '{$.eventName = ConsoleLogin}', '--events', ROOT_FILE], io);
    expect(code).toBe(0);
    // Lines 1-3 are ConsoleLogin, 4 EnableMFADevice, 5 PasswordUpdated.
    expect(jsonLines(io.out())).toEqual([
      { source: ROOT_FILE, index: 1, line: 1, matched: true },
      { source: ROOT_FILE, index: 2, line: 2, matched: true },
      { source: ROOT_FILE, index: 3, line: 3, matched: true },
      { source: ROOT_FILE, index: 4, line: 4, matched: false },
      { source: ROOT_FILE, index: 5, line: 5, matched: false },
    ]);
    expect(io.err()).toBe('5 records, 3 matched, 0 errors\n');
  });

  it('reads stdin for --events -, skips blank lines but keeps their numbers, and reports bad JSON with exit 1', async () => {
    const io = captureIo('{"eventName":"A"}\n\nnot json\n{"eventName":"B"}\n');
    const code = await main(['test-pattern', '--filter-pattern', '{$.eventName = B}', '--events', '-'], io);
    expect(code).toBe(1);
    const out = jsonLines(io.out()) as Array<Record<string, unknown>>;
    expect(out.map((o) => o.line)).toEqual([1, 3, 4]);
    expect(out[0]).toEqual({ source: 'stdin', index: 1, line: 1, matched: false });
    expect(out[1]).toEqual({ source: 'stdin', index: 2, line: 3, error: expect.stringMatching(/^not JSON \(/) });
    expect(out[2]).toEqual({ source: 'stdin', index: 3, line: 4, matched: true });
    expect(io.err()).toBe('3 records, 1 matched, 1 errors\n');
  });

  it('rejects an invalid pattern with exit 2 and the position', async () => {
    const io = captureIo('');
    expect(await main(['test-pattern', '--filter-pattern', '{$.a = }', '--events', '-'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^trailguard test-pattern: filter pattern error at position 8: expected a value/);
  });

  it('rejects a missing events file with exit 2', async () => {
    const io = captureIo('');
    expect(await main(['test-pattern', '--filter-pattern', '{$.a = 1}', '--events', '/nonexistent/x.jsonl'], io)).toBe(2);
    expect(io.err()).toBe(
      'trailguard test-pattern: --events: cannot read "/nonexistent/x.jsonl": no such file or folder; expected a file, a folder or - for standard input\n' +
        "Run 'trailguard test-pattern --help' for usage.\n",
    );
  });

  it.each([
    [['--events', '-'], /give exactly one of --filter-pattern and --event-pattern/],
    [['--filter-pattern', '{$.a=1}', '--event-pattern', '{"a":[1]}', '--events', '-'], /give exactly one of --filter-pattern and --event-pattern/],
    [['--filter-pattern', '{$.a=1}'], /--events <file\|folder\|-> is required/],
    [['--filter-pattern', '{$.a=1}', '--events', '-', '--bogus'], /unknown option --bogus\n/],
  ])('rejects the usage %j with exit 2', async (args, message) => {
    const io = captureIo('');
    expect(await main(['test-pattern', ...args], io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});

describe('trailguard test-pattern --event-pattern', () => {
  const stopLogging = corpusRecord('stratus-red-team/cloudtrail_changes.jsonl', 3);
  const signIn = corpusRecord('awsdocs-aws-cloudtrail-user-guide/console_login_success_mfa.jsonl', 1);

  it('wraps bare records in the CloudTrail envelope and matches envelopes as they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-'));
    const file = join(dir, 'events.jsonl');
    const signInEnvelope = toBusEvent(signIn);
    writeFileSync(file, [stopLogging, signIn, signInEnvelope, { ...signInEnvelope, 'detail-type': 'Something else' }].map((r) => JSON.stringify(r)).join('\n'));
    const io = captureIo();
    const code = await main(['test-pattern', '--event-pattern', '{"detail-type":["AWS Console Sign In via CloudTrail"],"source":["aws.signin"]}', '--events', file], io);
    expect(code).toBe(0);
    expect(jsonLines(io.out())).toEqual([
      { source: file, index: 1, line: 1, matched: false },
      { source: file, index: 2, line: 2, matched: true },
      { source: file, index: 3, line: 3, matched: true },
      { source: file, index: 4, line: 4, matched: false },
    ]);
  });

  it('rejects a record that is not an object', async () => {
    const io = captureIo('[1,2]\n');
    expect(await main(['test-pattern', '--event-pattern', '{"source":["aws.iam"]}', '--events', '-'], io)).toBe(1);
    expect(jsonLines(io.out())).toEqual([{ source: 'stdin', index: 1, line: 1, error: 'expected a CloudTrail record (a JSON object), got an array' }]);
  });

  it('rejects an invalid event pattern with exit 2 and the path', async () => {
    const io = captureIo('');
    expect(await main(['test-pattern', '--event-pattern', '{"detail":{"eventName":[{"prefx":"Stop"}]}}', '--events', '-'], io)).toBe(2);
    expect(io.err()).toMatch(/^trailguard test-pattern: event pattern detail\.eventName\[0\]: unknown operator "prefx"/);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { main } from '../../../cli/main';
import { InputError, readRecords, type RecordItem } from '../../../cli/records/read-records';
import { toBusEvent } from '../../../patterns/cloudtrail-envelope';
import { CORPUS_DIR } from '../../support/corpus';
import { captureIo, jsonLines } from '../../support/io';

// 38 Root records from one real source: the "incident file" of the issue, in every form it arrives in.
const ROOT_FILE = join(CORPUS_DIR, 'panther-analysis', 'root_usage.jsonl');
const RECORDS = readFileSync(ROOT_FILE, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
const logFile = (records: readonly object[]): string => JSON.stringify({ Records: records });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tg-records-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function collect(path: string, stdin = ''): Promise<RecordItem[]> {
  const items: RecordItem[] = [];
  for await (const item of readRecords('--events', path, Readable.from([stdin]))) items.push(item);
  return items;
}

async function replayJson(path: string, stdin = ''): Promise<{ code: number; out: Array<Record<string, any>>; err: string }> {
  const io = captureIo(stdin);
  const code = await main(['replay', '--events', path, '--format', 'json'], io);
  return { code, out: jsonLines(io.out()) as Array<Record<string, any>>, err: io.err() };
}

describe('readRecords: the forms CloudTrail records come in', () => {
  it('reads a gzip-compressed CloudTrail log file as S3 delivers it, record by record', async () => {
    const file = join(dir, '123456789012_CloudTrail_us-east-1_20261130T0000Z_abc.json.gz');
    writeFileSync(file, gzipSync(logFile(RECORDS)));
    const items = await collect(file);
    expect(items).toHaveLength(RECORDS.length);
    expect(items[0]).toEqual({ source: file, index: 1, record: RECORDS[0] });
    expect(items[RECORDS.length - 1]).toEqual({ source: file, index: RECORDS.length, record: RECORDS[RECORDS.length - 1] });
  });

  it('tells gzip by its content, not its name', async () => {
    const file = join(dir, 'records.json');
    writeFileSync(file, gzipSync(RECORDS.slice(0, 2).map((r) => JSON.stringify(r)).join('\n')));
    expect(await collect(file)).toEqual([
      { source: file, index: 1, line: 1, record: RECORDS[0] },
      { source: file, index: 2, line: 2, record: RECORDS[1] },
    ]);
  });

  it('walks a folder as aws s3 sync leaves it, in S3 key order, skipping digest files', async () => {
    const day = join(dir, 'AWSLogs', 'o-abc', '123456789012', 'CloudTrail', 'us-east-1', '2026', '11', '30');
    mkdirSync(day, { recursive: true });
    mkdirSync(join(dir, 'AWSLogs', 'o-abc', '123456789012', 'CloudTrail-Digest'), { recursive: true });
    writeFileSync(join(dir, 'AWSLogs', 'o-abc', '123456789012', 'CloudTrail-Digest', 'digest.json.gz'), gzipSync('{"digestStartTime":"x"}'));
    // Written out of order: the walk must sort by key, "T0005Z" before "T0010Z", "Z" (0x5a) before "a".
    writeFileSync(join(day, 'x_20261130T0010Z_b.json.gz'), gzipSync(logFile([RECORDS[2]])));
    writeFileSync(join(day, 'x_20261130T0005Z_a.json.gz'), gzipSync(logFile([RECORDS[0], RECORDS[1]])));
    writeFileSync(join(dir, 'AWSLogs', 'Z.jsonl'), `${JSON.stringify(RECORDS[3])}\n`);
    const items = await collect(dir);
    expect(items.map((item) => [item.source.slice(dir.length + 1), item.index, 'record' in item ? item.record : undefined])).toEqual([
      ['AWSLogs/Z.jsonl', 1, RECORDS[3]],
      ['AWSLogs/o-abc/123456789012/CloudTrail/us-east-1/2026/11/30/x_20261130T0005Z_a.json.gz', 1, RECORDS[0]],
      ['AWSLogs/o-abc/123456789012/CloudTrail/us-east-1/2026/11/30/x_20261130T0005Z_a.json.gz', 2, RECORDS[1]],
      ['AWSLogs/o-abc/123456789012/CloudTrail/us-east-1/2026/11/30/x_20261130T0010Z_b.json.gz', 1, RECORDS[2]],
    ]);
  });

  it('reads standard input for -, in any of the forms', async () => {
    expect(await collect('-', logFile(RECORDS.slice(0, 2)))).toEqual([
      { source: 'stdin', index: 1, record: RECORDS[0] },
      { source: 'stdin', index: 2, record: RECORDS[1] },
    ]);
  });

  it('reads several log files in a row, as zcat of a day of files gives them', async () => {
    const items = await collect('-', `${logFile([RECORDS[0]])}${logFile([RECORDS[1]])}\n${logFile([RECORDS[2]])}`);
    expect(items.map((item) => ('record' in item ? item.record : item))).toEqual([RECORDS[0], RECORDS[1], RECORDS[2]]);
  });

  it('unwraps EventBridge events to their CloudTrail record and keeps the event', async () => {
    const event = toBusEvent(RECORDS[0]);
    const finding = { version: '0', 'detail-type': 'GuardDuty Finding', source: 'aws.guardduty', detail: { severity: 8 } };
    expect(await collect('-', `${JSON.stringify(event)}\n${JSON.stringify(finding)}\n`)).toEqual([
      { source: 'stdin', index: 1, line: 1, record: RECORDS[0], busEvent: event },
      { source: 'stdin', index: 2, line: 2, busEvent: finding },
    ]);
  });

  it('reads JSON lines that start with a byte order mark', async () => {
    expect(await collect('-', `\uFEFF${JSON.stringify(RECORDS[0])}\n`)).toEqual([{ source: 'stdin', index: 1, line: 1, record: RECORDS[0] }]);
  });

  it('reads a 50 MB line', async () => {
    // The record is written around a 50 MB buffer: building it as one JavaScript string takes longer than reading it.
    const [before, after] = JSON.stringify({ ...RECORDS[0], requestParameters: { padding: '<padding>' } }).split('<padding>');
    const file = join(dir, 'huge.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(before), Buffer.alloc(50 * 1024 * 1024, 'x'), Buffer.from(`${after}\n${JSON.stringify(RECORDS[1])}\n`)]));
    const items = await collect(file);
    expect(items.map((item) => [item.index, 'record' in item && item.record?.eventName])).toEqual([[1, RECORDS[0].eventName], [2, RECORDS[1].eventName]]);
    expect((items[0] as { record: any }).record.requestParameters.padding).toHaveLength(50 * 1024 * 1024);
  }, 60_000);

  it('refuses a binary file at once with one message, gzipped or not', async () => {
    const binary = Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x0a, 0x7b, 0x0a, 0x03]);
    writeFileSync(join(dir, 'plain.bin'), binary);
    writeFileSync(join(dir, 'zipped.gz'), gzipSync(binary));
    await expect(collect(join(dir, 'plain.bin'))).rejects.toThrow(
      new InputError(`${join(dir, 'plain.bin')}: line 1 is not JSON; expected JSON lines, a CloudTrail log file {"Records":[...]}, or either gzip-compressed`),
    );
    await expect(collect(join(dir, 'zipped.gz'))).rejects.toThrow(/zipped\.gz: line 1 is not JSON \(after gunzip\)/);
  });

  it('refuses text whose first line is not JSON, and a truncated gzip file', async () => {
    await expect(collect('-', '{ this is not json\n{"eventName":"A"}\n')).rejects.toThrow(/^stdin: line 1 is not JSON \(/);
    writeFileSync(join(dir, 'cut.json.gz'), gzipSync(logFile(RECORDS)).subarray(0, 200));
    await expect(collect(join(dir, 'cut.json.gz'))).rejects.toThrow(/cut\.json\.gz: not a valid gzip file \(unexpected end of file\)/);
  });

  it('says so when the input is empty', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '\n\n');
    await expect(collect(join(dir, 'empty.jsonl'))).rejects.toThrow(`--events ${join(dir, 'empty.jsonl')}: no records; the input is empty`);
    await expect(collect('-', '')).rejects.toThrow('--events -: no records; the input is empty');
    await expect(collect(dir)).rejects.toThrow(/no records; the input is empty/);
  });
});

describe('trailguard replay over every input form', () => {
  it('gives the same verdicts for a gzip log file, a folder, stdin and JSON lines, and counts records', async () => {
    writeFileSync(join(dir, 'incident.json.gz'), gzipSync(logFile(RECORDS)));
    const lines = await replayJson(ROOT_FILE);
    const gz = await replayJson(join(dir, 'incident.json.gz'));
    const folder = await replayJson(dir);
    const stdin = await replayJson('-', logFile(RECORDS));
    for (const run of [lines, gz, folder, stdin]) expect(run.code).toBe(0);
    const verdicts = (run: typeof lines) => run.out.slice(0, -1).map((item) => item.fired);
    expect(verdicts(lines)).toHaveLength(RECORDS.length);
    expect(verdicts(gz)).toEqual(verdicts(lines));
    expect(verdicts(folder)).toEqual(verdicts(lines));
    expect(verdicts(stdin)).toEqual(verdicts(lines));
    // Every Root record fires something (37 the root detections; line 6, root creating a key for
    // example-user through the console, the access-key-for-user rule), and the summary counts records, not lines.
    expect(lines.out.at(-1)?.summary).toMatchObject({ records: RECORDS.length, recordsFiring: 38, errors: 0 });
    expect(gz.out.at(-1)?.summary).toEqual(lines.out.at(-1)?.summary);
  });

  it('exits 1 with one message for a binary file, and for an empty one', async () => {
    writeFileSync(join(dir, 'x.bin'), Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    const binary = await replayJson(join(dir, 'x.bin'));
    expect(binary.code).toBe(1);
    expect(binary.out).toEqual([]);
    expect(binary.err).toBe(`trailguard replay: ${join(dir, 'x.bin')}: line 1 is not JSON; expected JSON lines, a CloudTrail log file {"Records":[...]}, or either gzip-compressed\n`);
    const empty = await replayJson('-', '');
    expect(empty.code).toBe(1);
    expect(empty.err).toBe('trailguard replay: --events -: no records; the input is empty\n');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newSigningKey, publicKeySet } from '../../support/cloudtrail-chain';
import { startCloudTrailKeys } from '../../support/cloudtrail-keys-server';
import { chain, corpusPayload } from '../../support/integrity-scenario';
import { jsonLines, runCli } from '../../support/io';
import { putObjects, S3RVER_CREDENTIALS, startS3rver, type LoopbackS3 } from '../../support/s3-server';

// Real servers and real HTTP on a shared machine: seconds, not milliseconds, under load.
jest.setTimeout(120_000);

// The commands build their own SDK clients from the standard environment: endpoints point them at
// s3rver and a ListPublicKeys server on loopback.
const key = newSigningKey();
const rotated = newSigningKey();
const keyless = newSigningKey();
let s3: LoopbackS3;
let keys: Awaited<ReturnType<typeof startCloudTrailKeys>>;
let scratch: string;
const saved = { ...process.env };
const TRAIL_ARGS = ['--trail-arn', 'arn:aws:cloudtrail:us-east-1:111111111111:trail/org-trail', '--start-time', '2026-03-01T00:00:00Z', '--end-time', '2026-03-01T06:00:00Z'];

beforeAll(async () => {
  s3 = await startS3rver();
  keys = await startCloudTrailKeys([key, rotated, keyless]);
  scratch = mkdtempSync(join(tmpdir(), 'trailguard-cli-'));
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ENDPOINT_URL_CLOUDTRAIL: keys.endpoint,
    AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
  });
  delete process.env.AWS_PROFILE;
  await putObjects(s3.client, chain('cli-intact', key, { keyOf: (h) => (h < 3 ? key : rotated) }).objects);
  const tampered = chain('cli-tampered', key);
  tampered.logs[1].body = corpusPayload(321).gzip;
  await putObjects(s3.client, tampered.objects);
}, 120_000);
afterAll(async () => {
  process.env = saved;
  await s3.close();
  await keys.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('trailguard validate-logs', () => {
  it('exits 0 on an intact chain, with keys from ListPublicKeys in every Region walked (paged)', async () => {
    const { code, out } = await runCli(['validate-logs', '--bucket', 'cli-intact', ...TRAIL_ARGS]);
    expect(code).toBe(0);
    expect(out).toContain('6/6 digest files valid, 0 invalid, 0 missing');
    expect(out).toContain('18/18 log files valid, 0 invalid, 0 missing, 0 unlisted');
    const listCalls = keys.requests.filter((r) => String(r.target).endsWith('CloudTrail_20131101.ListPublicKeys'));
    expect(new Set(listCalls.map((r) => r.region))).toEqual(new Set(['us-east-1', 'eu-west-1']));
    expect(listCalls.some((r) => r.NextToken === '2')).toBe(true);
  });

  it('prints one JSON object per finding, then the summary, and exits 1 on a tampered file', async () => {
    const { code, out } = await runCli(['validate-logs', '--bucket', 'cli-tampered', ...TRAIL_ARGS, '--format', 'json']);
    expect(code).toBe(1);
    const lines = jsonLines(out) as Array<Record<string, any>>;
    expect(lines).toHaveLength(6 + 18 + 1);
    expect(lines.filter((l) => l.kind === 'log' && l.status === 'invalid')).toHaveLength(1);
    expect(lines[lines.length - 1]).toEqual({
      summary: { digests: { valid: 6, invalid: 0, missing: 0 }, logs: { valid: 17, invalid: 1, missing: 0, unlisted: 0, overwritten: 0 }, gaps: 0, bundleFiles: 0, from: '2026-03-01T00:00:00.000Z', to: '2026-03-01T06:00:00.000Z' },
    });
  });

  it('reads public keys from a list-public-keys file', async () => {
    const file = join(scratch, 'keys.json');
    writeFileSync(file, JSON.stringify(publicKeySet([key]).toListPublicKeysJson()));
    const { code, out } = await runCli(['validate-logs', '--bucket', 'cli-intact', ...TRAIL_ARGS, '--public-keys', file]);
    // The rotated key is not in the file: the digests it signed cannot be trusted.
    expect(code).toBe(1);
    expect(out).toContain(`DIGEST   INVALID-SIGNATURE s3://cli-intact/`);
    expect(out).toContain(`no public key with fingerprint ${rotated.fingerprint} for this range`);
  });

  it('exports a bundle, then validates it with no AWS access', async () => {
    const bundle = join(scratch, 'bundle');
    const exported = await runCli(['export-evidence', '--bucket', 'cli-intact', ...TRAIL_ARGS, '--out', bundle]);
    expect(exported.code).toBe(0);
    expect(exported.err).toContain(`evidence bundle written to ${bundle}`);
    process.env.AWS_ENDPOINT_URL_S3 = 'http://127.0.0.1:9'; // nothing listens: any AWS call would fail
    process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = 'http://127.0.0.1:9';
    try {
      const { code, out } = await runCli(['validate-logs', '--from-bundle', bundle, '--format', 'json']);
      expect(code).toBe(0);
      expect((jsonLines(out).pop() as any).summary).toMatchObject({ digests: { valid: 6 }, logs: { valid: 18 } });
    } finally {
      process.env.AWS_ENDPOINT_URL_S3 = s3.endpoint;
      process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = keys.endpoint;
    }
  });

  it('prints usage on --help and -h to stdout, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await runCli(['validate-logs', flag]);
      expect([code, err]).toEqual([0, '']);
      expect(out).toMatch(/^usage: trailguard validate-logs \[options\]\n[\s\S]*--bucket <name>[\s\S]*--from-bundle <dir>/);
    }
  });

  it('rejects bad input with every problem at once, exit 2', async () => {
    const { code, out, err } = await runCli(['validate-logs', '--trail-arn', 'trail/x', '--start-time', 'yesterday', '--account', '12', '--region', 'mars', '--format', 'xml', '--concurrency', '0']);
    expect([code, out]).toEqual([2, '']);
    for (const line of [
      '--format: got "xml"; expected one of: text, json',
      '--concurrency: got "0"; expected a whole number from 1 to 256',
      '--bucket is required',
      '--trail-arn: got "trail/x"; expected arn:<partition>:cloudtrail:<region>:<12-digit account>:trail/<name>',
      '--start-time: got "yesterday"; expected an ISO 8601 time',
      '--account: got "12"; expected a 12-digit account id',
      '--region: got "mars"; expected a Region name such as eu-west-1',
    ]) {
      expect(err).toContain(line);
    }
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('rejects a folder that is not a bundle, and online flags with --from-bundle', async () => {
    const notBundle = await runCli(['validate-logs', '--from-bundle', scratch]);
    expect(notBundle).toMatchObject({ code: 2, err: `trailguard validate-logs: ${scratch} is not an evidence bundle: it has no manifest.json\nRun 'trailguard validate-logs --help' for usage.\n` });
    const mixed = await runCli(['validate-logs', '--from-bundle', scratch, '--bucket', 'b']);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('--from-bundle reads the trail, range and keys from the bundle\'s manifest; remove --bucket');
  });

  it('export-evidence refuses a folder that is not empty', async () => {
    const { code, err } = await runCli(['export-evidence', '--bucket', 'cli-intact', ...TRAIL_ARGS, '--out', scratch]);
    expect(code).toBe(2);
    expect(err).toContain(`--out: got "${scratch}"; expected a folder that is empty or does not exist`);
  });
});

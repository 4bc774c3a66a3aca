import { S3EvidenceStore } from '../../integrity/s3-evidence-store';
import type { LogVerdict } from '../../integrity/verdicts';
import { buildChain, newSigningKey, publicKeySet, type SigningKey } from '../support/cloudtrail-chain';
import { collect, corpusPayload, orgStream, START, tally, TRAIL } from '../support/integrity-scenario';
import { putObjects, startS3rver, type LoopbackS3 } from '../support/s3-server';
import { startVersionedS3, type VersionedS3 } from '../support/versioned-s3-server';

// Real servers and real HTTP on a shared machine: seconds, not milliseconds, under load.
jest.setTimeout(120_000);

let s3: LoopbackS3;
let key: SigningKey;
beforeAll(async () => {
  s3 = await startS3rver();
  key = newSigningKey();
}, 120_000);
afterAll(async () => s3.close());

const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];
const REGIONS = ['eu-west-1', 'us-east-1'];

describe('validate-logs over an organization trail', () => {
  it('walks every member account and Region found under the prefix (3 accounts x 2 Regions)', async () => {
    const objects = ACCOUNTS.flatMap((account) =>
      REGIONS.flatMap((region) => buildChain({ trail: TRAIL, stream: orgStream(account, region, 'org'), start: START, hours: 4, logsPerHour: 2, bucketOf: () => 'org', keyOf: () => key, payloadOf: corpusPayload }).objects),
    );
    // One account and Region with a tampered file, to show verdicts keep their stream.
    const victim = objects.find((o) => o.key.includes('/333333333333/CloudTrail/us-east-1/'));
    if (victim === undefined) throw new Error('fixture has no log file for 333333333333 us-east-1');
    victim.body = corpusPayload(500).gzip;
    await putObjects(s3.client, objects);
    const verdicts = await collect(new S3EvidenceStore(s3.client), publicKeySet([key]), 'org', { prefix: 'org', end: new Date(START.getTime() + 4 * 3_600_000) });
    expect(tally(verdicts)).toEqual({ 'digest:valid': 24, 'log:valid': 47, 'log:invalid': 1 });
    const streams = new Set(verdicts.map((v) => (v.kind === 'digest' ? `${v.accountId}/${v.region}` : '')).filter(Boolean));
    expect([...streams].sort()).toEqual(ACCOUNTS.flatMap((a) => REGIONS.map((r) => `${a}/${r}`)));
    expect(verdicts.find((v) => v.kind === 'log' && v.status === 'invalid')).toMatchObject({ accountId: '333333333333', region: 'us-east-1', key: victim.key } satisfies Partial<LogVerdict>);
  });

  it('walks only the accounts and Regions asked for, and reports one asked for but absent as a gap', async () => {
    const verdicts = await collect(new S3EvidenceStore(s3.client), publicKeySet([key]), 'org', {
      prefix: 'org', accounts: ['222222222222'], regions: ['eu-west-1', 'ap-south-1'], end: new Date(START.getTime() + 4 * 3_600_000),
    });
    expect(tally(verdicts)).toEqual({ 'digest:valid': 4, 'log:valid': 8, gap: 1 });
    expect(verdicts.find((v) => v.kind === 'gap')).toMatchObject({ accountId: '222222222222', region: 'ap-south-1', reason: expect.stringMatching(/no digest file in the range/) });
  });

  // s3rver 3.7.1 cannot send a truncated ListObjectsV2 page on Node >= 17 (it mints continuation
  // tokens with DES, which OpenSSL 3 dropped): this scenario runs against the loopback S3 server.
  let paging: VersionedS3;
  beforeAll(async () => {
    paging = await startVersionedS3();
  });
  afterAll(async () => paging.close());

  it('pages through more than 1,000 keys in one prefix', async () => {
    // 1,200 log files in one day folder of one stream, listed by a 4-hour chain: ListObjectsV2 returns 1,000 at most.
    const stream = orgStream('444444444444', 'eu-west-1');
    const built = buildChain({ trail: TRAIL, stream, start: START, hours: 4, logsPerHour: 300, bucketOf: () => 'paged', keyOf: () => key, payloadOf: (n) => corpusPayload(n % 40) });
    const extra = { ...built.logs[1100], key: built.logs[1100].key.replace('_L000000001100', '_M000000001100') };
    await putObjects(paging.client, [...built.objects, extra]);
    const verdicts = await collect(new S3EvidenceStore(paging.client), publicKeySet([key]), 'paged', { end: new Date(START.getTime() + 4 * 3_600_000), concurrency: 16 });
    expect(tally(verdicts)).toEqual({ 'digest:valid': 4, 'log:valid': 1200, 'log:unlisted': 1 });
    // The inserted key sorts after the 1,000th: only a second page finds it.
    expect(built.logs.filter((l) => l.key < extra.key).length).toBeGreaterThan(1000);
    expect(paging.operations.ListObjectsV2).toBeGreaterThanOrEqual(3);
  });
});

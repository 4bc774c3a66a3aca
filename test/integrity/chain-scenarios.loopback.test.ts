import { S3EvidenceStore } from '../../integrity/s3-evidence-store';
import type { DigestVerdict, GapVerdict, LogVerdict } from '../../integrity/verdicts';
import { newSigningKey, publicKeySet, signedDigestObject, type BuiltChain, type SigningKey } from '../support/cloudtrail-chain';
import { chain, collect, corpusPayload, hoursAfterStart, orgStream, tally } from '../support/integrity-scenario';
import { putObjects, startS3rver, type LoopbackS3 } from '../support/s3-server';
import { logKey } from '../../integrity/digest-keys';

// Real servers and real HTTP on a shared machine: seconds, not milliseconds, under load.
jest.setTimeout(120_000);

// Every scenario writes its own bucket on one real s3rver on loopback; validation reads it through
// the real SDK S3 client over HTTP.
let s3: LoopbackS3;
let store: S3EvidenceStore;
let key: SigningKey;
beforeAll(async () => {
  s3 = await startS3rver();
  store = new S3EvidenceStore(s3.client);
  key = newSigningKey();
}, 120_000);
afterAll(async () => s3.close());

async function upload(built: BuiltChain, drop: (o: { key: string }) => boolean = () => false): Promise<void> {
  await putObjects(s3.client, built.objects.filter((o) => !drop(o)));
}

describe('validate-logs over a digest chain', () => {
  it('finds an intact chain valid: 6 digests, 18 log files, no gap', async () => {
    await upload(chain('intact', key));
    const verdicts = await collect(store, publicKeySet([key]), 'intact');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 18 });
  });

  it('reports one altered log file as invalid, with both hashes', async () => {
    const built = chain('altered', key);
    built.logs[4].body = corpusPayload(999).gzip;
    await upload(built);
    const verdicts = await collect(store, publicKeySet([key]), 'altered');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 17, 'log:invalid': 1 });
    const invalid = verdicts.find((v) => v.kind === 'log' && v.status === 'invalid') as LogVerdict;
    expect(invalid).toMatchObject({ key: built.logs[4].key, expectedSha256: corpusPayload(4).sha256Hex, actualSha256: corpusPayload(999).sha256Hex });
  });

  it('reports a deleted log file as missing', async () => {
    const built = chain('deleted', key);
    await upload(built, (o) => o.key === built.logs[7].key);
    const verdicts = await collect(store, publicKeySet([key]), 'deleted');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 17, 'log:missing': 1 });
    expect(verdicts.find((v) => v.kind === 'log' && v.status === 'missing')).toMatchObject({ key: built.logs[7].key });
  });

  it('reports an inserted log file that no digest lists as unlisted', async () => {
    const built = chain('inserted', key);
    const forged = { bucket: 'inserted', key: logKey(orgStream('222222222222', 'eu-west-1'), hoursAfterStart(2.5), 'FORGED0000001'), body: corpusPayload(50).gzip, metadata: {} };
    await upload({ ...built, objects: [...built.objects, forged] });
    const verdicts = await collect(store, publicKeySet([key]), 'inserted');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 18, 'log:unlisted': 1 });
    expect(verdicts.find((v) => v.kind === 'log' && v.status === 'unlisted')).toMatchObject({ key: forged.key });
  });

  it('reports a digest signed by another key as an invalid signature, and its hour as a gap', async () => {
    const other = newSigningKey();
    const built = chain('other-key', key);
    const forged = built.digests[3];
    // Re-signed with a key CloudTrail never published, but naming the real key's fingerprint.
    Object.assign(forged.object, signedDigestObject(forged.digest, { ...other, fingerprint: key.fingerprint }));
    await upload(built);
    const verdicts = await collect(store, publicKeySet([key]), 'other-key');
    // The digest after it names the original signature; the forged digest's logs are vouched for by no valid digest.
    expect(tally(verdicts)).toEqual({ 'digest:valid': 5, 'digest:invalid-signature': 1, 'log:valid': 15, 'log:unlisted': 3, gap: 1 });
    const bad = verdicts.find((v) => v.kind === 'digest' && v.status !== 'valid') as DigestVerdict;
    expect(bad.key).toBe(forged.object.key);
    expect(bad.reason).toMatch(/does not verify with the public key/);
    expect(verdicts.find((v) => v.kind === 'gap')).toMatchObject({ start: '2026-03-01T03:00:00.000Z', end: '2026-03-01T04:00:00.000Z' });
  });

  it('reports a digest deleted in the middle as missing, with the gap it leaves', async () => {
    const built = chain('digest-gap', key);
    await upload(built, (o) => o.key === built.digests[2].object.key);
    const verdicts = await collect(store, publicKeySet([key]), 'digest-gap');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 5, 'digest:missing': 1, 'log:valid': 15, 'log:unlisted': 3, gap: 1 });
    expect(verdicts.find((v) => v.kind === 'digest' && v.status === 'missing')).toMatchObject({ key: built.digests[2].object.key, reason: expect.stringMatching(/named as the predecessor/) });
    const gap = verdicts.find((v) => v.kind === 'gap') as GapVerdict;
    expect([gap.start, gap.end]).toEqual(['2026-03-01T02:00:00.000Z', '2026-03-01T03:00:00.000Z']);
  });

  it('reports three hours without digests (trail stopped) as one gap from stop to restart', async () => {
    const built = chain('stopped', key, { hours: 9, stopped: new Set([3, 4, 5]) });
    await upload(built);
    const verdicts = await collect(store, publicKeySet([key]), 'stopped', { end: hoursAfterStart(9) });
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 18, gap: 1 });
    expect(verdicts.find((v) => v.kind === 'gap')).toMatchObject({ start: '2026-03-01T03:00:00.000Z', end: '2026-03-01T06:00:00.000Z', accountId: '222222222222', region: 'eu-west-1' });
  });

  it('follows the chain into the bucket the trail wrote to before it moved', async () => {
    const built = chain('moved-new', key, { bucketOf: (hour) => (hour < 3 ? 'moved-old' : 'moved-new') });
    await upload(built);
    const verdicts = await collect(store, publicKeySet([key]), 'moved-new');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 18 });
    expect(verdicts.filter((v) => v.kind === 'digest' && v.bucket === 'moved-old')).toHaveLength(3);
  });

  it('verifies across a key rotation, each digest with the key it names', async () => {
    const next = newSigningKey();
    const built = chain('rotation', key, { keyOf: (hour) => (hour < 4 ? key : next) });
    await upload(built);
    expect(tally(await collect(store, publicKeySet([key, next]), 'rotation'))).toEqual({ 'digest:valid': 6, 'log:valid': 18 });
    // Without the second key, the digests it signed cannot be trusted, nor the logs they list.
    const partial = await collect(store, publicKeySet([key]), 'rotation');
    expect(tally(partial)).toMatchObject({ 'digest:valid': 4, 'digest:invalid-signature': 2 });
    expect((partial.find((v) => v.kind === 'digest' && v.status !== 'valid') as DigestVerdict).reason).toBe(`no public key with fingerprint ${next.fingerprint} for this range`);
  });

  it('rejects a digest copied over another hour\'s key as moved from its original location', async () => {
    const built = chain('copied', key);
    // Hour 2's key now holds hour 1's genuine, validly signed digest.
    built.digests[2].object.body = built.digests[1].object.body;
    built.digests[2].object.metadata = built.digests[1].object.metadata;
    await upload(built);
    const verdicts = await collect(store, publicKeySet([key]), 'copied');
    const moved = verdicts.find((v) => v.kind === 'digest' && v.key === built.digests[2].object.key) as DigestVerdict;
    expect(moved.status).toBe('invalid-signature');
    expect(moved.reason).toBe(`digest names its location as copied/${built.digests[1].object.key}: it was moved from its original location`);
    expect(tally(verdicts)).toMatchObject({ 'digest:valid': 5, 'digest:invalid-signature': 1, gap: 1 });
  });

  it('reports a digest inserted under a key of its own, outside the chain', async () => {
    const built = chain('inserted-digest', key);
    const copy = { ...built.digests[1].object, key: built.digests[1].object.key.replace('_20260301T020000Z', '_20260301T023000Z') };
    await upload({ ...built, objects: [...built.objects, copy] });
    const verdicts = await collect(store, publicKeySet([key]), 'inserted-digest');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'digest:invalid-signature': 1, 'log:valid': 18 });
    const outside = verdicts.find((v) => v.kind === 'digest' && v.status !== 'valid') as DigestVerdict;
    expect(outside.key).toBe(copy.key);
    expect(outside.reason).toMatch(/^not in the digest chain \(no later digest names it\); digest names its location as inserted-digest\/.*: it was moved from its original location$/);
  });

  it('reports a digest that is not gzip, or lacks required fields, as invalid format', async () => {
    const built = chain('bad-format', key);
    built.digests[4].object.body = Buffer.from('{"digestEndTime": "2026-03-01T05:00:00Z"}');
    await upload(built);
    const verdicts = await collect(store, publicKeySet([key]), 'bad-format');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 5, 'digest:invalid-format': 1, 'log:valid': 15, 'log:unlisted': 3, gap: 1 });
    expect(verdicts.find((v) => v.kind === 'digest' && v.status === 'invalid-format')).toMatchObject({ key: built.digests[4].object.key, reason: expect.stringMatching(/^not gzip: /) });
  });
});

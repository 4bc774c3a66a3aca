import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { S3EvidenceStore } from '../../integrity/s3-evidence-store';
import type { LogVerdict } from '../../integrity/verdicts';
import { newSigningKey, publicKeySet } from '../support/cloudtrail-chain';
import { chain, collect, corpusPayload, tally } from '../support/integrity-scenario';
import { putObjects } from '../support/s3-server';
import { startVersionedS3, type VersionedS3 } from '../support/versioned-s3-server';

// Real servers and real HTTP on a shared machine: seconds, not milliseconds, under load.
jest.setTimeout(120_000);

// A versioned evidence bucket (what trailguard deploys, with Object Lock): the current version of
// a log file is overwritten and another is deleted, while the originals stay as older versions.
let s3: VersionedS3;
beforeAll(async () => {
  s3 = await startVersionedS3();
});
afterAll(async () => s3.close());

describe('validate-logs --all-versions', () => {
  const key = newSigningKey();
  const built = chain('versioned', key);
  const overwritten = built.logs[5];
  const deleted = built.logs[9];

  beforeAll(async () => {
    await putObjects(s3.client, built.objects);
    await s3.client.send(new PutObjectCommand({ Bucket: 'versioned', Key: overwritten.key, Body: corpusPayload(777).gzip }));
    await s3.client.send(new DeleteObjectCommand({ Bucket: 'versioned', Key: deleted.key }));
  });

  it('without it, reports the overwritten file invalid and the deleted one missing', async () => {
    const verdicts = await collect(new S3EvidenceStore(s3.client), publicKeySet([key]), 'versioned');
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 16, 'log:invalid': 1, 'log:missing': 1 });
  });

  it('with it, finds the original versions intact and says at which version', async () => {
    const before = s3.operations.ListObjectVersions ?? 0;
    const verdicts = await collect(new S3EvidenceStore(s3.client), publicKeySet([key]), 'versioned', { allVersions: true });
    expect(tally(verdicts)).toEqual({ 'digest:valid': 6, 'log:valid': 16, 'log:overwritten': 2 });
    const found = verdicts.filter((v): v is LogVerdict => v.kind === 'log' && v.status === 'overwritten');
    const byKey = new Map(found.map((v) => [v.key, v]));
    expect(byKey.get(overwritten.key)?.reason).toMatch(/^overwritten, original intact at version [0-9a-f-]{36}$/);
    expect(byKey.get(deleted.key)?.reason).toMatch(/^deleted, original intact at version [0-9a-f-]{36}$/);
    // Only the two damaged files send the check through their versions.
    expect((s3.operations.ListObjectVersions ?? 0) - before).toBe(2);
  });
});

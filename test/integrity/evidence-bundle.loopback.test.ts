import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportEvidence } from '../../integrity/bundle-export';
import { objectPath } from '../../integrity/bundle-layout';
import { validateBundle } from '../../integrity/bundle-validate';
import { S3EvidenceStore } from '../../integrity/s3-evidence-store';
import type { Verdict } from '../../integrity/verdicts';
import { newSigningKey, publicKeySet } from '../support/cloudtrail-chain';
import { chain, corpusPayload, hoursAfterStart, orgStream, START, tally, TRAIL } from '../support/integrity-scenario';
import { logKey } from '../../integrity/digest-keys';
import { putObjects, startS3rver, type LoopbackS3 } from '../support/s3-server';

// Real servers and real HTTP on a shared machine: seconds, not milliseconds, under load.
jest.setTimeout(120_000);

let s3: LoopbackS3;
let out: string;
const key = newSigningKey();
const rotated = newSigningKey();
beforeAll(async () => {
  s3 = await startS3rver();
  out = mkdtempSync(join(tmpdir(), 'trailguard-bundle-'));
}, 120_000);
afterAll(async () => {
  await s3.close();
  rmSync(out, { recursive: true, force: true });
});

async function all(iterable: AsyncIterable<Verdict>): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for await (const v of iterable) verdicts.push(v);
  return verdicts;
}

describe('evidence bundle', () => {
  // Key rotation and an inserted file, so the bundle must carry two keys and the unlisted file.
  const built = chain('bundle', key, { keyOf: (hour) => (hour < 3 ? key : rotated) });
  const forged = { bucket: 'bundle', key: logKey(orgStream('222222222222', 'eu-west-1'), hoursAfterStart(1.5), 'FORGED0000001'), body: corpusPayload(60).gzip, metadata: {} };
  let online: Verdict[];

  beforeAll(async () => {
    await putObjects(s3.client, [...built.objects, forged]);
    online = await all(exportEvidence({ store: new S3EvidenceStore(s3.client), publicKeys: publicKeySet([key, rotated]), bucket: 'bundle', trail: TRAIL, start: START, end: hoursAfterStart(6), out }));
  });

  it('exports what it validated and gives the same verdicts offline', async () => {
    expect(tally(online)).toEqual({ 'digest:valid': 6, 'log:valid': 18, 'log:unlisted': 1 });
    const offline = await all(validateBundle({ root: out }));
    const sorted = (vs: Verdict[]) => vs.map((v) => JSON.stringify(v)).sort();
    expect(sorted(offline)).toEqual(sorted(online));
    // Byte for byte, with the signature that S3 kept in metadata beside the digest.
    expect(readFileSync(objectPath(out, 'bundle', built.logs[0].key)).equals(built.logs[0].body)).toBe(true);
    const sidecar = JSON.parse(readFileSync(join(out, 'signatures', 'bundle', `${built.digests[0].object.key}.json`), 'utf8'));
    expect(sidecar).toEqual(built.digests[0].object.metadata);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files)).toHaveLength(6 + 18 + 1 + 6 + 2); // digests, logs, forged, sidecars, keys + README
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('trailguard validate-logs --from-bundle');
  });

  it('detects a file altered after export, against the manifest and the digest', async () => {
    const path = objectPath(out, 'bundle', built.logs[2].key);
    const original = readFileSync(path);
    writeFileSync(path, corpusPayload(61).gzip);
    appendFileSync(join(out, 'extra.txt'), 'added later');
    try {
      const verdicts = await all(validateBundle({ root: out }));
      expect(tally(verdicts)).toEqual({ 'bundle-file:invalid': 1, 'bundle-file:unlisted': 1, 'digest:valid': 6, 'log:valid': 17, 'log:invalid': 1, 'log:unlisted': 1 });
    } finally {
      writeFileSync(path, original);
      rmSync(join(out, 'extra.txt'));
    }
  });
});

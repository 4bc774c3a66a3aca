import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { discoverStreams } from '../../integrity/streams';
import { listPublicKeys } from '../../integrity/list-public-keys';
import { PublicKeySet, readPublicKeyFile } from '../../integrity/public-keys';
import { S3EvidenceStore, s3ClientFromEnvironment } from '../../integrity/s3-evidence-store';
import type { RangeOptions } from './range-options';

/** The S3 store and public keys for an online run, configured the standard SDK way. */
export async function awsSources(range: RangeOptions, publicKeysFile: string | undefined): Promise<{ store: S3EvidenceStore; publicKeys: PublicKeySet; close(): void }> {
  const client = s3ClientFromEnvironment(range.trail.homeRegion);
  const store = new S3EvidenceStore(client);
  if (publicKeysFile !== undefined) return { store, publicKeys: await readPublicKeyFile(publicKeysFile), close: () => client.destroy() };
  // "CloudTrail uses different private and public key pairs per region" (ListPublicKeys): ask
  // every Region whose digests are walked, and the trail's home Region.
  const regions = new Set([range.trail.homeRegion, ...(await discoverStreams(store, range.bucket, range)).map((s) => s.region)]);
  // The digest that covers the range's end is delivered up to an hour after it; the API takes no future time.
  const keysUntil = new Date(Math.min(range.end.getTime() + 3_600_000, Date.now()));
  const keys = [];
  for (const region of regions) {
    const cloudTrail = new CloudTrailClient({ region });
    try {
      keys.push(...(await listPublicKeys(cloudTrail, range.start, keysUntil)).keys);
    } finally {
      cloudTrail.destroy();
    }
  }
  const unique = new Map(keys.map((k) => [k.fingerprint, k]));
  return { store, publicKeys: new PublicKeySet([...unique.values()]), close: () => client.destroy() };
}

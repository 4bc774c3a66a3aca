import { type CloudTrailClient, ListPublicKeysCommand } from '@aws-sdk/client-cloudtrail';
import { PublicKeySet, type TrailPublicKey } from './public-keys';

/** Every public key valid in [start, end], through CloudTrail `ListPublicKeys` (paginated). */
export async function listPublicKeys(client: CloudTrailClient, start: Date, end: Date): Promise<PublicKeySet> {
  const keys: TrailPublicKey[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(new ListPublicKeysCommand({ StartTime: start, EndTime: end, NextToken: nextToken }));
    for (const k of page.PublicKeyList ?? []) {
      if (k.Fingerprint === undefined || k.Value === undefined) continue;
      keys.push({ fingerprint: k.Fingerprint, der: Buffer.from(k.Value), validityStartTime: k.ValidityStartTime, validityEndTime: k.ValidityEndTime });
    }
    nextToken = page.NextToken;
  } while (nextToken !== undefined && nextToken !== '');
  return new PublicKeySet(keys);
}

import { digestKeyTime, streamOfDigestKey, type DigestStream } from './digest-keys';
import type { DigestLogFile } from './digest-file';
import { listDigests, olderThan, type ListedDigest } from './digest-listing';
import { readDigest } from './digest-reader';
import type { EvidenceStore } from './evidence-store';
import type { PublicKeySet } from './public-keys';
import type { TrailIdentity } from './trail-arn';
import type { DigestVerdict, GapVerdict } from './verdicts';

/** What the walk needs to know, the same for every stream of a trail. */
export interface ChainWalkContext {
  readonly store: EvidenceStore;
  readonly keys: PublicKeySet;
  readonly trail: TrailIdentity;
  /** The bucket the trail writes to now; predecessors may live in another one. */
  readonly bucket: string;
  readonly start: Date;
  readonly end: Date;
}

/** A log file a valid digest lists: the walk hands it on to be hashed. */
export interface LogFileToCheck {
  readonly kind: 'log-file';
  readonly file: DigestLogFile;
  readonly digestKey: string;
}

/** The newest and oldest valid digest times of a stream: the window in which every log file must be listed. */
export interface CoveredWindow {
  readonly kind: 'window';
  readonly start: Date;
  readonly end: Date;
}

export type ChainEvent = DigestVerdict | GapVerdict | LogFileToCheck | CoveredWindow;

const HOUR = 3_600_000;
// A digest for the last hour lands some time after that hour ends; do not call its absence a gap.
const DELIVERY_SLACK = 2 * HOUR;

interface Cursor {
  readonly bucket: string;
  readonly key: string;
  /** Set when the cursor came from a successor's `previousDigest*` fields: what this digest must match. */
  readonly named?: { readonly signature: string; readonly hash: string | null; readonly by: string };
}

/**
 * Walks one stream's digest chain backwards from the newest digest in range, as the CloudTrail
 * user guide describes: each digest names its predecessor (`previousDigestS3Bucket`/`Object`), and
 * its signed string includes the predecessor's signature, so one valid digest vouches for the one
 * before. Where the chain is broken (a digest missing or invalid, or `previousDigest*` null after
 * logging restarted) the walk resumes at the next older digest the listing holds. Digests are
 * 24 a day per stream, so the listings are small; log files are yielded one by one, never gathered.
 */
export async function* walkChain(context: ChainWalkContext, stream: DigestStream): AsyncGenerator<ChainEvent> {
  const { store, keys, trail, start, end } = context;
  const listings = new Map<string, ListedDigest[]>();
  const listingOf = async (bucket: string, key: string): Promise<ListedDigest[]> => {
    const id = `${bucket}\n${streamOfDigestKey(key)?.accountPrefix ?? stream.accountPrefix}`;
    let listed = listings.get(id);
    if (listed === undefined) {
      listed = await listDigests(store, bucket, streamOfDigestKey(key) ?? stream, trail, start, end);
      listings.set(id, listed);
    }
    return listed;
  };
  const gap = (from: Date, to: Date, reason: string): GapVerdict => ({
    kind: 'gap', accountId: stream.accountId, region: stream.region, start: from.toISOString(), end: to.toISOString(), reason,
  });

  const initial = await listDigests(store, context.bucket, stream, trail, start, end);
  listings.set(`${context.bucket}\n${stream.accountPrefix}`, initial);
  const newestListed = initial[initial.length - 1];
  if (newestListed === undefined) {
    yield gap(start, end, 'no digest file in the range: logging was off, or the digests were removed');
    return;
  }
  // The oldest valid digest read so far: the one whose start an older digest's end must meet.
  let newer: { start: Date; key: string } | undefined;
  let newestEnd: Date | undefined;
  let cursor: Cursor | undefined = { bucket: context.bucket, key: newestListed.key };
  const visited = new Set<string>();

  while (cursor !== undefined) {
    const { bucket, key } = cursor;
    visited.add(`${bucket}\n${key}`);
    const nameTime = digestKeyTime(streamOfDigestKey(key) ?? stream, trail, key);
    const located = { kind: 'digest' as const, accountId: stream.accountId, region: stream.region, bucket, key };
    const read = await readDigest(store, keys, bucket, key);
    const resumeBefore = async (time: Date | undefined): Promise<Cursor | undefined> => {
      const older = time === undefined ? undefined : olderThan(await listingOf(bucket, key), time);
      return older === undefined ? undefined : { bucket, key: older.key };
    };

    if (read.status === 'missing' || read.status === 'invalid-format') {
      yield read.status === 'missing'
        ? { ...located, status: 'missing', reason: cursor.named ? `named as the predecessor of ${cursor.named.by}, but absent` : 'listed, but absent when read' }
        : { ...located, status: 'invalid-format', reason: read.reason };
      cursor = await resumeBefore(nameTime);
      continue;
    }
    const { digest } = read;
    let status = read.status;
    let reason = read.reason;
    // The successor's signed string covered this digest's signature and hash: a replaced predecessor,
    // even one signed with a valid key, breaks the chain here.
    if (status === 'valid' && cursor.named !== undefined) {
      if (read.signature !== cursor.named.signature) {
        status = 'invalid-signature';
        reason = `its signature differs from the previousDigestSignature named by ${cursor.named.by}`;
      } else if (cursor.named.hash !== null && read.sha256Hex !== cursor.named.hash) {
        status = 'invalid-signature';
        reason = `its SHA-256 differs from the previousDigestHashValue named by ${cursor.named.by}`;
      }
    }
    yield {
      ...located, status, digestStartTime: digest.digestStartTime, digestEndTime: digest.digestEndTime, logFiles: digest.logFiles.length,
      ...(reason === undefined ? {} : { reason }),
    };
    if (status !== 'valid') {
      // Nothing in an invalid digest is trusted: not its times, its log list, nor its predecessor link.
      cursor = await resumeBefore(nameTime ?? new Date(digest.digestEndTime));
      continue;
    }

    const digestStart = new Date(digest.digestStartTime);
    const digestEnd = new Date(digest.digestEndTime);
    if (newer !== undefined && digestEnd.getTime() !== newer.start.getTime()) {
      yield gap(digestEnd, newer.start, `no valid digest between ${key} and ${newer.key}: logging stopped, or a digest was removed`);
    }
    newestEnd ??= digestEnd;
    newer = { start: digestStart, key };
    for (const file of digest.logFiles) yield { kind: 'log-file', file, digestKey: key };

    if (digestStart <= start) break;
    if (digest.previousDigestS3Bucket !== null && digest.previousDigestS3Object !== null && digest.previousDigestSignature !== null) {
      cursor = {
        bucket: digest.previousDigestS3Bucket,
        key: digest.previousDigestS3Object,
        named: { signature: digest.previousDigestSignature, hash: digest.previousDigestHashValue, by: key },
      };
    } else {
      // The first digest after validation was turned on, or after logging restarted.
      cursor = await resumeBefore(digestStart);
    }
  }

  // A digest in the listing that the chain never reached: inserted under a name of its own, or
  // left over from a chain that was replaced. No later digest vouches for it.
  for (const [id, listed] of listings) {
    const bucket = id.slice(0, id.indexOf('\n'));
    for (const entry of listed) {
      if (visited.has(`${bucket}\n${entry.key}`) || (newer !== undefined && entry.end < newer.start)) continue;
      const read = await readDigest(store, keys, bucket, entry.key);
      const status = read.status === 'valid' ? 'invalid-signature' : read.status;
      const why = read.status === 'valid' ? 'validly signed' : 'reason' in read ? read.reason : 'absent when read';
      yield { kind: 'digest', accountId: stream.accountId, region: stream.region, bucket, key: entry.key, status, reason: `not in the digest chain (no later digest names it); ${why}` };
    }
  }

  if (newer === undefined || newestEnd === undefined) return;
  if (newer.start.getTime() > start.getTime() + HOUR) {
    yield gap(start, newer.start, `the oldest valid digest in range, ${newer.key}, starts after the range does`);
  }
  const lastExpected = Math.min(end.getTime(), Date.now() - DELIVERY_SLACK);
  if (newestEnd.getTime() + HOUR < lastExpected) {
    yield gap(newestEnd, new Date(lastExpected), 'no digest after this time: logging stopped, or the newest digests were removed');
  }
  yield { kind: 'window', start: newer.start, end: newestEnd };
}

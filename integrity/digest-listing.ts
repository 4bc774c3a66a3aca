import { dayFolder, digestFolder, digestKeyTime, type DigestStream } from './digest-keys';
import type { EvidenceStore } from './evidence-store';
import type { TrailIdentity } from './trail-arn';

/** A digest key found by listing, with the end time its name carries. */
export interface ListedDigest {
  readonly key: string;
  readonly end: Date;
}

const HOUR = 3_600_000;

/**
 * This trail's digests of one stream whose end lies in [start, end + 1 h], oldest first. The hour
 * after `end` holds the digest that covers `end` itself. Listing starts at the first day folder of
 * the range and stops at the first key past it, so a long-lived bucket is not listed whole.
 */
export async function listDigests(
  store: EvidenceStore,
  bucket: string,
  stream: DigestStream,
  trail: TrailIdentity,
  start: Date,
  end: Date,
): Promise<ListedDigest[]> {
  const last = new Date(end.getTime() + HOUR);
  const listed: ListedDigest[] = [];
  const folder = digestFolder(stream);
  const startAfter = dayFolder(folder, start).slice(0, -1);
  const pastLast = dayFolder(folder, new Date(last.getTime() + 24 * HOUR));
  for await (const key of store.listKeys(bucket, folder, startAfter)) {
    const time = digestKeyTime(stream, trail, key);
    // Keys sort by day folder: once past the last day's folder, everything after is later.
    if (key >= pastLast) break;
    if (time !== undefined && time >= start && time <= last) listed.push({ key, end: time });
  }
  return listed.sort((a, b) => a.end.getTime() - b.end.getTime());
}

/** The newest listed digest that ends before `before`, if any. */
export function olderThan(listed: readonly ListedDigest[], before: Date): ListedDigest | undefined {
  for (let index = listed.length - 1; index >= 0; index--) {
    if (listed[index].end < before) return listed[index];
  }
  return undefined;
}

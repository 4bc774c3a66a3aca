import { dayFolder, logFolder, logKeyTime, type DigestStream } from './digest-keys';
import type { EvidenceStore } from './evidence-store';
import type { LogVerdict } from './verdicts';

const DAY = 86_400_000;

/**
 * Log files of one stream in S3 that no valid digest lists: an inserted file, or one whose digest
 * is gone. Only names whose delivery minute lies in `[from, to)` count: a digest lists the files
 * delivered in its hour, and the name carries the delivery minute, so files outside the window of
 * valid digests may belong to digests outside the range.
 */
export async function* unlistedLogFiles(
  store: EvidenceStore,
  bucket: string,
  stream: DigestStream,
  from: Date,
  to: Date,
  listed: ReadonlySet<string>,
): AsyncGenerator<LogVerdict> {
  const folder = logFolder(stream);
  for (let day = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); day < to.getTime(); day += DAY) {
    for await (const key of store.listKeys(bucket, dayFolder(folder, new Date(day)))) {
      const time = logKeyTime(stream, key);
      if (time === undefined || time < from || time >= to || listed.has(key)) continue;
      yield { kind: 'log', status: 'unlisted', accountId: stream.accountId, region: stream.region, bucket, key, reason: 'in S3, but listed in no valid digest' };
    }
  }
}

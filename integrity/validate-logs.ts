import { BoundedPool } from './bounded-pool';
import { walkChain } from './chain-walk';
import type { EvidenceStore } from './evidence-store';
import { checkLogFile } from './log-check';
import type { PublicKeySet } from './public-keys';
import { discoverStreams } from './streams';
import type { TrailIdentity } from './trail-arn';
import { unlistedLogFiles } from './unlisted-logs';
import type { Verdict } from './verdicts';

/** What to validate and where to read it from. */
export interface ValidateLogsProps {
  /** Where the evidence is read: `S3EvidenceStore` (online) or `BundleEvidenceStore` (an exported bundle). */
  readonly store: EvidenceStore;
  /** The CloudTrail public keys for the range: `listPublicKeys` or `readPublicKeyFile`. */
  readonly publicKeys: PublicKeySet;
  /** The bucket the trail writes to. */
  readonly bucket: string;
  readonly trail: TrailIdentity;
  readonly start: Date;
  readonly end: Date;
  /** The trail's S3 key prefix. @default - none */
  readonly prefix?: string;
  /** Member accounts to walk. @default - every account under the prefix */
  readonly accounts?: readonly string[];
  /** Regions to walk. @default - every Region with digests */
  readonly regions?: readonly string[];
  /** Look through older S3 versions for the original of an altered or deleted log file. @default false */
  readonly allVersions?: boolean;
  /** Log files downloaded and hashed at once. @default 8 */
  readonly concurrency?: number;
}

export const DEFAULT_CONCURRENCY = 8;

/**
 * Validates a trail's log files over a time range and yields one verdict per digest, log file and
 * gap, as they are found. Digest chains are walked one at a time (each digest names its
 * predecessor); log files are hashed `concurrency` at a time while the walk goes on.
 */
export async function* validateLogs(props: ValidateLogsProps): AsyncGenerator<Verdict> {
  const pool = new BoundedPool<Verdict>(props.concurrency ?? DEFAULT_CONCURRENCY);
  const context = { store: props.store, keys: props.publicKeys, trail: props.trail, bucket: props.bucket, start: props.start, end: props.end };
  const streams = await discoverStreams(props.store, props.bucket, props);
  for (const stream of streams) {
    // Keys of this stream's listed log files, to find the unlisted ones: one stream's worth at a time.
    const listed = new Set<string>();
    let window: { start: Date; end: Date } | undefined;
    for await (const event of walkChain(context, stream)) {
      if (event.kind === 'window') {
        window = event;
      } else if (event.kind === 'log-file') {
        if (event.file.s3Bucket === props.bucket) listed.add(event.file.s3Object);
        while (pool.full) yield await pool.next();
        pool.add(() => checkLogFile(props.store, stream, event.file, event.digestKey, props.allVersions ?? false));
      } else {
        yield event;
      }
    }
    if (window !== undefined) {
      const from = new Date(Math.max(window.start.getTime(), props.start.getTime()));
      const to = new Date(Math.min(window.end.getTime(), props.end.getTime()));
      yield* unlistedLogFiles(props.store, props.bucket, stream, from, to, listed);
    }
  }
  while (!pool.empty) yield await pool.next();
}

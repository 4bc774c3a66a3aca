import type { Readable } from 'node:stream';

/** An object as validation reads it: its bytes as a stream and its user metadata (`x-amz-meta-*`). */
export interface StoredObject {
  readonly body: Readable;
  /** User metadata, lower-case names without the `x-amz-meta-` prefix (where CloudTrail puts a digest's signature). */
  readonly metadata: Readonly<Record<string, string>>;
  /** The S3 version read, when the store is versioned. */
  readonly versionId?: string;
}

/** One version of a key, newest first as S3 lists them. */
export interface ObjectVersion {
  readonly versionId: string;
  readonly isLatest: boolean;
}

/**
 * Where evidence is read from: an S3 bucket through the SDK, or an exported bundle on disk. The
 * validation engine sees only this, so online and offline checks are the same code.
 */
export interface EvidenceStore {
  /** Keys that start with `prefix`, in ascending order, after `startAfter` when given. */
  listKeys(bucket: string, prefix: string, startAfter?: string): AsyncIterable<string>;
  /** The folders one level below `prefix` (which ends in `/`), each ending in `/`. */
  listFolders(bucket: string, prefix: string): Promise<string[]>;
  /** The object, or undefined when the key (or version) does not exist. */
  get(bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined>;
  /** Every version of one key, or undefined when the store keeps no versions. */
  listVersions?(bucket: string, key: string): Promise<ObjectVersion[]>;
}

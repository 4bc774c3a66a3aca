import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { FixtureObject } from './cloudtrail-chain';

/** s3rver's fixed test account: the SDK signs real SigV4 requests with it. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** A real S3-compatible server (s3rver) on 127.0.0.1, with a client of the real SDK pointed at it. */
export interface LoopbackS3 {
  readonly endpoint: string;
  readonly client: S3Client;
  close(): Promise<void>;
}

export async function startS3rver(): Promise<LoopbackS3> {
  const directory = mkdtempSync(join(tmpdir(), 'trailguard-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  fixDelimiterListing(server);
  const address = (await server.run()) as { address: string; port: number };
  const endpoint = `http://127.0.0.1:${address.port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
  return {
    endpoint,
    client,
    async close() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Creates the buckets and writes every object with PutObject, metadata included, `concurrency` at a time. */
export async function putObjects(client: S3Client, objects: readonly FixtureObject[], concurrency = 16): Promise<void> {
  for (const bucket of new Set(objects.map((o) => o.bucket))) {
    await client.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: { name?: string }) => {
      if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists') throw error;
    });
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < objects.length) {
      const object = objects[next++];
      await client.send(new PutObjectCommand({ Bucket: object.bucket, Key: object.key, Body: object.body, Metadata: object.metadata }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

interface S3rverListing {
  objects: Array<{ key: string }>;
  commonPrefixes: string[];
  isTruncated: boolean;
}
type ListObjects = (bucket: string, options: { delimiter?: string; prefix?: string; startAfter?: string; maxKeys?: number }) => Promise<S3rverListing>;

/**
 * s3rver 3.7.1 prunes every directory below the first delimiter while walking its file store, so a
 * `Delimiter=/` listing never sees keys two folders deep and returns no CommonPrefixes at all (real
 * S3 returns `AWSLogs/o-…/`). This replaces only that case: it lists without the delimiter and
 * groups the keys as S3 does. Listings without a delimiter, and everything else, are s3rver's own.
 */
function fixDelimiterListing(server: S3rver): void {
  const store = (server as unknown as { store: { listObjects: ListObjects } }).store;
  const original = store.listObjects.bind(store);
  store.listObjects = async (bucket, options) => {
    if (!options.delimiter) return original(bucket, options);
    const prefix = options.prefix ?? '';
    const all = await original(bucket, { ...options, delimiter: undefined, maxKeys: Infinity });
    const commonPrefixes = new Set<string>();
    const objects = all.objects.filter((object) => {
      const at = object.key.slice(prefix.length).indexOf(options.delimiter as string);
      if (at === -1) return true;
      commonPrefixes.add(object.key.slice(0, prefix.length + at + 1));
      return false;
    });
    const maxKeys = options.maxKeys ?? 1000;
    return { objects: objects.slice(0, maxKeys), commonPrefixes: [...commonPrefixes].sort(), isTruncated: objects.length > maxKeys };
  };
}

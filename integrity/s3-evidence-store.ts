import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, ListObjectVersionsCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { EvidenceStore, ObjectVersion, StoredObject } from './evidence-store';

/**
 * An S3 client configured the standard way (credential chain, `AWS_PROFILE`, `AWS_REGION`,
 * `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_S3`: the SDK reads them itself). With an endpoint URL
 * set, requests use path-style addressing: S3-compatible stores (and any endpoint given as an IP
 * address) do not resolve `<bucket>.<host>` names, which virtual-hosted style needs.
 */
export function s3ClientFromEnvironment(fallbackRegion: string, env: NodeJS.ProcessEnv = process.env): S3Client {
  const config: S3ClientConfig = {
    forcePathStyle: env.AWS_ENDPOINT_URL_S3 !== undefined || env.AWS_ENDPOINT_URL !== undefined,
    followRegionRedirects: true,
    // Every byte read is checked against a SHA-256 that a signed digest vouches for; the SDK's own
    // CRC of each response body would be a second pass over the same bytes for no added assurance.
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
  // Without a Region anywhere the SDK refuses to start; the trail's home Region is a sound default.
  if (env.AWS_REGION === undefined && env.AWS_DEFAULT_REGION === undefined && env.AWS_PROFILE === undefined) {
    return new S3Client({ ...config, region: fallbackRegion });
  }
  return new S3Client(config);
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchVersion' || status === 404;
}

/** Evidence read from S3 (or an S3-compatible store) through the AWS SDK v3, streamed. */
export class S3EvidenceStore implements EvidenceStore {
  constructor(private readonly client: S3Client) {}

  async *listKeys(bucket: string, prefix: string, startAfter?: string): AsyncIterable<string> {
    // Each page starts after the last key of the one before (StartAfter) rather than at a
    // continuation token: for a listing without delimiter S3 treats both alike, and the key is
    // something any S3-compatible store understands.
    let after = startAfter;
    for (;;) {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, StartAfter: after }));
      const keys = (page.Contents ?? []).map((object) => object.Key).filter((k): k is string => k !== undefined);
      yield* keys;
      if (page.IsTruncated !== true || keys.length === 0) return;
      after = keys[keys.length - 1];
    }
  }

  async listFolders(bucket: string, prefix: string): Promise<string[]> {
    const folders: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: '/', ContinuationToken: token }));
      for (const common of page.CommonPrefixes ?? []) if (common.Prefix !== undefined) folders.push(common.Prefix);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return folders;
  }

  async get(bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined> {
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
      return { body: response.Body as Readable, metadata: response.Metadata ?? {}, versionId: response.VersionId };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async listVersions(bucket: string, key: string): Promise<ObjectVersion[]> {
    const versions: ObjectVersion[] = [];
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectVersionsCommand({ Bucket: bucket, Prefix: key, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }),
      );
      for (const version of page.Versions ?? []) {
        if (version.Key === key && version.VersionId !== undefined) versions.push({ versionId: version.VersionId, isLatest: version.IsLatest === true });
      }
      const more = page.IsTruncated === true;
      keyMarker = more ? page.NextKeyMarker : undefined;
      versionIdMarker = more ? page.NextVersionIdMarker : undefined;
    } while (keyMarker !== undefined);
    return versions;
  }
}

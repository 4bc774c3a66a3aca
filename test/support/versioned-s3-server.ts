import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';

// s3rver keeps no object versions, so the `--all-versions` scenario runs against this small server
// instead: it speaks the real S3 REST-XML protocol (PutObject, DeleteObject, GetObject?versionId,
// ListObjectsV2, ListObjectVersions) on 127.0.0.1, and the real SDK client crosses real HTTP to it.
// It keeps objects in memory and does not check SigV4 signatures.

interface Version {
  readonly versionId: string;
  readonly body?: Buffer;
  readonly metadata: Record<string, string>;
  readonly deleteMarker: boolean;
  readonly lastModified: Date;
}

export interface VersionedS3 {
  readonly endpoint: string;
  readonly client: S3Client;
  /** Requests served, by S3 operation: tests check the client asked for versions. */
  readonly operations: Record<string, number>;
  close(): Promise<void>;
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function startVersionedS3(): Promise<VersionedS3> {
  const buckets = new Map<string, Map<string, Version[]>>();
  const operations: Record<string, number> = {};
  const count = (operation: string): void => {
    operations[operation] = (operations[operation] ?? 0) + 1;
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => handle(request, Buffer.concat(chunks), response));
  });

  function handle(request: IncomingMessage, body: Buffer, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [bucketName, ...rest] = url.pathname.slice(1).split('/');
    const key = decodeURIComponent(rest.join('/'));
    const bucket = buckets.get(bucketName);
    const send = (status: number, text: string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/xml', ...headers });
      response.end(text);
    };
    const error = (status: number, code: string): void => send(status, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    if (request.method === 'PUT' && key === '') {
      count('CreateBucket');
      buckets.set(bucketName, bucket ?? new Map());
      return send(200, '');
    }
    if (bucket === undefined) return error(404, 'NoSuchBucket');
    if (request.method === 'PUT') {
      count('PutObject');
      const metadata: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (name.startsWith('x-amz-meta-')) metadata[name.slice(11)] = String(value);
      const version: Version = { versionId: randomUUID(), body, metadata, deleteMarker: false, lastModified: new Date() };
      bucket.set(key, [version, ...(bucket.get(key) ?? [])]);
      return send(200, '', { etag: '"0"', 'x-amz-version-id': version.versionId });
    }
    if (request.method === 'DELETE') {
      count('DeleteObject');
      const marker: Version = { versionId: randomUUID(), metadata: {}, deleteMarker: true, lastModified: new Date() };
      bucket.set(key, [marker, ...(bucket.get(key) ?? [])]);
      return send(204, '', { 'x-amz-version-id': marker.versionId, 'x-amz-delete-marker': 'true' });
    }
    if (request.method !== 'GET') return error(405, 'MethodNotAllowed');
    if (key !== '') {
      count('GetObject');
      const versions = bucket.get(key) ?? [];
      const wanted = url.searchParams.get('versionId');
      const version = wanted === null ? versions[0] : versions.find((v) => v.versionId === wanted);
      if (version === undefined || version.deleteMarker || version.body === undefined) return error(404, wanted === null ? 'NoSuchKey' : 'NoSuchVersion');
      const headers: Record<string, string> = { 'content-type': 'application/octet-stream', 'content-length': String(version.body.length), 'x-amz-version-id': version.versionId };
      for (const [name, value] of Object.entries(version.metadata)) headers[`x-amz-meta-${name}`] = value;
      response.writeHead(200, headers);
      return void response.end(version.body);
    }
    const prefix = url.searchParams.get('prefix') ?? '';
    const keys = [...bucket.keys()].filter((k) => k.startsWith(prefix)).sort();
    if (url.searchParams.has('versions')) {
      count('ListObjectVersions');
      const entries = keys.flatMap((k) =>
        (bucket.get(k) ?? []).map((v, index) => {
          const common = `<Key>${xml(k)}</Key><VersionId>${v.versionId}</VersionId><IsLatest>${index === 0}</IsLatest><LastModified>${v.lastModified.toISOString()}</LastModified>`;
          return v.deleteMarker ? `<DeleteMarker>${common}</DeleteMarker>` : `<Version>${common}<ETag>"0"</ETag><Size>${v.body?.length ?? 0}</Size></Version>`;
        }),
      );
      return send(200, `<?xml version="1.0" encoding="UTF-8"?><ListVersionsResult><Name>${bucketName}</Name><Prefix>${xml(prefix)}</Prefix><IsTruncated>false</IsTruncated>${entries.join('')}</ListVersionsResult>`);
    }
    count('ListObjectsV2');
    const delimiter = url.searchParams.get('delimiter');
    const after = url.searchParams.get('continuation-token') ?? url.searchParams.get('start-after') ?? '';
    const maxKeys = Math.min(Number(url.searchParams.get('max-keys') ?? 1000), 1000);
    const contents: string[] = [];
    const prefixes = new Set<string>();
    let last = '';
    let truncated = false;
    for (const k of keys) {
      const latest = bucket.get(k)?.[0];
      if (k <= after || latest === undefined || latest.deleteMarker) continue;
      if (contents.length + prefixes.size >= maxKeys) {
        truncated = true;
        break;
      }
      const at = delimiter === null ? -1 : k.slice(prefix.length).indexOf(delimiter);
      if (at !== -1) prefixes.add(k.slice(0, prefix.length + at + 1));
      else contents.push(`<Contents><Key>${xml(k)}</Key><Size>${latest.body?.length ?? 0}</Size><ETag>"0"</ETag><LastModified>${latest.lastModified.toISOString()}</LastModified></Contents>`);
      last = k;
    }
    const common = [...prefixes].map((p) => `<CommonPrefixes><Prefix>${xml(p)}</Prefix></CommonPrefixes>`).join('');
    const next = truncated ? `<NextContinuationToken>${xml(last)}</NextContinuationToken>` : '';
    send(200, `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${bucketName}</Name><Prefix>${xml(prefix)}</Prefix><KeyCount>${contents.length + prefixes.size}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${next}${contents.join('')}${common}</ListBucketResult>`);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  return {
    endpoint,
    client,
    operations,
    async close() {
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

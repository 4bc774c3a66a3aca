import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** The result of reading one gzip object: SHA-256 of its decompressed content, and both sizes. */
export interface GunzipHash {
  readonly sha256Hex: string;
  readonly compressedBytes: number;
  readonly decompressedBytes: number;
}

/**
 * Hashes the decompressed content of a gzip stream while the bytes arrive: CloudTrail's
 * `hashValue` is "the SHA-256 hash of the uncompressed log file content". Nothing is held whole;
 * memory is the stream's buffers. Rejects on corrupt gzip.
 */
export function gunzipSha256(body: Readable): Promise<GunzipHash> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    // 64 KiB output chunks instead of zlib's 16 KiB: a quarter of the thread-pool round trips and hash calls.
    const gunzip = createGunzip({ chunkSize: 64 * 1024 });
    let compressedBytes = 0;
    let decompressedBytes = 0;
    const fail = (error: Error): void => {
      body.destroy();
      gunzip.destroy();
      reject(error);
    };
    body.on('data', (chunk: Buffer) => {
      compressedBytes += chunk.length;
    });
    body.on('error', fail);
    gunzip.on('error', fail);
    gunzip.on('data', (chunk: Buffer) => {
      decompressedBytes += chunk.length;
      hash.update(chunk);
    });
    gunzip.on('end', () => resolve({ sha256Hex: hash.digest('hex'), compressedBytes, decompressedBytes }));
    body.pipe(gunzip);
  });
}

/** Reads a whole (small) gzip stream: for digest files, which must be parsed as JSON. */
export function gunzipToBuffer(body: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const gunzip = createGunzip();
    const fail = (error: Error): void => {
      body.destroy();
      gunzip.destroy();
      reject(error);
    };
    body.on('error', fail);
    gunzip.on('error', fail);
    gunzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    gunzip.on('end', () => resolve(Buffer.concat(chunks)));
    body.pipe(gunzip);
  });
}

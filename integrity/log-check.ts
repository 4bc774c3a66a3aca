import type { DigestStream } from './digest-keys';
import type { DigestLogFile } from './digest-file';
import type { EvidenceStore } from './evidence-store';
import { gunzipSha256 } from './log-hash';
import type { LogVerdict } from './verdicts';

/**
 * Hashes one listed log file against its digest. With `allVersions`, a current version that is
 * altered or deleted sends the check through the key's older versions: Object Lock keeps the
 * original, so "overwritten, original intact at version …" is a finding, not lost evidence.
 */
export async function checkLogFile(
  store: EvidenceStore,
  stream: DigestStream,
  file: DigestLogFile,
  digestKey: string,
  allVersions: boolean,
): Promise<LogVerdict> {
  const base = { kind: 'log' as const, accountId: stream.accountId, region: stream.region, bucket: file.s3Bucket, key: file.s3Object, digestKey, expectedSha256: file.hashValue };
  if (file.hashAlgorithm !== 'SHA-256') return { ...base, status: 'invalid', reason: `unsupported hashAlgorithm "${file.hashAlgorithm}"` };
  const current = await hashVersion(store, file.s3Bucket, file.s3Object);
  if (current !== undefined && 'sha256Hex' in current && current.sha256Hex === file.hashValue) {
    return { ...base, status: 'valid', actualSha256: current.sha256Hex, compressedBytes: current.compressedBytes };
  }
  if (allVersions && store.listVersions !== undefined) {
    for (const version of await store.listVersions(file.s3Bucket, file.s3Object)) {
      if (version.isLatest) continue;
      const older = await hashVersion(store, file.s3Bucket, file.s3Object, version.versionId);
      if (older !== undefined && 'sha256Hex' in older && older.sha256Hex === file.hashValue) {
        const now = current === undefined ? 'deleted' : 'overwritten';
        return { ...base, status: 'overwritten', intactVersionId: version.versionId, compressedBytes: older.compressedBytes, reason: `${now}, original intact at version ${version.versionId}` };
      }
    }
  }
  if (current === undefined) return { ...base, status: 'missing', reason: 'listed in the digest, absent in S3' };
  if ('error' in current) return { ...base, status: 'invalid', reason: current.error };
  return { ...base, status: 'invalid', actualSha256: current.sha256Hex, compressedBytes: current.compressedBytes, reason: 'SHA-256 of the decompressed content differs from the digest' };
}

async function hashVersion(store: EvidenceStore, bucket: string, key: string, versionId?: string) {
  const object = await store.get(bucket, key, versionId);
  if (object === undefined) return undefined;
  try {
    return await gunzipSha256(object.body);
  } catch (error) {
    return { error: `not a readable gzip file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

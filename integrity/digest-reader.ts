import { parseDigestFile, type DigestFile } from './digest-file';
import type { EvidenceStore } from './evidence-store';
import { gunzipToBuffer } from './log-hash';
import type { PublicKeySet } from './public-keys';
import { DIGEST_SIGNATURE_ALGORITHM, digestStringToSign, sha256Hex, verifyDigestSignature } from './signature';

/** A digest read and checked on its own (its link to the successor is checked by the chain walk). */
export type DigestRead =
  | { readonly status: 'missing' }
  | { readonly status: 'invalid-format'; readonly reason: string }
  | {
      readonly status: 'valid' | 'invalid-signature';
      readonly digest: DigestFile;
      /** Hex SHA-256 of the decompressed digest, which its successor names as `previousDigestHashValue`. */
      readonly sha256Hex: string;
      /** The signature from the object's metadata, which its successor names as `previousDigestSignature`. */
      readonly signature: string | undefined;
      readonly reason?: string;
    };

/** Reads one digest and verifies its signature with the public key whose fingerprint it names. */
export async function readDigest(store: EvidenceStore, keys: PublicKeySet, bucket: string, key: string): Promise<DigestRead> {
  const object = await store.get(bucket, key);
  if (object === undefined) return { status: 'missing' };
  let text: Buffer;
  try {
    text = await gunzipToBuffer(object.body);
  } catch (error) {
    return { status: 'invalid-format', reason: `not gzip: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = parseDigestFile(text.toString('utf8'));
  if ('problems' in parsed) return { status: 'invalid-format', reason: parsed.problems.join('; ') };
  const digest = parsed.digest;
  const hash = sha256Hex(text);
  const signature = object.metadata['signature'];
  const invalid = (reason: string): DigestRead => ({ status: 'invalid-signature', digest, sha256Hex: hash, signature, reason });
  // A digest names where CloudTrail wrote it, and that location is part of the signed string: a digest
  // copied elsewhere (or a key renamed) fails here rather than passing as another hour's digest.
  if (digest.digestS3Bucket !== bucket || digest.digestS3Object !== key) {
    return invalid(`digest names its location as ${digest.digestS3Bucket}/${digest.digestS3Object}: it was moved from its original location`);
  }
  if (signature === undefined) return invalid('the object has no "signature" metadata');
  const algorithm = object.metadata['signature-algorithm'] ?? digest.digestSignatureAlgorithm;
  if (algorithm !== DIGEST_SIGNATURE_ALGORITHM) return invalid(`unsupported signature algorithm "${algorithm}"; expected ${DIGEST_SIGNATURE_ALGORITHM}`);
  const publicKey = keys.find(digest.digestPublicKeyFingerprint);
  if (publicKey === undefined) return invalid(`no public key with fingerprint ${digest.digestPublicKeyFingerprint} for this range`);
  if (!verifyDigestSignature(digestStringToSign(digest, bucket, key, hash), signature, publicKey)) {
    return invalid(`the signature does not verify with the public key ${digest.digestPublicKeyFingerprint}`);
  }
  return { status: 'valid', digest, sha256Hex: hash, signature };
}

import { createHash, createVerify, type KeyObject } from 'node:crypto';
import type { DigestFile } from './digest-file';

/** The only algorithm CloudTrail signs digests with. */
export const DIGEST_SIGNATURE_ALGORITHM = 'SHA256withRSA';

/**
 * The data to sign, from the CloudTrail user guide ("Validating CloudTrail log file integrity",
 * "Custom implementations"): "the string to sign [is] the following, separated by newlines:
 *   - the digestEndTime value in the digest file
 *   - the current S3 path (bucket/key) of the digest file
 *   - the hexadecimal encoded SHA-256 hash of the current digest file [decompressed]
 *   - the hexadecimal encoded signature of the previous digest file"
 * For the first digest of a chain the previous signature is the literal `null`.
 */
export function digestStringToSign(digest: DigestFile, bucket: string, key: string, digestSha256Hex: string): string {
  return [digest.digestEndTime, `${bucket}/${key}`, digestSha256Hex, digest.previousDigestSignature ?? 'null'].join('\n');
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** RSA PKCS#1 v1.5 over SHA-256 ("SHA256withRSA"), the signature given in hex as CloudTrail stores it. */
export function verifyDigestSignature(stringToSign: string, signatureHex: string, publicKey: KeyObject): boolean {
  if (!/^(?:[0-9a-f]{2})+$/i.test(signatureHex)) return false;
  return createVerify('RSA-SHA256').update(stringToSign, 'utf8').verify(publicKey, Buffer.from(signatureHex, 'hex'));
}

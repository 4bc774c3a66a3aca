import { createHash, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { digestKey, logKey, type DigestStream } from '../../integrity/digest-keys';
import type { DigestFile, DigestLogFile } from '../../integrity/digest-file';
import { PublicKeySet } from '../../integrity/public-keys';
import { DIGEST_SIGNATURE_ALGORITHM, digestStringToSign, sha256Hex } from '../../integrity/signature';
import type { TrailIdentity } from '../../integrity/trail-arn';

// Builds CloudTrail-format evidence (log files, hourly digests, signatures in metadata) with a key
// pair of the test's own, following the user guide's "CloudTrail digest file structure" and the
// string to sign of "Validating CloudTrail log file integrity". Tests and the benchmark share it.

/** A CloudTrail-like signing key: the private half signs, the public half is what ListPublicKeys returns. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly der: Buffer;
  readonly fingerprint: string;
}

export function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'pkcs1', format: 'der' });
  return { privateKey, der, fingerprint: createHash('md5').update(der).digest('hex') };
}

export function publicKeySet(keys: readonly SigningKey[]): PublicKeySet {
  return new PublicKeySet(keys.map((k) => ({ fingerprint: k.fingerprint, der: k.der })));
}

/** One object to put: bucket, key, gzip bytes and the user metadata CloudTrail sets. */
export interface FixtureObject {
  readonly bucket: string;
  readonly key: string;
  body: Buffer;
  metadata: Record<string, string>;
}

/** A log file's content, gzip-compressed once, with the hash of its decompressed bytes. */
export interface LogPayload {
  readonly gzip: Buffer;
  readonly sha256Hex: string;
}

export function logPayload(records: readonly object[]): LogPayload {
  const text = Buffer.from(JSON.stringify({ Records: records }));
  return { gzip: gzipSync(text), sha256Hex: sha256Hex(text) };
}

export interface ChainSpec {
  readonly trail: TrailIdentity;
  readonly stream: DigestStream;
  /** The start of the first digest hour. */
  readonly start: Date;
  readonly hours: number;
  readonly logsPerHour: number;
  /** Where the hour's digest and logs are written. @default - the same bucket every hour */
  readonly bucketOf: (hour: number) => string;
  /** The key that signs the hour's digest (keys rotate). */
  readonly keyOf: (hour: number) => SigningKey;
  /** The content of the n-th log file. */
  readonly payloadOf: (index: number) => LogPayload;
  /** Hours with no digest and no logs: the trail was stopped. The next digest starts a new chain. */
  readonly stopped?: ReadonlySet<number>;
}

/** The digests of a built chain, by hour, for tests that change one and re-sign it. */
export interface BuiltDigest {
  readonly hour: number;
  readonly object: FixtureObject;
  readonly digest: DigestFile;
}

export interface BuiltChain {
  readonly objects: FixtureObject[];
  readonly digests: BuiltDigest[];
  readonly logs: FixtureObject[];
}

const HOUR = 3_600_000;

/** Signs a digest as CloudTrail does and returns its object: gzip JSON, signature in metadata. */
export function signedDigestObject(digest: DigestFile, key: SigningKey): { body: Buffer; metadata: Record<string, string>; sha256Hex: string; signature: string } {
  const text = Buffer.from(JSON.stringify(digest));
  const hash = sha256Hex(text);
  const signature = createSign('RSA-SHA256').update(digestStringToSign(digest, digest.digestS3Bucket, digest.digestS3Object, hash)).sign(key.privateKey, 'hex');
  return { body: gzipSync(text), metadata: { signature, 'signature-algorithm': DIGEST_SIGNATURE_ALGORITHM }, sha256Hex: hash, signature };
}

export function buildChain(spec: ChainSpec): BuiltChain {
  const objects: FixtureObject[] = [];
  const digests: BuiltDigest[] = [];
  const logs: FixtureObject[] = [];
  let previous: { bucket: string; key: string; sha256Hex: string; signature: string } | undefined;
  let logIndex = 0;
  for (let hour = 0; hour < spec.hours; hour++) {
    if (spec.stopped?.has(hour)) {
      previous = undefined;
      continue;
    }
    const bucket = spec.bucketOf(hour);
    const hourStart = new Date(spec.start.getTime() + hour * HOUR);
    const hourEnd = new Date(hourStart.getTime() + HOUR);
    const logFiles: DigestLogFile[] = [];
    for (let n = 0; n < spec.logsPerHour; n++) {
      const at = new Date(hourStart.getTime() + Math.floor(((n + 0.5) * HOUR) / spec.logsPerHour));
      const payload = spec.payloadOf(logIndex);
      const key = logKey(spec.stream, at, `L${String(logIndex).padStart(12, '0')}`);
      logIndex++;
      const object: FixtureObject = { bucket, key, body: payload.gzip, metadata: {} };
      objects.push(object);
      logs.push(object);
      logFiles.push({ s3Bucket: bucket, s3Object: key, hashValue: payload.sha256Hex, hashAlgorithm: 'SHA-256', newestEventTime: at.toISOString(), oldestEventTime: at.toISOString() });
    }
    const signingKey = spec.keyOf(hour);
    const digest: DigestFile = {
      awsAccountId: spec.stream.accountId,
      digestStartTime: hourStart.toISOString().replace('.000Z', 'Z'),
      digestEndTime: hourEnd.toISOString().replace('.000Z', 'Z'),
      digestS3Bucket: bucket,
      digestS3Object: digestKey(spec.stream, spec.trail, hourEnd),
      digestPublicKeyFingerprint: signingKey.fingerprint,
      digestSignatureAlgorithm: DIGEST_SIGNATURE_ALGORITHM,
      newestEventTime: logFiles.length > 0 ? hourEnd.toISOString() : null,
      oldestEventTime: logFiles.length > 0 ? hourStart.toISOString() : null,
      previousDigestS3Bucket: previous?.bucket ?? null,
      previousDigestS3Object: previous?.key ?? null,
      previousDigestHashValue: previous?.sha256Hex ?? null,
      previousDigestHashAlgorithm: previous === undefined ? null : 'SHA-256',
      previousDigestSignature: previous?.signature ?? null,
      logFiles,
    };
    const signed = signedDigestObject(digest, signingKey);
    const object: FixtureObject = { bucket, key: digest.digestS3Object, body: signed.body, metadata: signed.metadata };
    objects.push(object);
    digests.push({ hour, object, digest });
    previous = { bucket, key: digest.digestS3Object, sha256Hex: signed.sha256Hex, signature: signed.signature };
  }
  return { objects, digests, logs };
}

import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** One CloudTrail signing key, as `ListPublicKeys` returns it. */
export interface TrailPublicKey {
  readonly fingerprint: string;
  /** The key as CloudTrail gives it: a DER-encoded PKCS#1 RSAPublicKey. */
  readonly der: Buffer;
  readonly validityStartTime?: Date;
  readonly validityEndTime?: Date;
}

/** The keys for a time range, looked up by the fingerprint a digest names. Keys rotate, so a range can hold several. */
export class PublicKeySet {
  private readonly byFingerprint = new Map<string, { readonly entry: TrailPublicKey; readonly key: KeyObject }>();

  constructor(readonly keys: readonly TrailPublicKey[]) {
    for (const entry of keys) {
      this.byFingerprint.set(entry.fingerprint, { entry, key: createPublicKey({ key: entry.der, format: 'der', type: 'pkcs1' }) });
    }
  }

  find(fingerprint: string): KeyObject | undefined {
    return this.byFingerprint.get(fingerprint)?.key;
  }

  /** The JSON `aws cloudtrail list-public-keys` prints, which `fromFile` reads back (the evidence bundle keeps it). */
  toListPublicKeysJson(): object {
    return {
      PublicKeyList: this.keys.map((k) => ({
        Value: k.der.toString('base64'),
        ValidityStartTime: k.validityStartTime?.toISOString(),
        ValidityEndTime: k.validityEndTime?.toISOString(),
        Fingerprint: k.fingerprint,
      })),
    };
  }
}

/** Thrown for a `--public-keys` file that cannot be used; the message names the file and the problem. */
export class PublicKeyFileError extends Error {}

/** Reads the JSON of `aws cloudtrail list-public-keys` (`{ "PublicKeyList": [{ "Value": base64, "Fingerprint", ... }] }`). */
export async function readPublicKeyFile(path: string): Promise<PublicKeySet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PublicKeyFileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let value: { PublicKeyList?: unknown };
  try {
    value = JSON.parse(text) as { PublicKeyList?: unknown };
  } catch (error) {
    throw new PublicKeyFileError(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(value?.PublicKeyList)) throw new PublicKeyFileError(`${path}: expected the JSON of "aws cloudtrail list-public-keys", with a PublicKeyList array`);
  const problems: string[] = [];
  const keys: TrailPublicKey[] = [];
  value.PublicKeyList.forEach((item: Record<string, unknown>, index: number) => {
    if (typeof item?.Fingerprint !== 'string' || typeof item?.Value !== 'string') {
      problems.push(`PublicKeyList[${index}]: Fingerprint and Value (base64 DER) must be strings`);
      return;
    }
    const der = Buffer.from(item.Value, 'base64');
    try {
      createPublicKey({ key: der, format: 'der', type: 'pkcs1' });
    } catch {
      problems.push(`PublicKeyList[${index}] (${item.Fingerprint}): Value is not a base64 DER RSA public key`);
      return;
    }
    keys.push({ fingerprint: item.Fingerprint, der, validityStartTime: toDate(item.ValidityStartTime), validityEndTime: toDate(item.ValidityEndTime) });
  });
  if (problems.length > 0) throw new PublicKeyFileError(`${path}: ${problems.join('; ')}`);
  return new PublicKeySet(keys);
}

function toDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return new Date(value * 1000);
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  return undefined;
}

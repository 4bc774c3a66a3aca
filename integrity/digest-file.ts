// A digest file's content, from the CloudTrail user guide ("CloudTrail digest file structure"). The
// fields validation relies on are checked here, once; everything else is carried through untouched.

/** One entry of a digest's `logFiles` array. */
export interface DigestLogFile {
  readonly s3Bucket: string;
  readonly s3Object: string;
  /** "The hexadecimal encoded hash value of the uncompressed log file content." */
  readonly hashValue: string;
  readonly hashAlgorithm: string;
  readonly newestEventTime?: string;
  readonly oldestEventTime?: string;
}

export interface DigestFile {
  readonly awsAccountId: string;
  readonly digestStartTime: string;
  readonly digestEndTime: string;
  readonly digestS3Bucket: string;
  readonly digestS3Object: string;
  readonly digestPublicKeyFingerprint: string;
  readonly digestSignatureAlgorithm: string;
  readonly newestEventTime: string | null;
  readonly oldestEventTime: string | null;
  /** Null in "the first digest file created after log file integrity validation is started" and after a restart. */
  readonly previousDigestS3Bucket: string | null;
  readonly previousDigestS3Object: string | null;
  readonly previousDigestHashValue: string | null;
  readonly previousDigestHashAlgorithm: string | null;
  readonly previousDigestSignature: string | null;
  readonly logFiles: readonly DigestLogFile[];
}

const REQUIRED_STRINGS = ['digestStartTime', 'digestEndTime', 'digestS3Bucket', 'digestS3Object', 'digestPublicKeyFingerprint'] as const;
const NULLABLE_STRINGS = ['previousDigestS3Bucket', 'previousDigestS3Object', 'previousDigestHashValue', 'previousDigestSignature'] as const;
const LOG_FILE_STRINGS = ['s3Bucket', 's3Object', 'hashValue', 'hashAlgorithm'] as const;

/** Parses decompressed digest text: the digest, or every problem that makes its format invalid. */
export function parseDigestFile(text: string): { digest: DigestFile } | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problems: ['not a JSON object'] };
  const record = { ...(value as Record<string, unknown>) };
  const problems: string[] = [];
  for (const field of REQUIRED_STRINGS) {
    if (typeof record[field] !== 'string') problems.push(`${field} must be a string`);
  }
  for (const field of ['digestStartTime', 'digestEndTime'] as const) {
    if (typeof record[field] === 'string' && Number.isNaN(Date.parse(record[field]))) problems.push(`${field} is not a timestamp`);
  }
  for (const field of NULLABLE_STRINGS) {
    // Absent reads as null (no predecessor), so the chain walk never follows an undefined link.
    record[field] ??= null;
    if (record[field] !== null && typeof record[field] !== 'string') problems.push(`${field} must be a string or null`);
  }
  if (!Array.isArray(record.logFiles)) {
    problems.push('logFiles must be an array');
  } else {
    record.logFiles.forEach((entry, index) => {
      const missing = LOG_FILE_STRINGS.filter((field) => typeof (entry as Record<string, unknown> | null)?.[field] !== 'string');
      if (missing.length > 0) problems.push(`logFiles[${index}]: ${missing.join(', ')} must be strings`);
    });
  }
  return problems.length > 0 ? { problems } : { digest: record as unknown as DigestFile };
}

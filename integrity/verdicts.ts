// What validation reports, one object per finding. Plain data, so the CLI can print it as text or JSON
// and a library caller can act on it. `status: 'valid'` verdicts are reported too: an auditor counts them.

export type LogStatus = 'valid' | 'invalid' | 'missing' | 'unlisted' | 'overwritten';
export type DigestStatus = 'valid' | 'invalid-signature' | 'invalid-format' | 'missing';

interface Located {
  readonly accountId: string;
  readonly region: string;
  readonly bucket: string;
  readonly key: string;
}

/** A log file: its hash against the digest that lists it, or absent, or present but listed by no digest. */
export interface LogVerdict extends Located {
  readonly kind: 'log';
  readonly status: LogStatus;
  /** The digest that lists the file (absent for `unlisted`). */
  readonly digestKey?: string;
  readonly expectedSha256?: string;
  readonly actualSha256?: string;
  /** For `overwritten`: the older S3 version whose content still matches the digest. */
  readonly intactVersionId?: string;
  readonly compressedBytes?: number;
  readonly reason?: string;
}

/** A digest file: signature checked with the key it names, and its link to its predecessor. */
export interface DigestVerdict extends Located {
  readonly kind: 'digest';
  readonly status: DigestStatus;
  readonly digestStartTime?: string;
  readonly digestEndTime?: string;
  readonly logFiles?: number;
  readonly reason?: string;
}

/** A period of an account and Region with no valid digest: logging stopped, or a digest was removed. */
export interface GapVerdict {
  readonly kind: 'gap';
  readonly accountId: string;
  readonly region: string;
  readonly start: string;
  readonly end: string;
  readonly reason: string;
}

/** A file of an evidence bundle that does not match the bundle's manifest. */
export interface BundleFileVerdict {
  readonly kind: 'bundle-file';
  readonly status: 'invalid' | 'missing' | 'unlisted';
  readonly path: string;
  readonly reason: string;
}

export type Verdict = LogVerdict | DigestVerdict | GapVerdict | BundleFileVerdict;

/** True for the verdicts that make `validate-logs` exit 1. */
export function isProblem(verdict: Verdict): boolean {
  if (verdict.kind === 'gap') return true;
  if (verdict.kind === 'log') return verdict.status !== 'valid' && verdict.status !== 'overwritten';
  return verdict.kind === 'bundle-file' || verdict.status !== 'valid';
}

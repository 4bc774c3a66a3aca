import { join } from 'node:path';
import { BundleEvidenceStore } from './bundle-evidence-store';
import { BUNDLE_PUBLIC_KEYS } from './bundle-layout';
import { BundleError, checkManifest, readManifest } from './bundle-manifest';
import { readPublicKeyFile } from './public-keys';
import { parseTrailArn } from './trail-arn';
import { validateLogs } from './validate-logs';
import type { Verdict } from './verdicts';

export interface ValidateBundleProps {
  /** The bundle's folder, as `exportEvidence` wrote it. */
  readonly root: string;
  /** Log files hashed at once. @default 8 */
  readonly concurrency?: number;
}

/** The range a bundle covers, from its manifest: for the summary line. */
export async function bundleRange(root: string): Promise<{ from: Date; to: Date }> {
  const manifest = await readManifest(root);
  return { from: new Date(manifest.from), to: new Date(manifest.to) };
}

/**
 * Checks an evidence bundle with no AWS access: first its files against the manifest, then the
 * digest chain and log hashes exactly as online, with the public keys the bundle carries.
 */
export async function* validateBundle(props: ValidateBundleProps): AsyncGenerator<Verdict> {
  const manifest = await readManifest(props.root);
  const trail = parseTrailArn(manifest.trailArn);
  if (trail === undefined) throw new BundleError(`manifest.json: trailArn "${manifest.trailArn}" is not a trail ARN`);
  yield* checkManifest(props.root, manifest);
  const publicKeys = await readPublicKeyFile(join(props.root, BUNDLE_PUBLIC_KEYS));
  yield* validateLogs({
    store: new BundleEvidenceStore(props.root),
    publicKeys,
    bucket: manifest.bucket,
    trail,
    start: new Date(manifest.from),
    end: new Date(manifest.to),
    prefix: manifest.prefix,
    accounts: manifest.accounts,
    regions: manifest.regions,
    concurrency: props.concurrency,
  });
}

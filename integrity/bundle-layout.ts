import { join } from 'node:path';

// An evidence bundle on disk:
//   s3/<bucket>/<key>               the log and digest files, in their S3 layout, byte for byte
//   signatures/<bucket>/<key>.json  each digest's S3 metadata ({ "signature", "signature-algorithm" }),
//                                   which `aws s3 sync` would drop, and with it the signatures
//   public-keys.json                the JSON of `aws cloudtrail list-public-keys` for the range
//   manifest.json                   what was exported, and the SHA-256 of every other file
//   README.md                       how the recipient checks it
export const BUNDLE_OBJECTS = 's3';
export const BUNDLE_SIGNATURES = 'signatures';
export const BUNDLE_PUBLIC_KEYS = 'public-keys.json';
export const BUNDLE_MANIFEST = 'manifest.json';
export const BUNDLE_README = 'README.md';

export function objectPath(root: string, bucket: string, key: string): string {
  return join(root, BUNDLE_OBJECTS, bucket, ...key.split('/'));
}

export function sidecarPath(root: string, bucket: string, key: string): string {
  return `${join(root, BUNDLE_SIGNATURES, bucket, ...key.split('/'))}.json`;
}

/** manifest.json: the validation's parameters, so the recipient checks exactly what was exported. */
export interface BundleManifest {
  readonly format: 'trailguard-evidence-bundle/1';
  readonly trailArn: string;
  readonly bucket: string;
  readonly prefix?: string;
  readonly accounts?: readonly string[];
  readonly regions?: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly exportedAt: string;
  /** Path (relative, `/`-separated) to hex SHA-256 of the file's bytes, for every file but the manifest. */
  readonly files: Readonly<Record<string, string>>;
}

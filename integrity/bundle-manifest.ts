import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BUNDLE_MANIFEST, type BundleManifest } from './bundle-layout';
import type { BundleFileVerdict } from './verdicts';

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Every file of a bundle but the manifest, as `/`-separated paths relative to its root. */
async function bundleFiles(root: string, folder = root): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await bundleFiles(root, path)));
    else files.push(relative(root, path).split(sep).join('/'));
  }
  return files.filter((f) => f !== BUNDLE_MANIFEST).sort();
}

/** The SHA-256 of every file in the bundle, streamed, for the manifest. */
export async function hashBundleFiles(root: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of await bundleFiles(root)) hashes[file] = await fileSha256(join(root, ...file.split('/')));
  return hashes;
}

/** Thrown when a folder is not an evidence bundle; the message names the folder and what is wrong. */
export class BundleError extends Error {}

export async function readManifest(root: string): Promise<BundleManifest> {
  const text = await readFile(join(root, BUNDLE_MANIFEST), 'utf8').catch(() => {
    throw new BundleError(`${root} is not an evidence bundle: it has no ${BUNDLE_MANIFEST}`);
  });
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(text) as BundleManifest;
  } catch (error) {
    throw new BundleError(`${join(root, BUNDLE_MANIFEST)} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (manifest?.format !== 'trailguard-evidence-bundle/1' || typeof manifest.files !== 'object' || typeof manifest.trailArn !== 'string') {
    throw new BundleError(`${join(root, BUNDLE_MANIFEST)}: expected format "trailguard-evidence-bundle/1" with trailArn, bucket, from, to and files`);
  }
  return manifest;
}

/** Files that differ from the manifest: altered, removed, or added after export. */
export async function* checkManifest(root: string, manifest: BundleManifest): AsyncGenerator<BundleFileVerdict> {
  const present = new Set(await bundleFiles(root));
  for (const [path, expected] of Object.entries(manifest.files)) {
    if (!present.has(path)) {
      yield { kind: 'bundle-file', status: 'missing', path, reason: 'listed in the manifest, absent from the bundle' };
      continue;
    }
    present.delete(path);
    const actual = await fileSha256(join(root, ...path.split('/')));
    if (actual !== expected) yield { kind: 'bundle-file', status: 'invalid', path, reason: `SHA-256 ${actual} differs from the manifest's ${expected}` };
  }
  for (const path of present) yield { kind: 'bundle-file', status: 'unlisted', path, reason: 'in the bundle, but not in its manifest' };
}

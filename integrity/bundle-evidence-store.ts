import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_OBJECTS, objectPath, sidecarPath } from './bundle-layout';
import type { EvidenceStore, StoredObject } from './evidence-store';

/** Evidence read from an exported bundle: the same engine as online, with no AWS access at all. */
export class BundleEvidenceStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  async *listKeys(bucket: string, prefix: string, startAfter?: string): AsyncIterable<string> {
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const keys = (await this.walk(bucket, folder)).filter((key) => key.startsWith(prefix) && (startAfter === undefined || key > startAfter));
    yield* keys.sort();
  }

  async listFolders(bucket: string, prefix: string): Promise<string[]> {
    const entries = await readdir(join(this.root, BUNDLE_OBJECTS, bucket, ...prefix.split('/')), { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory()).map((e) => `${prefix}${e.name}/`).sort();
  }

  async get(bucket: string, key: string, versionId?: string): Promise<StoredObject | undefined> {
    const path = objectPath(this.root, bucket, key);
    // A bundle holds one version of each object: the one validation read when it was exported.
    if (versionId !== undefined || !(await stat(path).then((s) => s.isFile(), () => false))) return undefined;
    const sidecar = await readFile(sidecarPath(this.root, bucket, key), 'utf8').then((t) => JSON.parse(t) as Record<string, string>, () => ({}));
    return { body: createReadStream(path), metadata: sidecar };
  }

  private async walk(bucket: string, folder: string): Promise<string[]> {
    const entries = await readdir(join(this.root, BUNDLE_OBJECTS, bucket, ...folder.split('/')), { withFileTypes: true }).catch(() => []);
    const keys: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) keys.push(...(await this.walk(bucket, `${folder}${entry.name}/`)));
      else keys.push(`${folder}${entry.name}`);
    }
    return keys;
  }
}

import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { BUNDLE_MANIFEST, BUNDLE_PUBLIC_KEYS, BUNDLE_README, objectPath, sidecarPath, type BundleManifest } from './bundle-layout';
import { bundleReadme } from './bundle-readme';
import { hashBundleFiles } from './bundle-manifest';
import type { EvidenceStore, StoredObject } from './evidence-store';
import { validateLogs, type ValidateLogsProps } from './validate-logs';
import type { Verdict } from './verdicts';

/**
 * A store that writes every object validation reads into the bundle as the bytes pass: the bundle
 * holds exactly what was checked, and nothing is downloaded twice or held whole.
 */
class RecordingStore implements EvidenceStore {
  readonly writes: Promise<unknown>[] = [];

  constructor(private readonly inner: EvidenceStore, private readonly root: string) {}

  listKeys(bucket: string, prefix: string, startAfter?: string): AsyncIterable<string> {
    return this.inner.listKeys(bucket, prefix, startAfter);
  }

  listFolders(bucket: string, prefix: string): Promise<string[]> {
    return this.inner.listFolders(bucket, prefix);
  }

  async get(bucket: string, key: string): Promise<StoredObject | undefined> {
    const object = await this.inner.get(bucket, key);
    if (object === undefined) return undefined;
    const path = objectPath(this.root, bucket, key);
    await mkdir(dirname(path), { recursive: true });
    if (Object.keys(object.metadata).length > 0) {
      const sidecar = sidecarPath(this.root, bucket, key);
      await mkdir(dirname(sidecar), { recursive: true });
      await writeFile(sidecar, `${JSON.stringify(object.metadata, null, 2)}\n`);
    }
    const file = createWriteStream(path);
    const reader = new PassThrough();
    object.body.pipe(file);
    object.body.pipe(reader);
    this.writes.push(finished(file));
    return { ...object, body: reader };
  }

  /** Copies an object validation did not read (a log file no digest lists) so the recipient sees it too. */
  async copy(bucket: string, key: string): Promise<void> {
    const object = await this.get(bucket, key);
    object?.body.resume();
  }
}

export interface ExportEvidenceProps extends Omit<ValidateLogsProps, 'allVersions'> {
  /** The folder to write the bundle to (created; must be empty or absent). */
  readonly out: string;
}

/**
 * Validates the range and exports what it read as a self-verifying bundle. Yields the verdicts as
 * `validateLogs` does; the manifest and README are written once every file is on disk.
 */
export async function* exportEvidence(props: ExportEvidenceProps): AsyncGenerator<Verdict> {
  await mkdir(props.out, { recursive: true });
  const recording = new RecordingStore(props.store, props.out);
  for await (const verdict of validateLogs({ ...props, store: recording })) {
    if (verdict.kind === 'log' && verdict.status === 'unlisted') await recording.copy(verdict.bucket, verdict.key);
    yield verdict;
  }
  await Promise.all(recording.writes);
  await writeFile(join(props.out, BUNDLE_PUBLIC_KEYS), `${JSON.stringify(props.publicKeys.toListPublicKeysJson(), null, 2)}\n`);
  const manifestBase = {
    format: 'trailguard-evidence-bundle/1' as const,
    trailArn: props.trail.trailArn,
    bucket: props.bucket,
    ...(props.prefix === undefined ? {} : { prefix: props.prefix }),
    ...(props.accounts === undefined ? {} : { accounts: props.accounts }),
    ...(props.regions === undefined ? {} : { regions: props.regions }),
    from: props.start.toISOString(),
    to: props.end.toISOString(),
    exportedAt: new Date().toISOString(),
  };
  await writeFile(join(props.out, BUNDLE_README), bundleReadme(manifestBase));
  const manifest: BundleManifest = { ...manifestBase, files: await hashBundleFiles(props.out) };
  await writeFile(join(props.out, BUNDLE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { UsageError } from '../command';

/** `-` is standard input. */
export const STDIN = '-';

// A CloudTrail bucket holds digest files beside the logs; they describe log files, they are not records.
const DIGEST_FOLDER = 'CloudTrail-Digest';

/**
 * The files an `--events` argument names: standard input, one file, or every file under a folder
 * in S3 key order (byte order of the relative path), which is how `aws s3 sync` lays a bucket out
 * and how CloudTrail's keys sort by account, Region and time.
 */
export function listSources(flag: string, path: string): string[] {
  if (path === STDIN) return [STDIN];
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`${flag}: cannot read "${path}": no such file or folder; expected a file, a folder or - for standard input`);
  }
  if (!isDirectory) return [path];
  return walk(path)
    .map((file) => ({ file, key: Buffer.from(relative(path, file).split(sep).join('/')) }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ file }) => file);
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === DIGEST_FOLDER) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  });
}

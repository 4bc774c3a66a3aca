import { unwrapRecord } from './envelope';
import { openDecoded, openSource } from './decode';
import { InputError } from './input-error';
import { cloudTrailLogFile, jsonLines, type RawItem } from './layouts';
import { listSources, STDIN } from './sources';

export { InputError } from './input-error';

/** One CloudTrail record read from the input, or why the value at that place is not one. */
export type RecordItem =
  | {
      /** The file it came from, or `stdin`. */
      readonly source: string;
      /** 1-based position of the value within its source. */
      readonly index: number;
      /** 1-based line, for JSON lines. */
      readonly line?: number;
      /** The CloudTrail record; undefined for an EventBridge event that carries none (a GuardDuty finding). */
      readonly record?: Record<string, unknown>;
      /** The EventBridge event as given, when the input was one. */
      readonly busEvent?: Record<string, unknown>;
    }
  | { readonly source: string; readonly index: number; readonly line?: number; readonly error: string };

/**
 * Every CloudTrail record of an `--events` argument, one at a time: JSON lines, CloudTrail's S3
 * delivery format `{"Records":[...]}`, either possibly gzip-compressed; a file, a
 * folder walked in key order, or `-` for standard input; bare records or EventBridge events.
 * Throws InputError for input that is none of these, and for input with no records at all.
 */
export async function* readRecords(flag: string, path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<RecordItem> {
  let values = 0;
  for (const file of listSources(flag, path)) {
    const source = file === STDIN ? 'stdin' : file;
    let index = 0;
    for await (const item of rawItems(source, file, stdin)) {
      index++;
      values++;
      const located = { source, index, ...(item.line === undefined ? {} : { line: item.line }) };
      if ('error' in item) {
        yield { ...located, error: item.error };
        continue;
      }
      const unwrapped = unwrapRecord(item.value);
      yield typeof unwrapped === 'string' ? { ...located, error: unwrapped } : { ...located, ...unwrapped };
    }
  }
  if (values === 0) throw new InputError(`${flag} ${path}: no records; the input is empty`);
}

/** Where an item was, for messages: `file.json.gz record 3` or `file.jsonl line 7`. */
export function describeLocation(item: RecordItem): string {
  return item.line === undefined ? `${item.source} record ${item.index}` : `${item.source} line ${item.line}`;
}

async function* rawItems(source: string, file: string, stdin: NodeJS.ReadableStream): AsyncGenerator<RawItem> {
  try {
    const decoded = await openDecoded(source, openSource(file, stdin));
    if (decoded === undefined) return;
    yield* decoded.layout === 'json-lines' ? jsonLines(source, decoded.bytes) : cloudTrailLogFile(source, decoded.bytes);
  } catch (error) {
    throw asInputError(source, error);
  }
}

function asInputError(source: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) return new InputError(`${source}: not a valid gzip file (${(error as Error).message})`);
  if (code === 'EACCES') return new InputError(`${source}: cannot read: permission denied`);
  return error;
}

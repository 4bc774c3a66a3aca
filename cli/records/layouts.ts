import { createInterface } from 'node:readline';
import { pipeline, type Readable } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/Pick';
import { streamArray } from 'stream-json/streamers/StreamArray';
import { InputError } from './input-error';

/** One value read from a source: where it was, and the value or why it could not be parsed. */
export type RawItem = { readonly line?: number; readonly value: unknown } | { readonly line?: number; readonly error: string };

/**
 * JSON lines, one line at a time, so a million records never sit in memory together. Blank lines
 * are skipped but counted, so line numbers match an editor's. A first line that is not JSON means
 * the source is not JSON lines at all, so it is refused at once instead of line by line.
 */
export async function* jsonLines(name: string, bytes: Readable): AsyncGenerator<RawItem> {
  let line = 0;
  let seenValue = false;
  for await (const read of createInterface({ input: bytes, crlfDelay: Infinity })) {
    line++;
    // A byte order mark (some Windows editors write one) is not part of the first value.
    const text = line === 1 && read.startsWith('\uFEFF') ? read.slice(1) : read;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      if (!seenValue) throw new InputError(`${name}: line ${line} is not JSON (${message(error)}); expected JSON lines, a CloudTrail log file {"Records":[...]}, or either gzip-compressed`);
      yield { line, error: `not JSON (${message(error)})` };
    }
    seenValue = true;
  }
}

/**
 * The elements of `Records` in CloudTrail log files as S3 receives them, streamed by a SAX-style
 * parser so a 1 GB file is never held whole. Several documents in a row (`zcat *.json.gz`) are read
 * one after the other.
 */
export async function* cloudTrailLogFile(name: string, bytes: Readable): AsyncGenerator<RawItem> {
  const elements = streamArray();
  // pipeline hands a parse error in any stage to the last one, where the loop below sees it.
  // streamValues: false emits each string and number whole instead of in chunks: half the tokens.
  pipeline([bytes, parser({ jsonStreaming: true, streamValues: false }), pick({ filter: 'Records' }), elements], () => undefined);
  try {
    for await (const element of elements as AsyncIterable<{ key: number; value: unknown }>) yield { value: element.value };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: not valid JSON (${message(error)})`);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from './input-error';

/** How a source's text is laid out. */
export type TextLayout = 'json-lines' | 'records-document';

const GZIP_MAGIC = [0x1f, 0x8b];
// Enough text to see past whitespace to the first key of a `{"Records":[` document.
const LAYOUT_PEEK_BYTES = 64 * 1024;

/**
 * Opens a source as decompressed bytes and tells its layout from its first bytes: gzip by its magic
 * number whatever the file is called, then `{"Records":` (CloudTrail's S3 delivery format) or JSON
 * lines. A source whose first character cannot start JSON is refused here, before any line is
 * read, so a binary file gives one message rather than one per line.
 */
export async function openDecoded(name: string, input: Readable): Promise<{ readonly layout: TextLayout; readonly bytes: Readable } | undefined> {
  const raw = await peek(input, GZIP_MAGIC.length);
  const gzipped = GZIP_MAGIC.every((byte, i) => raw.head[i] === byte);
  const bytes = gzipped ? gunzip(raw.stream) : raw.stream;
  const text = await peek(bytes, LAYOUT_PEEK_BYTES);
  const start = firstSignificant(text.head);
  if (start === undefined) return undefined;
  const first = String.fromCharCode(text.head[start]);
  if (first !== '{' && first !== '[') {
    throw new InputError(`${name}: line 1 is not JSON${gzipped ? ' (after gunzip)' : ''}; expected JSON lines, a CloudTrail log file {"Records":[...]}, or either gzip-compressed`);
  }
  const layout: TextLayout = /^\{\s*"Records"\s*:/.test(text.head.subarray(start, start + 64).toString('utf8')) ? 'records-document' : 'json-lines';
  return { layout, bytes: text.stream };
}

/** A file or standard input as a byte stream. */
export function openSource(path: string, stdin: NodeJS.ReadableStream): Readable {
  return path === '-' ? Readable.from(stdin as AsyncIterable<Buffer | string>, { objectMode: false }) : createReadStream(path);
}

function gunzip(from: Readable): Readable {
  const unzip = createGunzip();
  // pipeline carries a read error of the file into the gunzip stream, where the reader sees it.
  pipeline(from, unzip, () => undefined);
  return unzip;
}

/** Reads at least `bytes` (or to the end) and hands back those bytes and a stream that still starts with them. */
async function peek(input: Readable, bytes: number): Promise<{ readonly head: Buffer; readonly stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    length += chunk.length;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (done) return;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { head: Buffer.concat(chunks), stream: Readable.from(replay(), { objectMode: false }) };
}

/** The offset of the first byte that is not whitespace or a UTF-8 byte order mark. */
function firstSignificant(head: Buffer): number | undefined {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return i < head.length ? i : undefined;
}

import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** One non-empty input line: its 1-based physical line number and either the parsed value or the parse error. */
export type JsonLine = { readonly line: number; readonly value: unknown } | { readonly line: number; readonly error: string };

/**
 * Streams a JSON-lines file (or stdin for `-`) one line at a time, so a million records never sit in
 * memory together. Blank lines are skipped but still counted, so line numbers match an editor's.
 */
export async function* readJsonLines(source: string, stdin: NodeJS.ReadableStream): AsyncGenerator<JsonLine> {
  const input = source === '-' ? stdin : createReadStream(source, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      yield { line, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** Writes and, when the stream's buffer is full, waits for it to drain (stdout piped into a slow reader). */
export async function writeLine(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(`${text}\n`)) await once(stream as NodeJS.EventEmitter, 'drain');
}

/** A readable error for a missing input file, instead of an ENOENT stack trace. */
export function describeInputError(error: unknown, source: string): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return `cannot read --events ${source}: no such file`;
  if (code === 'EISDIR') return `cannot read --events ${source}: it is a directory`;
  return undefined;
}

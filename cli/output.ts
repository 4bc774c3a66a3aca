import { once } from 'node:events';

/** Writes and, when the stream's buffer is full, waits for it to drain (stdout piped into a slow reader). */
export async function writeLine(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(`${text}\n`)) await once(stream as NodeJS.EventEmitter, 'drain');
}

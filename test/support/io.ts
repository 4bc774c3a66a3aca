import { PassThrough, Readable } from 'node:stream';
import type { CommandIo } from '../../cli/command';

export interface CapturedIo extends CommandIo {
  out(): string;
  err(): string;
}

/** Streams for `main(argv, io)`: stdin from a string, stdout/stderr captured as text. */
export function captureIo(stdin = ''): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as string[], err: [] as string[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => chunks.err.push(c.toString('utf8')));
  return { stdout, stderr, stdin: Readable.from([stdin]), out: () => chunks.out.join(''), err: () => chunks.err.join('') };
}

export function jsonLines(text: string): unknown[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
}

/** Runs `trailguard <args>` in-process and returns the exit code and captured output. */
export async function runCli(args: readonly string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('../../cli/main');
  const io = captureIo(stdin);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

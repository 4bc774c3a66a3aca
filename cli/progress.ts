import { SingleBar } from 'cli-progress';
import type { CommandIo } from './command';

/** Counts work and, on a terminal only, shows it on stderr; piped or redirected, it prints nothing. */
export interface Progress {
  tick(): void;
  stop(): void;
}

const REDRAW_EVERY = 1000;

/** Progress for a long run over records: how many, how fast, how long so far (cli-progress). */
export function recordProgress(io: CommandIo, label: string): Progress {
  if (io.stderr.isTTY !== true) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: `${label}: {value} records | {rate} records/s | {duration_formatted}`,
    stream: io.stderr,
    fps: 5,
    clearOnComplete: true,
    hideCursor: false,
  });
  const started = Date.now();
  let count = 0;
  bar.start(0, 0, { rate: 0 });
  return {
    tick() {
      count++;
      if (count % REDRAW_EVERY === 0) bar.update(count, { rate: Math.round(count / Math.max((Date.now() - started) / 1000, 0.001)) });
    },
    stop() {
      bar.update(count, { rate: Math.round(count / Math.max((Date.now() - started) / 1000, 0.001)) });
      bar.stop();
    },
  };
}

import { UsageError } from './command';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A duration like `90s`, `10m`, `1h` or `2d`, in milliseconds. */
export function parseDuration(flag: string, text: string | undefined): number {
  const match = /^(\d+)(s|m|h|d)$/.exec(text ?? '');
  if (match === null || Number(match[1]) === 0) {
    throw new UsageError(`${flag}: got "${text}"; expected a positive duration such as 90s, 10m, 1h or 2d`);
  }
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

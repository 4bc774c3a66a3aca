type FormatStack = NonNullable<typeof Error.prepareStackTrace>;

/**
 * Runs `build` without the stack traces cdktf records for every token, then restores the
 * formatting that was there.
 *
 * cdktf captures a full stack trace (no depth limit) onto a plain `{ stack }` object for every
 * token and complex attribute it creates, and reads it at once, so V8 formats every frame: about
 * 30% of a synth, and more than half under tsx, where each frame is also source-mapped. The
 * traces only decorate cdktf's token-resolution errors; `TRAILGUARD_TOKEN_TRACES=1` keeps them
 * for debugging one. Errors are still formatted as before, and V8 formats an error's stack when
 * it is first read, so an error thrown here and printed after this returns shows the TypeScript lines.
 */
export function withoutTokenTraces<T>(build: () => T): T {
  if (process.env.TRAILGUARD_TOKEN_TRACES === '1') return build();
  const previous = { format: Error.prepareStackTrace, sourceMaps: process.sourceMapsEnabled };
  process.setSourceMapsEnabled(false);
  Error.prepareStackTrace = skippingTokenTraces(previous.format);
  try {
    return build();
  } finally {
    Error.prepareStackTrace = previous.format;
    process.setSourceMapsEnabled(previous.sourceMaps);
  }
}

/**
 * A stack formatter that gives captures onto plain objects (cdktf's token traces) no stack
 * and formats errors, anything with a message, with `format` (V8's own format when undefined).
 */
export function skippingTokenTraces(format: FormatStack | undefined): FormatStack {
  return (target, frames) => {
    if (typeof target === 'object' && target !== null && !('message' in target)) return '';
    return format === undefined ? `${String(target)}${frames.map((frame) => `\n    at ${String(frame)}`).join('')}` : format(target, frames);
  };
}

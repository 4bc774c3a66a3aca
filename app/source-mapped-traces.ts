/**
 * Runs `build` with source-mapped stack traces switched off, then restores them.
 *
 * cdktf records a full stack trace (no depth limit) for every token and complex attribute
 * it creates. Under tsx or ts-node, source maps are on, so each trace maps every frame
 * through a source map: with 17 Regions that was over a second of a 3-second synth. V8
 * formats an error's stack when it is first read, so an error thrown here and printed
 * after this returns still shows the TypeScript lines.
 */
export function withoutSourceMappedTraces<T>(build: () => T): T {
  const previous = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    return build();
  } finally {
    process.setSourceMapsEnabled(previous);
  }
}

/**
 * Formats stack traces that are not errors without source maps.
 *
 * cdktf records a full stack trace for every token and complex attribute it creates, by
 * capturing a trace onto a plain `{ stack }` object. Jest's source-map-support maps each
 * frame of each such trace, which was 40-50% of the time of a synth-heavy test file. Real
 * errors (anything with a message) still go through the source-mapped formatter, so test
 * failures point at TypeScript lines.
 */
export function formatTokenTracesWithoutSourceMaps(): void {
  const mapped = Error.prepareStackTrace;
  if (mapped === undefined) return;
  Error.prepareStackTrace = (error: unknown, frames: NodeJS.CallSite[]) =>
    typeof error === 'object' && error !== null && 'message' in error
      ? mapped(error as Error, frames)
      : `Trace\n${frames.map((frame) => `    at ${String(frame)}`).join('\n')}`;
}

import { skippingTokenTraces } from '../../app/token-traces';

/**
 * Skips cdktf's token traces for the whole test file (see app/token-traces.ts). Jest's
 * source-map-support would otherwise map every frame of every token's trace, which was 40-50%
 * of the time of a synth-heavy test file. Real errors still go through jest's source-mapped
 * formatter, so test failures point at TypeScript lines.
 */
export function skipTokenTracesInTests(): void {
  Error.prepareStackTrace = skippingTokenTraces(Error.prepareStackTrace);
}

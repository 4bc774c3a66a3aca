import { compileObject } from './compile';
import { EventPatternError } from './errors';

export { EventPatternError } from './errors';
export { parseCidr, cidrContains } from './cidr';

/** An EventBridge event pattern, validated and compiled once. */
export interface CompiledEventPattern {
  readonly pattern: object;
  matches(event: unknown): boolean;
}

/** Validates and compiles an event pattern (an object or its JSON text). Throws `EventPatternError`. */
export function compileEventPattern(pattern: object | string): CompiledEventPattern {
  let parsed: unknown = pattern;
  if (typeof pattern === 'string') {
    try {
      parsed = JSON.parse(pattern);
    } catch (error) {
      throw new EventPatternError('', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const matcher = compileObject(parsed, '');
  return { pattern: parsed as object, matches: (event) => matcher(event) };
}

import type { FilterNode } from './ast';
import { compileNode } from './evaluate';
import type { Predicate } from './evaluate';
import { parseFilterPattern } from './parser';

export type { FilterNode, PathStep, ComparisonOp, Literal } from './ast';
export { PatternSyntaxError } from './errors';
export { MAX_PATTERN_LENGTH, MAX_REGEX_PER_PATTERN, parseFilterPattern } from './parser';

/** A CloudWatch Logs JSON filter pattern, parsed once and ready to evaluate many events. */
export interface CompiledFilterPattern {
  readonly text: string;
  readonly ast: FilterNode;
  /** True when the event (a parsed JSON value, or a JSON string) matches the pattern. */
  matches(event: unknown): boolean;
}

/** Parses and compiles a JSON filter pattern. Throws `PatternSyntaxError` for a pattern AWS would reject. */
export function compileFilterPattern(text: string): CompiledFilterPattern {
  const ast = parseFilterPattern(text);
  const predicate: Predicate = compileNode(ast);
  return {
    text,
    ast,
    matches: (event) => predicate(typeof event === 'string' ? parseLogEvent(event) : event),
  };
}

// A log event that is not JSON cannot match a JSON pattern.
function parseLogEvent(message: string): unknown {
  try {
    return JSON.parse(message);
  } catch {
    return undefined;
  }
}

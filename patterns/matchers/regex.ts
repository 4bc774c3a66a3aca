import { RE2JS } from 're2js';

/**
 * A regular expression evaluated with RE2 semantics (re2js, a pure-JS port of RE2): an automaton, not
 * backtracking, so `a*a*a*a*b` on a long value takes time linear in the value instead of hanging.
 * Unanchored like CloudWatch Logs `%regex%`: it matches anywhere unless the source uses `^` or `$`.
 */
export function compileLinearRegex(source: string): (value: string) => boolean {
  const re = RE2JS.compile(source);
  return (value) => re.matcher(value).find();
}

/** The RE2 parser's message for a source it cannot compile, or undefined when it compiles. */
export function linearRegexError(source: string): string | undefined {
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

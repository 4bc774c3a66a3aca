// Evaluations per second for the patterns that hang a backtracking engine, on the values that
// hang it. Linear-time matching keeps them in the same range as an ordinary pattern.
import { compileEventPattern } from '../../patterns/event-pattern';
import { compileFilterPattern } from '../../patterns/filter-pattern';

interface WorstCase {
  readonly name: string;
  readonly matches: () => boolean;
}

const WORST_CASES: readonly WorstCase[] = [
  worstFilter('filter %a*a*a*a*a*a*a*a*a*a*a*a*b%, 40-char value', '{ $.userAgent = %a*a*a*a*a*a*a*a*a*a*a*a*b% }', 'a'.repeat(40)),
  worstFilter('filter %.*.*.*.*.*.*.*.*=%, 5,000-char value', '{ $.userAgent = %.*.*.*.*.*.*.*.*=% }', 'x'.repeat(5000)),
  worstWildcard('wildcard *a*a*a*a*a*a*a*b, 5,000-char value', '*a*a*a*a*a*a*a*b', 'a'.repeat(5000)),
];

function worstFilter(name: string, pattern: string, value: string): WorstCase {
  const compiled = compileFilterPattern(pattern);
  const record = { userAgent: value };
  return { name, matches: () => compiled.matches(record) };
}

function worstWildcard(name: string, wildcard: string, value: string): WorstCase {
  const compiled = compileEventPattern({ detail: { userAgent: [{ wildcard }] } });
  const event = { detail: { userAgent: value } };
  return { name, matches: () => compiled.matches(event) };
}

/** Runs each worst case for about `seconds` and returns one line per case. */
export function benchWorstPatterns(seconds = 1): string[] {
  return WORST_CASES.map(({ name, matches }) => {
    for (let i = 0; i < 1000; i++) matches(); // warm-up
    let evaluations = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < seconds) {
      for (let i = 0; i < 1000; i++) if (matches()) throw new Error(`${name} matched; the worst case must not match`);
      evaluations += 1000;
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    }
    return `${name}: ${Math.round(evaluations / elapsed).toLocaleString('en-US')} evaluations/s`;
  });
}

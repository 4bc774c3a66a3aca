import fc from 'fast-check';
import { compileLinearRegex } from '../../../patterns/matchers/regex';
import { compileWildcardSegments } from '../../../patterns/matchers/wildcard';
import { compileEventPattern } from '../../../patterns/event-pattern';
import { compileFilterPattern } from '../../../patterns/filter-pattern';

// Generous bounds: a backtracking engine needs minutes or more on these inputs, a linear one
// well under a millisecond. The bound only has to separate the two on a loaded shared machine.
const LONG_VALUE_BUDGET_MS = 250;
const LONG = 20_000;

function elapsedMs(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Reference glob matcher: plain recursion, exponential in the worst case, fine on short inputs. */
function referenceGlob(pattern: string, value: string): boolean {
  if (pattern === '') return value === '';
  if (pattern[0] === '*') return referenceGlob(pattern.slice(1), value) || (value !== '' && referenceGlob(pattern, value.slice(1)));
  return value !== '' && value[0] === pattern[0] && referenceGlob(pattern.slice(1), value.slice(1));
}

const globPattern = fc.array(fc.constantFrom('a', 'b', '*'), { maxLength: 12 }).map((chars) => chars.join(''));
const shortValue = fc.array(fc.constantFrom('a', 'b'), { maxLength: 12 }).map((chars) => chars.join(''));
const longValue = fc
  .tuple(fc.constantFrom('a', 'b', 'ab', 'aab'), fc.constantFrom('', 'b', 'ba', 'c'))
  .map(([unit, tail]) => unit.repeat(Math.ceil(LONG / unit.length)) + tail);

// CloudWatch Logs regex has no groups: atoms, classes, quantifiers, alternation and anchors.
// RE2 refuses a repeated repetition (`a{1,3}*`), so a counted piece takes no further quantifier.
const regexAtom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '\\d');
const regexPiece = fc.oneof(
  fc.tuple(regexAtom, fc.constantFrom('', '*', '+', '?')).map(([atom, q]) => atom + q),
  fc.constantFrom('a{1,3}', 'b{2}'),
);
const regexBranch = fc.array(regexPiece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
const regexSource = fc
  .tuple(fc.boolean(), fc.array(regexBranch, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([start, branches, end]) => branches.map((branch) => `${start ? '^' : ''}${branch}${end ? '$' : ''}`).join('|'));

describe('wildcard matcher', () => {
  it('agrees with a reference matcher on short inputs', () => {
    fc.assert(
      fc.property(globPattern, shortValue, (pattern, value) => compileWildcardSegments(pattern.split('*'))(value) === referenceGlob(pattern, value)),
      { numRuns: 5000 },
    );
  });

  it('takes linear time on long values, whatever the pattern', () => {
    fc.assert(
      fc.property(globPattern, longValue, (pattern, value) => {
        const matches = compileWildcardSegments(pattern.split('*'));
        return elapsedMs(() => matches(value)) < LONG_VALUE_BUDGET_MS;
      }),
      { numRuns: 300 },
    );
  });
});

describe('regex matcher', () => {
  it('agrees with the JavaScript engine on short inputs', () => {
    fc.assert(
      fc.property(regexSource, shortValue, (source, value) => compileLinearRegex(source)(value) === new RegExp(source).test(value)),
      { numRuns: 3000 },
    );
  });

  it('takes linear time on long values, whatever the pattern', () => {
    fc.assert(
      fc.property(regexSource, longValue, (source, value) => {
        const matches = compileLinearRegex(source);
        return elapsedMs(() => matches(value)) < LONG_VALUE_BUDGET_MS;
      }),
      { numRuns: 300 },
    );
  });
});

describe('patterns that hang a backtracking engine', () => {
  it('evaluates the filter regex %a*a*a*a*a*a*a*a*a*a*a*a*b% on a 40-character value', () => {
    const pattern = compileFilterPattern('{ $.userAgent = %a*a*a*a*a*a*a*a*a*a*a*a*b% }');
    const record = { userAgent: 'a'.repeat(40) };
    expect(elapsedMs(() => expect(pattern.matches(record)).toBe(false))).toBeLessThan(LONG_VALUE_BUDGET_MS);
    expect(pattern.matches({ userAgent: `${'a'.repeat(40)}b` })).toBe(true);
  });

  it('evaluates the filter regex %.*.*.*.*.*.*.*.*=% on a long value', () => {
    const pattern = compileFilterPattern('{ $.userAgent = %.*.*.*.*.*.*.*.*=% }');
    const record = { userAgent: 'x'.repeat(LONG) };
    expect(elapsedMs(() => expect(pattern.matches(record)).toBe(false))).toBeLessThan(LONG_VALUE_BUDGET_MS);
    expect(pattern.matches({ userAgent: 'key=value' })).toBe(true);
  });

  it('evaluates the EventBridge wildcard *a*a*a*a*a*a*a*b on a 5,000-character value', () => {
    const pattern = compileEventPattern({ detail: { userAgent: [{ wildcard: '*a*a*a*a*a*a*a*b' }] } });
    const event = { detail: { userAgent: 'a'.repeat(5000) } };
    expect(elapsedMs(() => expect(pattern.matches(event)).toBe(false))).toBeLessThan(LONG_VALUE_BUDGET_MS);
    expect(pattern.matches({ detail: { userAgent: `${'a'.repeat(5000)}b` } })).toBe(true);
  });

  it('rejects a filter regex RE2 cannot compile, naming the position and the reason', () => {
    expect(() => compileFilterPattern('{ $.userAgent = %a{2,1}% }')).toThrow(/position 18.*a valid regular expression.*a\{2,1\}/);
  });
});

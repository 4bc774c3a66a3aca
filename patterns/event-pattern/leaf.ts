import { cidrContains, parseCidr } from './cidr';
import { EventPatternError } from './errors';
import { compileWildcardSegments } from '../matchers/wildcard';

/** Tests one scalar taken from the event (a string, number, boolean or null). */
export type ValueTest = (value: unknown) => boolean;

/**
 * What one element of a leaf array asks for. `exists` is special: it is about the field's presence,
 * not about any one of its values, so it is kept apart from the value tests.
 */
export type LeafMatcher = { readonly kind: 'value'; readonly test: ValueTest } | { readonly kind: 'exists'; readonly exists: boolean };

const OPERATORS = ['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'cidr', 'exists'] as const;

/** Compiles one element of a leaf array such as `"detail.eventName": ["A", {"prefix": "B"}]`. */
export function compileLeafElement(element: unknown, path: string): LeafMatcher {
  if (element === null || typeof element === 'string' || typeof element === 'boolean') {
    return { kind: 'value', test: (value) => value === element };
  }
  if (typeof element === 'number') {
    assertFinite(element, path);
    return { kind: 'value', test: (value) => typeof value === 'number' && value === element };
  }
  if (Array.isArray(element)) throw new EventPatternError(path, 'a match value cannot be an array; list the alternatives in the enclosing array');
  const keys = Object.keys(element as object);
  if (keys.length !== 1) {
    throw new EventPatternError(path, `an operator object must have exactly one key (one of ${OPERATORS.join(', ')}), found ${keys.length}`);
  }
  const op = keys[0];
  const arg = (element as Record<string, unknown>)[op];
  const at = `${path}.${op}`;
  switch (op) {
    case 'prefix':
    case 'suffix':
      return { kind: 'value', test: compileAffix(op, arg, at) };
    case 'equals-ignore-case': {
      const want = requireString(arg, at).toLowerCase();
      return { kind: 'value', test: (value) => typeof value === 'string' && value.toLowerCase() === want };
    }
    case 'wildcard':
      return { kind: 'value', test: compileWildcard(requireString(arg, at), at) };
    case 'anything-but':
      return { kind: 'value', test: compileAnythingBut(arg, at) };
    case 'numeric':
      return { kind: 'value', test: compileNumeric(arg, at) };
    case 'cidr': {
      const cidr = parseCidr(requireString(arg, at));
      if (cidr === undefined) throw new EventPatternError(at, `"${String(arg)}" is not an IPv4 or IPv6 CIDR block`);
      return { kind: 'value', test: (value) => typeof value === 'string' && cidrContains(cidr, value) };
    }
    case 'exists':
      if (typeof arg !== 'boolean') throw new EventPatternError(at, 'exists takes true or false');
      return { kind: 'exists', exists: arg };
    default:
      throw new EventPatternError(path, `unknown operator "${op}"; expected one of ${OPERATORS.join(', ')}`);
  }
}

function compileAffix(op: 'prefix' | 'suffix', arg: unknown, at: string): ValueTest {
  let text: string;
  let fold = false;
  if (arg !== null && typeof arg === 'object' && !Array.isArray(arg)) {
    // {"prefix": {"equals-ignore-case": "..."}} is the case-insensitive form.
    const inner = arg as Record<string, unknown>;
    const keys = Object.keys(inner);
    if (keys.length !== 1 || keys[0] !== 'equals-ignore-case') throw new EventPatternError(at, `${op} takes a string or {"equals-ignore-case": string}`);
    text = requireString(inner['equals-ignore-case'], `${at}.equals-ignore-case`).toLowerCase();
    fold = true;
  } else {
    text = requireString(arg, at);
  }
  return (value) => {
    if (typeof value !== 'string') return false;
    const v = fold ? value.toLowerCase() : value;
    return op === 'prefix' ? v.startsWith(text) : v.endsWith(text);
  };
}

/** Event Ruler wildcard: `*` is any run; `\*` and `\\` are literal; `**` and other escapes are rejected. */
export function compileWildcard(pattern: string, at: string): ValueTest {
  const segments: string[] = [''];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') throw new EventPatternError(at, 'a backslash in a wildcard may only escape * or \\');
      segments[segments.length - 1] += next;
      i++;
    } else if (c === '*') {
      if (pattern[i + 1] === '*') throw new EventPatternError(at, 'consecutive wildcard characters (**) are not allowed');
      segments.push('');
    } else {
      segments[segments.length - 1] += c;
    }
  }
  const matches = compileWildcardSegments(segments);
  return (value) => typeof value === 'string' && matches(value);
}

function compileAnythingBut(arg: unknown, at: string): ValueTest {
  if (typeof arg === 'string' || typeof arg === 'number') {
    if (typeof arg === 'number') assertFinite(arg, at);
    return (value) => value !== arg;
  }
  if (Array.isArray(arg)) {
    if (arg.length === 0) throw new EventPatternError(at, 'anything-but needs at least one value');
    const allStrings = arg.every((v) => typeof v === 'string');
    const allNumbers = arg.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (!allStrings && !allNumbers) throw new EventPatternError(at, 'an anything-but list must hold only strings or only numbers');
    const excluded = new Set<unknown>(arg);
    return (value) => !excluded.has(value);
  }
  if (arg !== null && typeof arg === 'object') {
    const inner = arg as Record<string, unknown>;
    const keys = Object.keys(inner);
    if (keys.length !== 1) throw new EventPatternError(at, 'anything-but takes one of prefix, suffix, wildcard or equals-ignore-case');
    const op = keys[0];
    const innerAt = `${at}.${op}`;
    let positive: ValueTest;
    if (op === 'prefix' || op === 'suffix') {
      positive = compileAffix(op, inner[op], innerAt);
    } else if (op === 'wildcard') {
      const list = Array.isArray(inner[op]) ? (inner[op] as unknown[]) : [inner[op]];
      const tests = list.map((p) => compileWildcard(requireString(p, innerAt), innerAt));
      positive = (value) => tests.some((t) => t(value));
    } else if (op === 'equals-ignore-case') {
      const list = Array.isArray(inner[op]) ? (inner[op] as unknown[]) : [inner[op]];
      const folded = new Set(list.map((p) => requireString(p, innerAt).toLowerCase()));
      positive = (value) => typeof value === 'string' && folded.has(value.toLowerCase());
    } else {
      throw new EventPatternError(at, `anything-but does not take "${op}"; expected prefix, suffix, wildcard or equals-ignore-case`);
    }
    // These forms only judge strings: a number is neither "with" nor "without" a prefix.
    return (value) => typeof value === 'string' && !positive(value);
  }
  throw new EventPatternError(at, 'anything-but takes a string, a number, a list, or an object with prefix, suffix, wildcard or equals-ignore-case');
}

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);

function compileNumeric(arg: unknown, at: string): ValueTest {
  if (!Array.isArray(arg) || (arg.length !== 2 && arg.length !== 4)) {
    throw new EventPatternError(at, 'numeric takes [op, number] or [lower-op, number, upper-op, number]');
  }
  const tests: Array<(n: number) => boolean> = [];
  for (let i = 0; i < arg.length; i += 2) {
    const op = arg[i];
    const bound = arg[i + 1];
    if (typeof bound !== 'number' || !Number.isFinite(bound)) throw new EventPatternError(`${at}[${i + 1}]`, 'a numeric bound must be a finite number');
    if (op !== '=' && !LOWER.has(op as string) && !UPPER.has(op as string)) {
      throw new EventPatternError(`${at}[${i}]`, `unknown numeric operator ${JSON.stringify(op)}; expected =, <, <=, > or >=`);
    }
    tests.push(numericTest(op as string, bound));
  }
  if (arg.length === 4) {
    const [op1, lo, op2, hi] = arg as [string, number, string, number];
    if (!LOWER.has(op1) || !UPPER.has(op2)) throw new EventPatternError(at, 'a numeric range is a lower bound (> or >=) followed by an upper bound (< or <=)');
    if (lo >= hi) throw new EventPatternError(at, `the lower bound ${lo} must be below the upper bound ${hi}`);
  }
  return (value) => typeof value === 'number' && tests.every((t) => t(value));
}

function numericTest(op: string, bound: number): (n: number) => boolean {
  switch (op) {
    case '=': return (n) => n === bound;
    case '<': return (n) => n < bound;
    case '<=': return (n) => n <= bound;
    case '>': return (n) => n > bound;
    default: return (n) => n >= bound;
  }
}

function requireString(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new EventPatternError(at, `expected a string, found ${JSON.stringify(value)}`);
  return value;
}

function assertFinite(n: number, at: string): void {
  if (!Number.isFinite(n)) throw new EventPatternError(at, 'numbers must be finite');
}

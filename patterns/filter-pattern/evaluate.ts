import { compileLinearRegex } from '../matchers/regex';
import { compileWildcardSegments } from '../matchers/wildcard';
import type { ComparisonOp, FilterNode, Literal, PathStep } from './ast';

/** A compiled pattern: a tree of closures, so matching never walks the AST or re-reads text. */
export type Predicate = (event: unknown) => boolean;

const MISSING = Symbol('missing');

/**
 * Semantics chosen where the AWS docs are silent (verify with TestMetricFilter before relying on them):
 * - a comparison (including `!=`) matches only when the selector resolves to a scalar of the literal's
 *   type: strings compare with strings, numbers with numbers. A missing field, `null`, an object or an
 *   array never matches a comparison; `NOT EXISTS` and `IS NULL` are how a pattern tests for those.
 * - `NOT EXISTS` is true only when the selector resolves to nothing; a field holding `null` exists.
 */
export function compileNode(node: FilterNode): Predicate {
  switch (node.kind) {
    case 'or': {
      const children = compileAlternatives(node.children);
      return children.length === 1 ? children[0] : (event) => children.some((child) => child(event));
    }
    case 'and': {
      const children = node.children.map(compileNode);
      return (event) => children.every((child) => child(event));
    }
    case 'is': {
      const get = compilePath(node.path);
      const want = node.value;
      return (event) => get(event) === want;
    }
    case 'not-exists': {
      const get = compilePath(node.path);
      return (event) => get(event) === MISSING;
    }
    case 'compare': {
      const get = compilePath(node.path);
      const test = compileComparison(node.op, node.literal);
      return (event) => test(get(event));
    }
  }
}

/**
 * CIS patterns are mostly `($.eventName=A) || ($.eventName=B) || ...`: exact string equalities on one
 * selector become a single Set lookup, which gives the same verdict with one path walk instead of many.
 */
function compileAlternatives(children: readonly FilterNode[]): Predicate[] {
  const groups = new Map<string, { path: readonly PathStep[]; values: Set<string> }>();
  const rest: FilterNode[] = [];
  for (const child of children) {
    if (child.kind === 'compare' && child.op === '=' && child.literal.kind === 'string' && !child.literal.value.includes('*')) {
      const key = JSON.stringify(child.path);
      const group = groups.get(key) ?? { path: child.path, values: new Set<string>() };
      group.values.add(child.literal.value);
      groups.set(key, group);
    } else {
      rest.push(child);
    }
  }
  const predicates = rest.map(compileNode);
  for (const { path, values } of groups.values()) {
    const get = compilePath(path);
    predicates.unshift((event) => {
      const value = get(event);
      return typeof value === 'string' && values.has(value);
    });
  }
  return predicates;
}

function compilePath(path: readonly PathStep[]): (event: unknown) => unknown {
  return (event) => {
    let current: unknown = event;
    for (const step of path) {
      if (current === null || typeof current !== 'object') return MISSING;
      if (typeof step === 'number') {
        if (!Array.isArray(current) || step >= current.length) return MISSING;
        current = current[step];
      } else {
        if (Array.isArray(current) || !Object.prototype.hasOwnProperty.call(current, step)) return MISSING;
        current = (current as Record<string, unknown>)[step];
      }
    }
    return current;
  };
}

function compileComparison(op: ComparisonOp, literal: Literal): (value: unknown) => boolean {
  if (literal.kind === 'number') {
    const n = literal.value;
    const cmp = NUMERIC[op];
    return (value) => typeof value === 'number' && cmp(value, n);
  }
  const positive = literal.kind === 'regex' ? compileLinearRegex(literal.source) : compileWildcard(literal.value);
  return op === '='
    ? (value) => typeof value === 'string' && positive(value)
    : (value) => typeof value === 'string' && !positive(value);
}

const NUMERIC: Record<ComparisonOp, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
};

/** `*` matches any run of characters (including none); everything else is literal and case-sensitive. */
function compileWildcard(pattern: string): (value: string) => boolean {
  return compileWildcardSegments(pattern.split('*'));
}

import { EventPatternError } from './errors';
import { compileLeafElement } from './leaf';
import type { LeafMatcher } from './leaf';

/** Matches the value found at one level of the event (an object, an array of them, or nothing). */
export type NodeMatcher = (value: unknown) => boolean;

/**
 * Compiles a pattern object. Sibling keys AND; the elements of a leaf array OR; `$or` takes two or
 * more sub-patterns and ORs them. An array in the event matches when any of its elements matches.
 */
export function compileObject(pattern: unknown, path: string): NodeMatcher {
  if (pattern === null || typeof pattern !== 'object' || Array.isArray(pattern)) {
    throw new EventPatternError(path, 'expected an object of field names');
  }
  const entries = Object.entries(pattern as Record<string, unknown>);
  if (entries.length === 0) throw new EventPatternError(path, 'an object in a pattern must name at least one field');
  const fields: NodeMatcher[] = [];
  for (const [key, sub] of entries) {
    const at = path === '' ? key : `${path}.${key}`;
    if (key === '$or' && Array.isArray(sub)) {
      fields.push(compileOr(sub, at, path));
    } else if (Array.isArray(sub)) {
      const leaf = compileLeaf(sub, at);
      fields.push((value) => leaf(childOf(value, key)));
    } else if (sub !== null && typeof sub === 'object') {
      const nested = compileObject(sub, at);
      fields.push((value) => nested(childOf(value, key)));
    } else {
      throw new EventPatternError(at, `a field must map to an array of match values or to an object, found ${JSON.stringify(sub)}`);
    }
  }
  const all: NodeMatcher = (value) => fields.every((f) => f(value));
  // An array of objects matches when one element satisfies every field (Event Ruler's array consistency).
  return (value) => (Array.isArray(value) ? value.some((element) => all(element)) : all(value));
}

function compileOr(alternatives: unknown[], at: string, parent: string): NodeMatcher {
  if (alternatives.length < 2) throw new EventPatternError(at, '$or needs at least two sub-patterns');
  const compiled = alternatives.map((alt, i) => {
    if (alt === null || typeof alt !== 'object' || Array.isArray(alt)) throw new EventPatternError(`${at}[${i}]`, 'each $or alternative must be an object');
    return compileObject(alt, parent);
  });
  return (value) => compiled.some((c) => c(value));
}

function compileLeaf(elements: unknown[], at: string): (value: unknown) => boolean {
  if (elements.length === 0) throw new EventPatternError(at, 'a match array cannot be empty');
  const matchers: LeafMatcher[] = elements.map((e, i) => compileLeafElement(e, `${at}[${i}]`));
  return (value) => {
    const scalars = leafValues(value);
    for (const m of matchers) {
      if (m.kind === 'exists') {
        if ((scalars.length > 0) === m.exists) return true;
      } else if (scalars.some(m.test)) {
        return true;
      }
    }
    return false;
  };
}

function childOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

// Only leaves count: an object is not a value, and an array contributes each of its scalar elements.
function leafValues(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(leafValues);
  if (value !== null && typeof value === 'object') return [];
  return [value];
}

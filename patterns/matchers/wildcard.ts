/**
 * A `*` glob as the literal runs between its stars: `a*b*c` is ["a", "b", "c"]. Each language parses
 * its own escapes (EventBridge allows `\*`); matching is shared.
 */
export type WildcardSegments = readonly string[];

/**
 * Matches a value against a glob without backtracking. The first segment must be a prefix and the
 * last a suffix; each middle segment is taken at its leftmost place after the previous one. Leftmost
 * is always safe, because a star absorbs whatever lies between, so the value is scanned once per
 * segment: time is linear in the value (times the pattern length), whatever the pattern.
 */
export function compileWildcardSegments(segments: WildcardSegments): (value: string) => boolean {
  if (segments.length === 1) {
    const only = segments[0];
    return (value) => value === only;
  }
  const first = segments[0];
  const last = segments[segments.length - 1];
  const middle = segments.slice(1, -1).filter((segment) => segment.length > 0);
  const minLength = first.length + last.length;
  return (value) => {
    if (value.length < minLength || !value.startsWith(first) || !value.endsWith(last)) return false;
    let from = first.length;
    const until = value.length - last.length;
    for (const segment of middle) {
      const at = value.indexOf(segment, from);
      if (at < 0 || at + segment.length > until) return false;
      from = at + segment.length;
    }
    return true;
  };
}

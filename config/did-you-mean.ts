/**
 * The known name closest to a mistyped one (`homeRegon` → `homeRegion`), when it is close enough to
 * be a typo: at most a third of its letters changed, inserted or removed.
 */
export function closestName(given: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(given.toLowerCase(), name.toLowerCase());
    if (distance <= Math.max(1, Math.floor(name.length / 3)) && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(given: string, known: readonly string[], quote: (name: string) => string = (name) => `"${name}"`): string {
  const name = closestName(given, known);
  return name === undefined ? '' : `; did you mean ${quote(name)}?`;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

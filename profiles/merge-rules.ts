/**
 * How one setting combines when several purposes are chosen. Each rule is named so the
 * decision record and the README can say why a combined value won.
 */
export interface MergeRule<V> {
  readonly name: string;
  /** The combined value of the given per-purpose values (never empty). */
  combine(values: readonly V[]): V;
  /** Whether a purpose's own value contributed to the combined one (its reason is kept). */
  contributes(own: V, combined: V): boolean;
}

/** Booleans: a feature is on when any chosen purpose needs it. */
export const anyEnabled: MergeRule<boolean> = {
  name: 'on if any purpose needs it',
  combine: (values) => values.some(Boolean),
  contributes: (own, combined) => own === combined,
};

/** Durations: the longest wins, so no purpose loses data it needs. */
export const longest: MergeRule<number> = {
  name: 'longest wins',
  combine: (values) => Math.max(...values),
  contributes: (own, combined) => own === combined,
};

/** Lists: the union, kept sorted so the synthesized output is deterministic. */
export function union<V extends string>(): MergeRule<readonly V[]> {
  return {
    name: 'union',
    combine: (values) => [...new Set(values.flat())].sort(),
    contributes: (own) => own.length > 0,
  };
}

/** Enumerations ranked from weakest to strictest (or narrowest to widest): the highest rank wins. */
export function strictest<V extends string>(rankedWeakestFirst: readonly V[], label = 'strictest wins'): MergeRule<V> {
  return {
    name: `${label} (${rankedWeakestFirst.join(' < ')})`,
    combine: (values) => {
      const rank = Math.max(...values.map((value) => rankedWeakestFirst.indexOf(value)));
      return rankedWeakestFirst[rank];
    },
    contributes: (own, combined) => own === combined,
  };
}

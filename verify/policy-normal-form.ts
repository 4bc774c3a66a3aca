/**
 * A policy in a canonical form for comparison: AWS may return a stored policy with keys
 * reordered, a one-element list as a plain string, or statements in another order, none of
 * which changes its meaning.
 */
export function normalizePolicy(policy: unknown): unknown {
  const document = typeof policy === 'string' ? parse(policy) : policy;
  return canonical(document, undefined);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { unparseable: text };
  }
}

function canonical(value: unknown, key: string | undefined): unknown {
  if (key === 'Statement' && !Array.isArray(value)) return canonical([value], key);
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, undefined));
    if (key === 'Statement') return [...items].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    if (items.every((item) => typeof item === 'string')) {
      const sorted = [...(items as string[])].sort();
      return sorted.length === 1 ? sorted[0] : sorted;
    }
    return items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, k)]));
  }
  return value;
}

function sortKey(statement: unknown): string {
  const sid = (statement as { Sid?: unknown }).Sid;
  return typeof sid === 'string' ? sid : JSON.stringify(statement);
}

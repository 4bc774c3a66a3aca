/** One step of a property selector: `.name` or `[index]`. */
export type PathStep = string | number;

export type ComparisonOp = '=' | '!=' | '<' | '>' | '<=' | '>=';

export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'regex'; readonly source: string };

export type FilterNode =
  | { readonly kind: 'or'; readonly children: readonly FilterNode[] }
  | { readonly kind: 'and'; readonly children: readonly FilterNode[] }
  | { readonly kind: 'compare'; readonly path: readonly PathStep[]; readonly op: ComparisonOp; readonly literal: Literal }
  | { readonly kind: 'is'; readonly path: readonly PathStep[]; readonly value: null | true | false }
  | { readonly kind: 'not-exists'; readonly path: readonly PathStep[] };

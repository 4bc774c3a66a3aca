/** What a check concluded. `error` means its data could not be read. */
export type CheckStatus = 'pass' | 'fail' | 'error';

/** One line of the verify report, in the shape `--format json` prints. */
export interface CheckResult {
  /** Stable id of the check, `<area>.<what>` (e.g. `trail.logging`). */
  readonly check: string;
  readonly account: string;
  readonly region: string;
  readonly status: CheckStatus;
  /** One sentence for the operator: what holds, what is wrong, or which AWS error stopped the read. */
  readonly detail: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Where a check runs. */
export interface CheckScope {
  readonly account: string;
  readonly region: string;
}

/**
 * The outcome of reading live state: the data, or the AWS error code that prevented it.
 * Checks receive this, never a raw SDK response, so a failed read cannot be judged as data.
 */
export type ReadResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly errorCode: string; readonly message: string };

/** What a check decides about data it could read. */
export interface Judgement {
  readonly pass: boolean;
  readonly detail: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * Runs the judgement only on data that was read. A failed read yields `error` with the AWS
 * error code, whatever the judgement would have said: a check that could not read never passes.
 */
export function judge<T>(check: string, scope: CheckScope, read: ReadResult<T>, assess: (data: T) => Judgement, expected?: unknown): CheckResult {
  if (!read.ok) {
    return {
      check,
      ...scope,
      status: 'error',
      detail: `could not read: ${read.errorCode}${read.message ? ` (${read.message})` : ''}`,
      expected: expected ?? null,
      actual: null,
    };
  }
  const verdict = assess(read.data);
  return { check, ...scope, status: verdict.pass ? 'pass' : 'fail', detail: verdict.detail, expected: verdict.expected, actual: verdict.actual };
}

/** A judgement comparing one value with the planned one (deep equality on JSON values). */
export function equals(what: string, expected: unknown, actual: unknown): Judgement {
  const pass = JSON.stringify(expected) === JSON.stringify(actual);
  return {
    pass,
    detail: pass ? `${what} as planned` : `${what} differs from the plan`,
    expected,
    actual: actual ?? null,
  };
}

/** Counts per status, for the summary line. */
export function summarize(results: readonly CheckResult[]): Record<CheckStatus, number> {
  const summary: Record<CheckStatus, number> = { pass: 0, fail: 0, error: 0 };
  for (const result of results) summary[result.status] += 1;
  return summary;
}

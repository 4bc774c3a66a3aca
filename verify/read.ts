import type { ReadResult } from './check-result';
import type { DrillCall } from '../drill/drill-calls';
import type { VerifyCall } from './verify-calls';

/**
 * Runs one AWS read, named by its entry in VERIFY_CALLS or DRILL_CALLS (so every call is listed where the policies are generated from), and turns any failure into its error code (the SDK's `name`, which is the
 * service's error code, e.g. `AccessDenied`, `ThrottlingException`), never a thrown stack.
 * `absentCodes` are codes that mean "there is none" for this call (for example
 * `InsightNotEnabledException`); they yield `absent` as data instead of an error.
 */
export async function read<T, A = never>(_call: VerifyCall | DrillCall, call: () => Promise<T>, absent?: { readonly codes: readonly string[]; readonly value: A }): Promise<ReadResult<T | A>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    const code = errorCode(error);
    if (absent !== undefined && absent.codes.includes(code)) return { ok: true, data: absent.value };
    return { ok: false, errorCode: code, message: error instanceof Error ? firstLine(error.message) : '' };
  }
}

/** Reads several values; the result is an error if any of them is. */
export function all<T extends readonly ReadResult<unknown>[]>(...reads: T): ReadResult<{ [K in keyof T]: T[K] extends ReadResult<infer D> ? D : never }> {
  const failed = reads.find((r) => !r.ok);
  if (failed !== undefined && !failed.ok) return failed;
  return { ok: true, data: reads.map((r) => (r.ok ? r.data : undefined)) as never };
}

/** Maps the data of a successful read. */
export function mapRead<T, U>(result: ReadResult<T>, map: (data: T) => U): ReadResult<U> {
  return result.ok ? { ok: true, data: map(result.data) } : result;
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: unknown; Code?: unknown; code?: unknown; cause?: { code?: unknown }; message?: unknown };
    for (const candidate of [e.Code, e.name, e.code, e.cause?.code]) {
      if (typeof candidate === 'string' && candidate !== '' && candidate !== 'Error') return candidate;
    }
    // The SDK wraps some network errors in a plain Error whose message names the system error (ECONNREFUSED ...).
    const system = typeof e.message === 'string' ? /\b(E[A-Z]{3,})\b/.exec(e.message)?.[1] : undefined;
    if (system !== undefined) return system;
  }
  return 'UnknownError';
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 200);
}

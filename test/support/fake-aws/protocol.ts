import type { FakeAwsState } from './state';

/** One signed request, with the account and Region its credentials and scope name. */
export interface FakeRequest {
  /** The SigV4 signing name: `cloudtrail`, `s3`, `events`, `monitoring` ... */
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface FakeResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** An error the fake answers in the protocol's own error shape. */
export class FakeAwsError extends Error {
  constructor(readonly code: string, readonly status: number, message: string) {
    super(message);
  }
}

/** How one protocol family frames requests, answers and errors. */
export interface ProtocolFamily {
  /** Signing names of the services it speaks for. */
  readonly services: readonly string[];
  /** The operation a request calls, as the SDK names it. */
  operation(request: FakeRequest): string;
  handle(request: FakeRequest, operation: string, state: FakeAwsState, now: Date): FakeResponse;
  error(request: FakeRequest, error: FakeAwsError): FakeResponse;
  /** The error codes this family uses for AccessDenied and throttling. */
  readonly accessDenied: { readonly code: string; readonly status: number };
  readonly throttling: { readonly code: string; readonly status: number };
}

export function notFound(what: string, code = 'ResourceNotFoundException'): never {
  throw new FakeAwsError(code, 400, `${what} not found`);
}

/** Items per page of every list the fake serves, unless the state sets its own. */
export const DEFAULT_PAGE_SIZE = 2;

/**
 * One page of a list, as AWS pages them: an opaque token names where the next page starts and
 * is absent on the last. The fake's pages are small, so every reader must follow the tokens.
 */
export function paged<T>(items: readonly T[], token: unknown, state: FakeAwsState): { readonly items: T[]; readonly next?: string } {
  const size = state.pageSize ?? DEFAULT_PAGE_SIZE;
  const start = token === undefined || token === null || token === '' ? 0 : Number(/^page-(\d+)$/.exec(String(token))?.[1] ?? NaN);
  if (!Number.isInteger(start) || start > items.length) throw new FakeAwsError('InvalidNextTokenException', 400, `Invalid token ${String(token)}`);
  const end = start + size;
  return { items: items.slice(start, end), ...(end < items.length && { next: `page-${end}` }) };
}

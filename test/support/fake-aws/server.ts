import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonProtocol } from './json';
import { FakeAwsError, type FakeRequest, type FakeResponse, type ProtocolFamily } from './protocol';
import { queryProtocol } from './query';
import { restJsonProtocol } from './rest-json';
import { restXmlProtocol } from './rest-xml';
import type { FakeAwsState } from './state';

const FAMILIES: readonly ProtocolFamily[] = [queryProtocol, jsonProtocol, restXmlProtocol, restJsonProtocol];

/** The SDK's client names for signing names that differ (for comparing with VERIFY_CALLS keys). */
const CLIENT_NAME: Record<string, string> = { events: 'eventbridge', monitoring: 'cloudwatch' };

/** The caller's own access key (the CI identity); assumed roles get `FAKE<account>`. */
export const CALLER_ACCESS_KEY = 'FAKECALLER';

export interface RecordedCall {
  /** `<client>:<Operation>`, as VERIFY_CALLS keys name calls. */
  readonly call: string;
  readonly account: string;
  readonly region: string;
  readonly status: number;
}

/**
 * A fake AWS on 127.0.0.1 that speaks each service's wire protocol to the real SDK clients.
 * It routes by the SigV4 credential scope (service, Region) and the access key (account),
 * records every call, and applies the state's faults.
 */
export class FakeAws {
  readonly calls: RecordedCall[] = [];
  private server?: Server;
  private readonly throttled = new Map<string, number>();

  constructor(public state: FakeAwsState, private readonly clock: () => Date = () => new Date()) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    // Keep-alive sockets must not hold the test process open.
    this.server.keepAliveTimeout = 1000;
    this.server.requestTimeout = 10_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (this.server === undefined) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** A new scenario: the given state, no calls recorded, no throttling spent. */
  reset(state: FakeAwsState): void {
    this.state = state;
    this.calls.length = 0;
    this.throttled.clear();
  }

  /** Distinct calls, sorted. */
  distinctCalls(): string[] {
    return [...new Set(this.calls.map((c) => c.call))].sort();
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(String(req.headers.authorization ?? ''));
    if (scope === null) return send(res, { status: 400, headers: {}, body: 'unsigned request' });
    const [, accessKey, region, service] = scope;
    const request: FakeRequest = {
      service,
      region,
      account: accessKey === CALLER_ACCESS_KEY ? '999999999999' : accessKey.replace(/^FAKE/, ''),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    const family = FAMILIES.find((f) => f.services.includes(service));
    if (family === undefined) return send(res, { status: 400, headers: {}, body: `service ${service} is not faked` });
    const operation = family.operation(request);
    const call = `${CLIENT_NAME[service] ?? service}:${operation}`;
    const response = this.respond(family, request, operation, call);
    this.calls.push({ call, account: request.account, region, status: response.status });
    send(res, response);
  }

  private respond(family: ProtocolFamily, request: FakeRequest, operation: string, call: string): FakeResponse {
    const faults = this.state.faults;
    try {
      if (faults.accessDenied === true && request.service !== 'sts') {
        throw new FakeAwsError(family.accessDenied.code, family.accessDenied.status, `User is not authorized to perform: ${call}`);
      }
      const seen = this.throttled.get(call) ?? 0;
      if (seen < (faults.throttleFirst ?? 0) && (faults.throttleOnly === undefined || faults.throttleOnly.includes(call))) {
        this.throttled.set(call, seen + 1);
        throw new FakeAwsError(family.throttling.code, family.throttling.status, 'Rate exceeded');
      }
      return family.handle(request, operation, this.state, this.clock());
    } catch (error) {
      if (error instanceof FakeAwsError) return family.error(request, error);
      return family.error(request, new FakeAwsError('InternalFailure', 500, error instanceof Error ? error.message : String(error)));
    }
  }
}

function send(res: ServerResponse, response: FakeResponse): void {
  res.writeHead(response.status, { ...response.headers, 'x-amzn-requestid': 'fake-request', 'content-length': Buffer.byteLength(response.body) });
  res.end(response.body);
}

/** The standard SDK environment pointing every client at the fake; returns a restore function. */
export function useFakeAwsEnvironment(url: string, region: string): () => void {
  const values: Record<string, string | undefined> = {
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: CALLER_ACCESS_KEY,
    AWS_SECRET_ACCESS_KEY: 'fake-secret',
    AWS_SESSION_TOKEN: undefined,
    AWS_REGION: region,
    AWS_PROFILE: undefined,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  const apply = (env: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(values);
  return () => apply(saved);
}

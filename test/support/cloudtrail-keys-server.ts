import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SigningKey } from './cloudtrail-chain';

/**
 * CloudTrail's `ListPublicKeys` on 127.0.0.1, in its real wire protocol (JSON 1.1, `X-Amz-Target`),
 * so the SDK's CloudTrail client crosses real HTTP. Keys come back two per page, to exercise NextToken.
 */
export async function startCloudTrailKeys(keys: readonly SigningKey[]): Promise<{ endpoint: string; requests: Array<Record<string, unknown>>; close(): Promise<void> }> {
  const requests: Array<Record<string, unknown>> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const target = String(request.headers['x-amz-target'] ?? '');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      requests.push({ target, region: /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(String(request.headers.authorization))?.[1], ...body });
      if (!target.endsWith('.ListPublicKeys')) {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        return void response.end(JSON.stringify({ __type: 'UnknownOperationException', message: target }));
      }
      const from = Number(body.NextToken ?? 0);
      const page = keys.slice(from, from + 2).map((k) => ({ Value: k.der.toString('base64'), ValidityStartTime: 1_700_000_000, ValidityEndTime: 1_900_000_000, Fingerprint: k.fingerprint }));
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ PublicKeyList: page, ...(from + 2 < keys.length ? { NextToken: String(from + 2) } : {}) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

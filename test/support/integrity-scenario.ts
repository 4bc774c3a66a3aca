import { awsLogsPrefix, type DigestStream } from '../../integrity/digest-keys';
import type { EvidenceStore } from '../../integrity/evidence-store';
import type { PublicKeySet } from '../../integrity/public-keys';
import { parseTrailArn, type TrailIdentity } from '../../integrity/trail-arn';
import { validateLogs } from '../../integrity/validate-logs';
import type { Verdict } from '../../integrity/verdicts';
import { loadCorpus } from './corpus';
import { buildChain, logPayload, type BuiltChain, type ChainSpec, type LogPayload, type SigningKey } from './cloudtrail-chain';

export const ORG_ID = 'o-a1b2c3d4e5';
export const TRAIL = parseTrailArn('arn:aws:cloudtrail:us-east-1:111111111111:trail/org-trail') as TrailIdentity;
export const START = new Date('2026-03-01T00:00:00Z');
const HOUR = 3_600_000;
export const hoursAfterStart = (hours: number): Date => new Date(START.getTime() + hours * HOUR);

export function orgStream(accountId: string, region: string, prefix?: string): DigestStream {
  return { accountId, region, accountPrefix: `${awsLogsPrefix(prefix)}${ORG_ID}/${accountId}/` };
}

// Real CloudTrail records from the vendored corpus, a few per log file, so log files look like CloudTrail's.
const corpus = loadCorpus().map((r) => r.record);
const payloads = new Map<number, LogPayload>();
export function corpusPayload(index: number): LogPayload {
  let payload = payloads.get(index);
  if (payload === undefined) {
    payload = logPayload([0, 1, 2].map((n) => corpus[(index * 3 + n) % corpus.length]));
    payloads.set(index, payload);
  }
  return payload;
}

/** A chain of `hours` hours for one stream in one bucket, signed with one key unless told otherwise. */
export function chain(bucket: string, key: SigningKey, overrides: Partial<ChainSpec> = {}): BuiltChain {
  return buildChain({
    trail: TRAIL,
    stream: orgStream('222222222222', 'eu-west-1'),
    start: START,
    hours: 6,
    logsPerHour: 3,
    bucketOf: () => bucket,
    keyOf: () => key,
    payloadOf: corpusPayload,
    ...overrides,
  });
}

export async function collect(store: EvidenceStore, publicKeys: PublicKeySet, bucket: string, extra: { end?: Date; start?: Date; allVersions?: boolean; accounts?: string[]; regions?: string[]; prefix?: string; concurrency?: number } = {}): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for await (const verdict of validateLogs({ store, publicKeys, bucket, trail: TRAIL, start: extra.start ?? START, end: extra.end ?? hoursAfterStart(6), ...extra })) {
    verdicts.push(verdict);
  }
  return verdicts;
}

/** `kind:status` counts, the shape every scenario asserts first. */
export function tally(verdicts: readonly Verdict[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of verdicts) {
    const id = v.kind === 'gap' ? 'gap' : `${v.kind}:${v.status}`;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

import { awsLogsPrefix, type DigestStream } from './digest-keys';
import type { EvidenceStore } from './evidence-store';

const ACCOUNT = /^\d{12}$/;
const ORGANIZATION = /^o-[a-z0-9]{10,32}$/;

/** Which accounts and Regions to walk; unset means every one found under the prefix. */
export interface StreamSelection {
  readonly prefix?: string;
  readonly accounts?: readonly string[];
  readonly regions?: readonly string[];
}

/**
 * The account × Region digest streams under `[prefix/]AWSLogs/`: an organization trail writes
 * `AWSLogs/<org-id>/<account>/`, a single-account trail `AWSLogs/<account>/`. Accounts and Regions
 * asked for by name are walked even when nothing is there, so their absence is reported as a gap.
 */
export async function discoverStreams(store: EvidenceStore, bucket: string, selection: StreamSelection): Promise<DigestStream[]> {
  const base = awsLogsPrefix(selection.prefix);
  const accountPrefixes = new Map<string, string>();
  const organizations: string[] = [];
  for (const folder of await store.listFolders(bucket, base)) {
    const name = folder.slice(base.length, -1);
    if (ACCOUNT.test(name)) accountPrefixes.set(name, folder);
    else if (ORGANIZATION.test(name)) organizations.push(folder);
  }
  for (const organization of organizations) {
    for (const folder of await store.listFolders(bucket, organization)) {
      const name = folder.slice(organization.length, -1);
      if (ACCOUNT.test(name)) accountPrefixes.set(name, folder);
    }
  }
  const defaultParent = organizations.length === 1 ? organizations[0] : base;
  const accounts = selection.accounts ?? [...accountPrefixes.keys()].sort();
  const streams: DigestStream[] = [];
  for (const accountId of accounts) {
    const accountPrefix = accountPrefixes.get(accountId) ?? `${defaultParent}${accountId}/`;
    const found = (await store.listFolders(bucket, `${accountPrefix}CloudTrail-Digest/`)).map((f) => f.slice(`${accountPrefix}CloudTrail-Digest/`.length, -1));
    const regions = selection.regions ?? found.sort();
    for (const region of regions) streams.push({ accountId, region, accountPrefix });
  }
  return streams;
}

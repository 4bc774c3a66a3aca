import { paginateListAccounts } from '@aws-sdk/client-organizations';
import type { AwsAccess } from './aws-clients';
import type { ReadResult } from './check-result';
import type { ExpectedDeployment } from './expected';
import { read } from './read';

/** An active account of the organization. */
export interface OrganizationAccount {
  readonly id: string;
  readonly name: string;
}

/** What every check area receives. */
export interface VerifyContext {
  readonly expected: ExpectedDeployment;
  readonly aws: AwsAccess;
  /** A delivery older than this fails. */
  readonly maxDeliveryAgeMs: number;
  readonly now: () => Date;
  /** The organization's active accounts, read once from the management account and shared. */
  readonly activeAccounts: () => Promise<ReadResult<readonly OrganizationAccount[]>>;
}

/** One read of the organization's active accounts, shared by every check that needs them. */
export function activeAccountsReader(aws: AwsAccess, expected: ExpectedDeployment): () => Promise<ReadResult<readonly OrganizationAccount[]>> {
  let cached: Promise<ReadResult<readonly OrganizationAccount[]>> | undefined;
  return () =>
    (cached ??= read('organizations:ListAccounts', async () => {
      const accounts: OrganizationAccount[] = [];
      const client = aws.clientsFor(expected.accounts.management, expected.homeRegion).organizations;
      for await (const page of paginateListAccounts({ client }, {})) {
        for (const account of page.Accounts ?? []) {
          // `State` replaces the deprecated `Status`; either may be present.
          const state = (account as { State?: string }).State ?? account.Status;
          if (account.Id !== undefined && state === 'ACTIVE') accounts.push({ id: account.Id, name: account.Name ?? account.Id });
        }
      }
      return accounts.sort((a, b) => a.id.localeCompare(b.id));
    }));
}

/** Seconds or milliseconds as a short human duration. */
export function formatAge(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  return `${(minutes / 60).toFixed(1)} h`;
}

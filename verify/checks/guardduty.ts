import {
  DescribeOrganizationConfigurationCommand,
  GetDetectorCommand,
  paginateListDetectors,
  paginateListMembers,
  paginateListPublishingDestinations,
  type Destination,
  paginateListOrganizationAdminAccounts,
  type Member,
} from '@aws-sdk/client-guardduty';
import { equals, judge, type CheckResult, type CheckScope, type ReadResult } from '../check-result';
import type { VerifyContext } from '../context';
import { all, read } from '../read';
import type { VerifyCall } from '../verify-calls';

/** GuardDuty in every governed Region: delegation, the administrator's detector, auto-enable, members, export. */
export async function guardDutyChecks(ctx: VerifyContext, region: string): Promise<CheckResult[]> {
  const planned = ctx.expected.guardDuty;
  if (planned === undefined) return [];
  const management: CheckScope = { account: ctx.expected.accounts.management, region };
  const security: CheckScope = { account: planned.adminAccountId, region };
  const mgmt = ctx.aws.clientsFor(management.account, region).guardDuty;
  const client = ctx.aws.clientsFor(security.account, region).guardDuty;

  const admins = await read('guardduty:ListOrganizationAdminAccounts', async () => {
    const found: { id: string; status: string }[] = [];
    for await (const page of paginateListOrganizationAdminAccounts({ client: mgmt }, {})) {
      found.push(...(page.AdminAccounts ?? []).map((a) => ({ id: a.AdminAccountId ?? '', status: a.AdminStatus ?? '' })));
    }
    return found;
  });
  const detectorId = await read('guardduty:ListDetectors', async () => {
    const found: string[] = [];
    for await (const page of paginateListDetectors({ client }, {})) found.push(...(page.DetectorIds ?? []));
    return found[0] ?? null;
  });
  // Without a detector there is nothing to read; the dependent checks then fail, never pass.
  const withDetector = async <T>(call: VerifyCall, fetch: (id: string) => Promise<T>): Promise<ReadResult<T | null>> =>
    !detectorId.ok ? detectorId : detectorId.data === null ? { ok: true, data: null } : read(call, () => fetch(detectorId.data!));

  const detector = await withDetector('guardduty:GetDetector', (DetectorId) => client.send(new GetDetectorCommand({ DetectorId })));
  const orgConfig = await withDetector('guardduty:DescribeOrganizationConfiguration', (DetectorId) => client.send(new DescribeOrganizationConfigurationCommand({ DetectorId })));
  const members = await withDetector('guardduty:ListMembers', async (DetectorId) => {
    const found: Member[] = [];
    for await (const page of paginateListMembers({ client }, { DetectorId, OnlyAssociated: 'true' })) found.push(...(page.Members ?? []));
    return found;
  });
  const destinations = await withDetector('guardduty:ListPublishingDestinations', async (DetectorId) => {
    const found: Destination[] = [];
    for await (const page of paginateListPublishingDestinations({ client }, { DetectorId })) found.push(...(page.Destinations ?? []));
    return found;
  });
  const accounts = await ctx.activeAccounts();
  const noDetector = 'no detector in this Region';

  return [
    judge('guardduty.delegated-admin', management, admins, (list) => {
      const admin = list.find((a) => a.id === planned.adminAccountId);
      return { pass: admin?.status === 'ENABLED', detail: admin?.status === 'ENABLED' ? `${planned.adminAccountId} is the delegated administrator` : `${planned.adminAccountId} is not the enabled delegated administrator here`, expected: { adminAccountId: planned.adminAccountId, status: 'ENABLED' }, actual: list };
    }),
    judge('guardduty.detector', security, detector, (d) => ({ pass: d?.Status === 'ENABLED', detail: d === null ? noDetector : `the administrator's detector is ${d.Status ?? 'in an unknown state'}`, expected: 'ENABLED', actual: d?.Status ?? null })),
    judge('guardduty.auto-enable', security, orgConfig, (c) => ({ ...equals('organization auto-enable', 'ALL', c?.AutoEnableOrganizationMembers ?? null), ...(c === null && { detail: noDetector }) })),
    judge('guardduty.features', security, orgConfig, (c) => {
      const actual = (c?.Features ?? []).filter((f) => f.AutoEnable === 'ALL').map((f) => f.Name ?? '').sort();
      return { ...equals('features auto-enabled for ALL accounts', [...planned.features].sort(), c === null ? null : actual), ...(c === null && { detail: noDetector }) };
    }),
    judge('guardduty.members', security, all(members, accounts), ([list, active]) => {
      const enabled = new Set((list ?? []).filter((m) => m.RelationshipStatus === 'Enabled').map((m) => m.AccountId));
      const missing = active.filter((a) => a.id !== planned.adminAccountId && !enabled.has(a.id));
      return {
        pass: list !== null && missing.length === 0,
        detail: list === null ? noDetector : missing.length === 0 ? `all ${active.length - 1} member accounts are enabled` : `not enabled members: ${missing.map((a) => `${a.id} (${a.name})`).join(', ')}`,
        expected: active.filter((a) => a.id !== planned.adminAccountId).map((a) => a.id),
        actual: [...enabled].sort(),
      };
    }),
    judge('guardduty.publishing-destination', security, destinations, (list) => {
      const publishing = (list ?? []).filter((d) => d.Status === 'PUBLISHING');
      return { pass: publishing.length > 0, detail: list === null ? noDetector : publishing.length > 0 ? 'findings are exported (PUBLISHING)' : 'no publishing destination is PUBLISHING', expected: { status: 'PUBLISHING', destination: planned.exportDestinationArn }, actual: list };
    }),
  ];
}

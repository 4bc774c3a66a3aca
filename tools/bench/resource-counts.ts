import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import { parseConfig } from '../../config/load';
import { DEFAULT_ENABLED_REGIONS } from '../../config/regions';
import { createTrailguardStacks, STACK_IDS } from '../../app/trailguard-app';

type StackId = (typeof STACK_IDS)[keyof typeof STACK_IDS];

export interface StackCount {
  /** Resource blocks in the synthesized JSON; a count-gated block counts once. */
  readonly resources: number;
  readonly providers: number;
}

export interface CountRow {
  readonly regions: number;
  readonly stacks: Record<StackId, StackCount>;
  readonly total: number;
}

export interface AccountEvidence {
  /** The account ids the configuration names (management, log-archive, security). */
  readonly configured: readonly string[];
  /** Every account id the synthesized stacks name, in ARNs or account fields. */
  readonly referenced: readonly string[];
  /** Resource types that exist once per member account, found in the stacks (expected: none). */
  readonly perMemberAccountTypes: readonly string[];
  /** Resources that cover every account of the organization from one block. */
  readonly organizationWide: readonly string[];
}

export interface ResourceCounts {
  readonly byRegions: readonly CountRow[];
  readonly perAdditionalRegion: Record<StackId, number>;
  readonly accounts: AccountEvidence;
}

const REGION_STEPS = [1, 2, 4, 8, 17];

// Types a design that enrols accounts one by one would need; org-wide features replace them.
const PER_MEMBER_ACCOUNT_TYPES = [
  'aws_guardduty_member',
  'aws_guardduty_invite_accepter',
  'aws_securityhub_member',
  'aws_detective_member',
  'aws_macie2_member',
  'aws_organizations_account',
  'aws_config_aggregate_authorization',
  // VPC flow logs and Resolver query logging configured account by account, instead of Security Lake.
  'aws_flow_log',
  'aws_route53_resolver_query_log_config_association',
];

// How each org-wide feature shows in Terraform JSON: one block for all member accounts.
const ORGANIZATION_WIDE: readonly { type: string; label: string; matches: (body: any) => boolean }[] = [
  { type: 'aws_cloudtrail', label: 'organization trail (is_organization_trail)', matches: (body) => body.is_organization_trail === true },
  { type: 'aws_guardduty_organization_configuration', label: 'GuardDuty auto-enable for all members', matches: () => true },
  { type: 'aws_guardduty_organization_admin_account', label: 'GuardDuty delegated administrator', matches: () => true },
  { type: 'aws_organizations_policy_attachment', label: 'SCP/RCP attached to a root or OU', matches: () => true },
  { type: 'aws_organizations_delegated_administrator', label: 'Security Lake delegated administrator', matches: (body) => body.service_principal === 'securitylake.amazonaws.com' },
  // A source that lists no accounts covers every account of the organization.
  { type: 'aws_securitylake_aws_log_source', label: 'Security Lake sources VPC_FLOW and ROUTE53 for all accounts (no account list)', matches: (body) => (body.source ?? []).every((s: any) => s.accounts === undefined) },
];

function synthesize(raw: Record<string, unknown>): Record<StackId, any> {
  const outdir = mkdtempSync(join(tmpdir(), 'trailguard-bench-counts-'));
  try {
    const app = new App({ outdir });
    createTrailguardStacks(app, parseConfig(raw), { offline: false });
    app.synth();
    const read = (id: StackId): any => JSON.parse(readFileSync(join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8'));
    return { 'log-archive': read('log-archive'), management: read('management'), security: read('security') };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function countStack(synthesized: any): StackCount {
  const resources = Object.values(synthesized.resource ?? {}).reduce<number>((sum, byName) => sum + Object.keys(byName as object).length, 0);
  const providers = Object.values(synthesized.provider ?? {}).reduce<number>((sum, list) => sum + (list as unknown[]).length, 0);
  return { resources, providers };
}

/**
 * Account ids the stacks name: the account field of every ARN, and 12-digit values under
 * keys about accounts (allowed_account_ids, aws:SourceAccount, account_id, ...). Other
 * 12-digit numbers, such as a byte limit of 100 GiB, are not accounts.
 */
function accountIds(value: unknown, underAccountKey = false): string[] {
  if (typeof value === 'string') {
    const inArns = [...value.matchAll(/arn:[^:"\s]*:[^:"\s]*:[^:"\s]*:(\d{12}):/g)].map((match) => match[1]);
    return underAccountKey && /^\d{12}$/.test(value) ? [value, ...inArns] : inArns;
  }
  if (Array.isArray(value)) return value.flatMap((item) => accountIds(item, underAccountKey));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => {
      // Policies are attached as JSON strings; read them as documents.
      const parsed = typeof item === 'string' && item.startsWith('{') ? tryParse(item) : item;
      return accountIds(parsed, underAccountKey || /account/i.test(key));
    });
  }
  return [];
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function accountEvidence(stacks: Record<StackId, any>, raw: any): AccountEvidence {
  const resources = Object.values(stacks).flatMap((stack) =>
    Object.entries(stack.resource ?? {}).flatMap(([type, byName]) => Object.values(byName as object).map((body) => ({ type, body }))),
  );
  return {
    configured: Object.values(raw.accounts as Record<string, string>).sort(),
    referenced: [...new Set(accountIds(stacks))].sort(),
    perMemberAccountTypes: PER_MEMBER_ACCOUNT_TYPES.filter((type) => resources.some((resource) => resource.type === type)),
    organizationWide: ORGANIZATION_WIDE.filter((feature) => resources.some((r) => r.type === feature.type && feature.matches(r.body))).map((f) => f.label),
  };
}

/** Synthesizes the example with 1 to 17 governed Regions and counts each stack's blocks. */
export function measureResourceCounts(root: string): ResourceCounts {
  const example = JSON.parse(readFileSync(join(root, 'cdktf.json'), 'utf8')).context.trailguard;
  const ordered = [example.homeRegion, ...DEFAULT_ENABLED_REGIONS.filter((region) => region !== example.homeRegion)];
  let widest: Record<StackId, any> = {} as Record<StackId, any>;
  const byRegions = REGION_STEPS.map((regions) => {
    const stacks = synthesize({ ...example, governedRegions: ordered.slice(0, regions) });
    widest = stacks;
    const counts = { 'log-archive': countStack(stacks['log-archive']), management: countStack(stacks.management), security: countStack(stacks.security) };
    return { regions, stacks: counts, total: Object.values(counts).reduce((sum, count) => sum + count.resources, 0) };
  });
  const first = byRegions[0];
  const last = byRegions[byRegions.length - 1];
  const slope = (id: StackId): number =>
    Math.round(((last.stacks[id].resources - first.stacks[id].resources) / (last.regions - first.regions)) * 100) / 100;
  return {
    byRegions,
    perAdditionalRegion: { 'log-archive': slope('log-archive'), management: slope('management'), security: slope('security') },
    accounts: accountEvidence(widest, example),
  };
}

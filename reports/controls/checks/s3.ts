import { ofType, type ResourceView, type TfResource } from '../resources';
import { blocks, eachResource, needed, type ControlCheck, type Verdict } from './check';
import { configOf, loggingOf, publicAccessBlockOf } from './s3-resources';

const buckets = (view: ResourceView) => ofType(view, 'aws_s3_bucket');
const SWITCHES = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'] as const;

function allBlocked(resource: TfResource | undefined, missing: string): Verdict {
  const present = needed(resource, missing);
  if (present !== undefined) return present;
  return SWITCHES.every((s) => resource?.values[s] === true) ? undefined : 'not every Block Public Access switch is on';
}

function statementsOf(view: ResourceView, bucket: TfResource): any[] | undefined {
  const policy = configOf(view, bucket, 'aws_s3_bucket_policy');
  if (policy === undefined || typeof policy.values.policy !== 'string') return undefined;
  return blocks(JSON.parse(policy.values.policy).Statement);
}

const list = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as string[];
const everyone = (principal: any) => principal === '*' || list(principal?.AWS).includes('*');

/** Does an IAM action pattern (`*` and `?` wildcards, case-insensitive) grant `action`? Two pointers, no backtracking blow-up. */
export function grants(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < a.length) {
    if (i < p.length && (p[i] === '?' || p[i] === a[j])) {
      i += 1;
      j += 1;
    } else if (i < p.length && p[i] === '*') {
      star = i;
      mark = j;
      i += 1;
    } else if (star >= 0) {
      i = star + 1;
      mark += 1;
      j = mark;
    } else {
      return false;
    }
  }
  while (i < p.length && p[i] === '*') i += 1;
  return i === p.length;
}

function rulesEnabled(config: TfResource | undefined): boolean {
  return blocks(config?.values.rule).some((rule) => rule.status === 'Enabled');
}

const versioningEnabled = (view: ResourceView, bucket: TfResource) =>
  blocks(configOf(view, bucket, 'aws_s3_bucket_versioning')?.values.versioning_configuration).some((v) => v.status === 'Enabled')
  || blocks(bucket.values.versioning).some((v) => v.enabled === true);

/** S3.6's default blacklistedActionPatterns. */
const CROSS_ACCOUNT_DENIED = ['s3:DeleteBucketPolicy', 's3:PutBucketAcl', 's3:PutBucketPolicy', 's3:PutEncryptionConfiguration', 's3:PutObjectAcl'];

export const S3_CHECKS: readonly ControlCheck[] = [
  {
    // S3.1: "checks whether the preceding Amazon S3 block public access settings are configured at the account level"
    // (ignorePublicAcls, blockPublicPolicy, blockPublicAcls, restrictPublicBuckets: all true).
    control: 'S3.1',
    check: (view) => {
      const stacks = [...new Set(buckets(view).map((b) => b.stack))];
      const accountBlocks = ofType(view, 'aws_s3_account_public_access_block');
      return eachResource(buckets(view).filter((b, i, all) => all.findIndex((o) => o.stack === b.stack) === i), (b) =>
        allBlocked(accountBlocks.find((a) => a.stack === b.stack), `no account-level Block Public Access in ${stacks.length > 1 ? b.stack : 'the stack'}`), 'bucket');
    },
  },
  {
    // S3.2: "checks whether an Amazon S3 general purpose bucket permits public read access" (Block Public Access, policy, ACL).
    control: 'S3.2',
    check: (view) => eachResource(buckets(view), (b) => allBlocked(publicAccessBlockOf(view, b), 'no Block Public Access on the bucket'), 'bucket'),
  },
  {
    // S3.3: "checks whether an Amazon S3 general purpose bucket permits public write access" (as S3.2).
    control: 'S3.3',
    check: (view) => eachResource(buckets(view), (b) => allBlocked(publicAccessBlockOf(view, b), 'no Block Public Access on the bucket'), 'bucket'),
  },
  {
    // S3.5: "checks whether an Amazon S3 general purpose bucket has a policy that requires requests to use SSL": a Deny
    // for Principal "*" and s3:* when aws:SecureTransport is false.
    control: 'S3.5',
    check: (view) => eachResource(buckets(view), (b) => {
      const statements = statementsOf(view, b);
      if (statements === undefined) return 'no bucket policy';
      const denies = statements.some((s) => s.Effect === 'Deny' && everyone(s.Principal) && list(s.Action).some((a) => a === 's3:*' || a === '*')
        && String(s.Condition?.Bool?.['aws:SecureTransport']) === 'false');
      return denies ? undefined : 'no statement denying requests without TLS';
    }, 'bucket'),
  },
  {
    // S3.6: "checks whether an Amazon S3 general purpose bucket policy prevents principals from other AWS accounts from
    // performing denied actions" (blacklistedActionPatterns: s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy,
    // s3:PutEncryptionConfiguration, s3:PutObjectAcl). Stricter here: any AWS principal counts as another account.
    control: 'S3.6',
    check: (view) => eachResource(buckets(view), (b) => {
      const allowed = (statementsOf(view, b) ?? []).filter((s) => s.Effect === 'Allow' && (everyone(s.Principal) || s.Principal?.AWS !== undefined))
        .flatMap((s) => list(s.Action)).filter((pattern) => CROSS_ACCOUNT_DENIED.some((action) => grants(pattern, action)));
      return allowed.length === 0 ? undefined : `allows ${[...new Set(allowed)].join(', ')} to account principals`;
    }, 'bucket'),
  },
  {
    // S3.8: "checks whether an Amazon S3 general purpose bucket blocks public access at the bucket level" (all four settings true).
    control: 'S3.8',
    check: (view) => eachResource(buckets(view), (b) => allBlocked(publicAccessBlockOf(view, b), 'no Block Public Access on the bucket'), 'bucket'),
  },
  {
    // S3.9: "checks whether server access logging is enabled for an Amazon S3 general purpose bucket."
    control: 'S3.9',
    check: (view) => eachResource(buckets(view), (b) => needed(loggingOf(view, b), 'no server access logging'), 'bucket'),
  },
  {
    // S3.10: "checks whether an Amazon S3 general purpose versioned bucket has a Lifecycle configuration"; fails if
    // the bucket has versioning and no lifecycle configuration with a rule whose status is Enabled.
    control: 'S3.10',
    check: (view) => eachResource(buckets(view).filter((b) => versioningEnabled(view, b)), (b) => {
      const lifecycle = configOf(view, b, 'aws_s3_bucket_lifecycle_configuration');
      return needed(lifecycle, 'versioned without a lifecycle configuration') ?? (rulesEnabled(lifecycle) ? undefined : 'no enabled lifecycle rule');
    }, 'versioned bucket'),
  },
  {
    // S3.11: "checks whether S3 Event Notifications are enabled on an Amazon S3 general purpose bucket."
    control: 'S3.11',
    check: (view) => eachResource(buckets(view), (b) => needed(configOf(view, b, 'aws_s3_bucket_notification'), 'no event notifications'), 'bucket'),
  },
  {
    // S3.12: "checks whether an Amazon S3 general purpose bucket provides user permissions with an access control list"
    // (fails if ACLs manage access); Object Ownership BucketOwnerEnforced disables ACLs.
    control: 'S3.12',
    check: (view) => eachResource(buckets(view), (b) => {
      const ownership = configOf(view, b, 'aws_s3_bucket_ownership_controls');
      return needed(ownership, 'ACLs enabled (no Object Ownership setting)')
        ?? (blocks(ownership?.values.rule).some((r) => r.object_ownership === 'BucketOwnerEnforced') ? undefined : 'ACLs enabled');
    }, 'bucket'),
  },
  {
    // S3.13: "checks whether an Amazon S3 general purpose bucket has a Lifecycle configuration" (a rule with status Enabled).
    control: 'S3.13',
    check: (view) => eachResource(buckets(view), (b) => {
      const lifecycle = configOf(view, b, 'aws_s3_bucket_lifecycle_configuration');
      return needed(lifecycle, 'no lifecycle configuration') ?? (rulesEnabled(lifecycle) ? undefined : 'no enabled lifecycle rule');
    }, 'bucket'),
  },
  {
    // S3.14: "checks whether an Amazon S3 general purpose bucket has versioning enabled" (fails when Suspended or never enabled).
    control: 'S3.14',
    check: (view) => eachResource(buckets(view), (b) => (versioningEnabled(view, b) ? undefined : 'versioning not enabled'), 'bucket'),
  },
  {
    // S3.15: "checks whether an Amazon S3 general purpose bucket has Object Lock enabled."
    control: 'S3.15',
    check: (view) => eachResource(buckets(view), (b) => (b.values.object_lock_enabled === true ? undefined : 'Object Lock not enabled'), 'bucket'),
  },
  {
    // S3.17: "checks whether an Amazon S3 general purpose bucket is encrypted with an AWS KMS key (SSE-KMS or DSSE-KMS)."
    control: 'S3.17',
    check: (view) => eachResource(buckets(view), (b) => {
      const encryption = configOf(view, b, 'aws_s3_bucket_server_side_encryption_configuration');
      const algorithms = blocks(encryption?.values.rule).flatMap((r) => blocks(r.apply_server_side_encryption_by_default).map((d) => d.sse_algorithm));
      return needed(encryption, 'no default encryption configuration')
        ?? (algorithms.some((a) => a === 'aws:kms' || a === 'aws:kms:dsse') ? undefined : `encrypted with ${algorithms.join(', ') || 'nothing'}, not KMS`);
    }, 'bucket'),
  },
];

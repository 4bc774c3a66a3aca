// What each detection must do on each vendored record, written by reading the pattern text and the
// record (never from the evaluator's output). A detection is named `filter:<id>` or `rule:<id>`.
// Any record line not listed here must fire nothing: that covers every other_negative_controls file.
import type { DetectionTargets } from '../../detections';

// CIS / Security Hub metric filters.
const ROOT = 'filter:root-account-usage'; // Root && invokedBy NOT EXISTS && eventType != AwsServiceEvent
const UNAUTH = 'filter:unauthorized-api-calls'; // errorCode "*UnauthorizedOperation" or "AccessDenied*"
const NOMFA = 'filter:console-sign-in-without-mfa'; // ConsoleLogin && MFAUsed != "Yes" && IAMUser && Success
const IAM = 'filter:iam-policy-changes';
const TRAIL = 'filter:cloudtrail-configuration-changes'; // Create/Update/DeleteTrail, Start/StopLogging
const AUTHFAIL = 'filter:console-authentication-failures'; // ConsoleLogin && errorMessage "Failed authentication"
const KMS = 'filter:kms-key-disable-or-deletion';
const S3POL = 'filter:s3-bucket-policy-changes'; // s3 && (Acl, Policy, Cors, Lifecycle, Replication put/delete)
const CONFIG = 'filter:config-changes';
const SG = 'filter:security-group-changes';
const NACL = 'filter:nacl-changes';
const GW = 'filter:network-gateway-changes';
const ROUTE = 'filter:route-table-changes';
const VPC = 'filter:vpc-changes';
const ORG = 'filter:organizations-changes'; // eventSource organizations && 18 eventNames
// trailguard's watchers, as metric filters and as rules.
const F_BUCKET = 'filter:evidence-bucket-changes';
const F_KEY = 'filter:log-key-changes';
const F_GUARD = 'filter:guardrail-policy-changes';
const R_ROOT = 'rule:root-activity';
const R_NOMFA = 'rule:console-sign-in-without-mfa';
const R_TRAIL = 'rule:org-trail-tampering';
const R_GUARD = 'rule:guardrail-policy-changes';
const R_KEY = 'rule:log-key-changes';
const R_BUCKET = 'rule:evidence-bucket-changes';
const R_ROOTKEY = 'rule:root-access-key-created';

export const ALL_DETECTION_KEYS = [
  ROOT, UNAUTH, NOMFA, IAM, TRAIL, AUTHFAIL, KMS, S3POL, CONFIG, SG, NACL, GW, ROUTE, VPC, ORG, F_BUCKET, F_KEY, F_GUARD,
  R_ROOT, R_NOMFA, R_TRAIL, R_GUARD, R_KEY, R_BUCKET, 'rule:guardduty-tampering', R_ROOTKEY, 'rule:guardduty-high-severity-finding',
  'filter:trail-log-group-tampering', 'rule:trail-log-group-tampering',
] as const;

/**
 * Target set A names resources that appear in the records, so the scoped watchers have real positives:
 * the Panther buckets `critical-data-bucket` and `sample-cloudtrail-bucket-name`, the KMS guide's key
 * 1234abcd-... and alias `alias/my_alias`, and Panther's trail `example-trail`.
 */
export const TARGETS_A: DetectionTargets = {
  evidenceBucketNames: ['critical-data-bucket', 'sample-cloudtrail-bucket-name'],
  logKeyAliasNames: ['alias/my_alias'],
  logKeyArns: ['arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
  trailName: 'example-trail',
  trailLogGroupName: '/tg-a/cloudtrail/organization',
  alarmNamePrefix: 'tg-a-',
};

/** Target set B: another bucket and trail, and no key ARNs, so key-state changes on every key fire. */
export const TARGETS_B: DetectionTargets = {
  evidenceBucketNames: ['important-files-bucket'],
  logKeyAliasNames: ['alias/tg/cloudtrail-logs'],
  trailName: 'sample-cloudtrail-name',
  trailLogGroupName: '/tg-b/cloudtrail/organization',
  alarmNamePrefix: 'tg-b-',
};

export interface FileExpectation {
  readonly file: string;
  /** Expected for every line of the file unless `lines` says otherwise. */
  readonly all: readonly string[];
  readonly lines?: Readonly<Record<number, readonly string[]>>;
  /** Detections that also fire only with TARGETS_A / TARGETS_B (they watch named resources). */
  readonly onlyA?: Readonly<Record<number, readonly string[]>>;
  readonly onlyB?: Readonly<Record<number, readonly string[]>>;
}

const ROOT_BOTH = [ROOT, R_ROOT];
const LEAVE_ORG = [UNAUTH, ORG, F_GUARD, R_GUARD]; // LeaveOrganization denied with AccessDenied
const KEY_BOTH = [F_KEY, R_KEY];
const BUCKET_BOTH = [F_BUCKET, R_BUCKET];

export const EXPECTATIONS: readonly FileExpectation[] = [
  // --- awsdocs-aws-cloudtrail-user-guide ---
  { file: 'awsdocs-aws-cloudtrail-user-guide/cloudtrail_changes.jsonl', all: [TRAIL] }, // UpdateTrail on myTrail2 (not a target)
  {
    file: 'awsdocs-aws-cloudtrail-user-guide/console_login_failure.jsonl',
    all: [],
    lines: { 1: [AUTHFAIL], 2: [AUTHFAIL, ...ROOT_BOTH] }, // 1: IAMUser "Failed authentication"; 2: Root, same message
  },
  { file: 'awsdocs-aws-cloudtrail-user-guide/console_login_success_mfa.jsonl', all: [] }, // IAMUser, MFAUsed Yes
  {
    file: 'awsdocs-aws-cloudtrail-user-guide/console_login_success_no_mfa.jsonl',
    all: [],
    // 1, 4: IAMUser MFAUsed No Success; 2, 3: Root (MFAUsed No / "YES") is root activity, not an IAM user without MFA.
    lines: { 1: [NOMFA, R_NOMFA], 2: ROOT_BOTH, 3: ROOT_BOTH, 4: [NOMFA, R_NOMFA] },
  },
  {
    file: 'awsdocs-aws-cloudtrail-user-guide/root_usage.jsonl',
    all: ROOT_BOTH, // sign-ins, EnableMFADevice, PasswordUpdated by Root, no invokedBy
    lines: { 3: [...ROOT_BOTH, AUTHFAIL] },
  },
  // --- awsdocs-aws-config-developer-guide ---
  { file: 'awsdocs-aws-config-developer-guide/config_changes.jsonl', all: [CONFIG] },
  // --- awsdocs-aws-kms-developer-guide ---
  {
    file: 'awsdocs-aws-kms-developer-guide/kms_disable_or_delete.jsonl',
    all: [KMS],
    onlyA: { 1: KEY_BOTH, 2: KEY_BOTH }, // resources[0].ARN is key 1234abcd-...; 3 (mrk-) and 4 (0987dcba-) are other keys
    onlyB: { 1: KEY_BOTH, 2: KEY_BOTH, 3: KEY_BOTH, 4: KEY_BOTH }, // no ARNs given: every key
  },
  {
    file: 'awsdocs-aws-kms-developer-guide/other_negative_controls.jsonl',
    all: [],
    onlyA: { 17: KEY_BOTH, 44: KEY_BOTH, 57: KEY_BOTH }, // DeleteAlias/UpdateAlias alias/my_alias; PutKeyPolicy on 1234abcd-...
    onlyB: { 44: KEY_BOTH }, // PutKeyPolicy on any key
  },
  // --- awsdocs-aws-organizations-docs ---
  { file: 'awsdocs-aws-organizations-docs/organizations_changes.jsonl', all: [ORG] }, // CreateAccount, CreateOU, Invite, AttachPolicy
  // --- awsdocs-amazon-s3-userguide ---
  { file: 'awsdocs-amazon-s3-userguide/s3_bucket_policy_changes.jsonl', all: [S3POL] }, // PutBucketAcl
  // --- awsdocs-iam-user-guide ---
  {
    file: 'awsdocs-iam-user-guide/console_login_failure.jsonl',
    all: [],
    lines: { 1: [AUTHFAIL] }, // 2 says "No username found in supplied account", not "Failed authentication"
  },
  // --- panther-analysis ---
  {
    file: 'panther-analysis/cloudtrail_changes.jsonl',
    all: [TRAIL],
    // 3, 4: PutEventSelectors is not in CIS 3.5's list; 11: StopLogging by Root.
    lines: { 3: [], 4: [], 11: [TRAIL, ...ROOT_BOTH] },
    // example-trail: 5, 7 name it by ARN (.../trail/example-trail), 8, 9 by name (DeleteTrail via CloudFormation, still tampering).
    onlyA: { 5: [R_TRAIL], 7: [R_TRAIL], 8: [R_TRAIL], 9: [R_TRAIL] },
    onlyB: { 3: [R_TRAIL], 4: [R_TRAIL] }, // PutEventSelectors trailName sample-cloudtrail-name
  },
  { file: 'panther-analysis/config_changes.jsonl', all: [CONFIG] },
  {
    file: 'panther-analysis/console_login_failure.jsonl',
    all: ROOT_BOTH, // Root failures
    lines: { 1: [], 3: [AUTHFAIL], 4: [], 6: [] }, // IAMUser failures; only 3 carries "Failed authentication"
  },
  { file: 'panther-analysis/console_login_other.jsonl', all: [] }, // no ConsoleLogin result / AssumedRole
  { file: 'panther-analysis/console_login_success_mfa.jsonl', all: [] },
  {
    file: 'panther-analysis/console_login_success_no_mfa.jsonl',
    all: ROOT_BOTH, // Root sign-ins: 5, 11, 14-21
    lines: {
      // IAMUser without MFAUsed: the rule treats a missing MFAUsed as not-MFA; the filter's != needs the field.
      1: [R_NOMFA],
      2: [], 7: [], 8: [], 9: [], 10: [], // AssumedRole (federated/SSO) sign-ins: MFA is the IdP's business
      3: [NOMFA, R_NOMFA], 4: [NOMFA, R_NOMFA], 6: [NOMFA, R_NOMFA], 12: [NOMFA, R_NOMFA], 13: [NOMFA, R_NOMFA],
    },
  },
  { file: 'panther-analysis/iam_policy_changes.jsonl', all: [IAM], lines: { 13: [IAM, ...ROOT_BOTH], 14: [IAM, ...ROOT_BOTH], 15: [IAM, ...ROOT_BOTH], 16: [IAM, ...ROOT_BOTH] } },
  {
    file: 'panther-analysis/kms_disable_or_delete.jsonl',
    all: [KMS], // key/1 is not the target key of set A
    onlyB: { 1: KEY_BOTH, 2: KEY_BOTH, 3: KEY_BOTH, 4: KEY_BOTH },
  },
  { file: 'panther-analysis/nacl_changes.jsonl', all: [NACL] },
  { file: 'panther-analysis/network_gateway_changes.jsonl', all: [GW] },
  {
    file: 'panther-analysis/organizations_changes.jsonl',
    all: [],
    lines: { 1: LEAVE_ORG }, // 2: CreateAccount without eventSource: the CIS filter requires eventSource
  },
  {
    file: 'panther-analysis/root_usage.jsonl',
    all: ROOT_BOTH,
    lines: {
      5: [R_ROOTKEY], // CreateAccessKey for root itself via the console: invokedBy signin excludes it from CIS 3.3 and root-activity
      6: [], // same, but for IAM user example-user
      17: [TRAIL, ...ROOT_BOTH], // StopLogging by Root on acme-cloudtrail-us-east-1
      18: [...ROOT_BOTH, R_ROOTKEY], // CreateAccessKey, requestParameters null: a root key
      20: [IAM, ...ROOT_BOTH], 21: [IAM, ...ROOT_BOTH], 22: [IAM, ...ROOT_BOTH], 34: [IAM, ...ROOT_BOTH], // AttachUserPolicy by Root
      32: [...ROOT_BOTH, R_ROOTKEY],
    },
  },
  { file: 'panther-analysis/route_table_changes.jsonl', all: [ROUTE] },
  {
    file: 'panther-analysis/s3_bucket_policy_changes.jsonl',
    all: [S3POL],
    lines: { 7: [S3POL, UNAUTH], 11: [S3POL, UNAUTH], 13: [S3POL, UNAUTH], 15: [], 16: [UNAUTH], 17: [] }, // *PublicAccessBlock is not in CIS 3.8
    onlyA: { 1: BUCKET_BOTH, 2: BUCKET_BOTH, 3: BUCKET_BOTH }, // PutBucketLifecycle on sample-cloudtrail-bucket-name
  },
  { file: 'panther-analysis/security_group_changes.jsonl', all: [SG], lines: { 5: [SG, UNAUTH] } },
  {
    file: 'panther-analysis/unauthorized_calls.jsonl',
    all: [UNAUTH],
    lines: { 2: LEAVE_ORG, 6: [UNAUTH, SG], 24: [UNAUTH, S3POL], 25: [UNAUTH, S3POL], 27: [UNAUTH, S3POL] },
    onlyA: { 29: BUCKET_BOTH, 30: BUCKET_BOTH, 31: BUCKET_BOTH }, // denied PutBucketLogging/Versioning on critical-data-bucket
    onlyB: { 32: BUCKET_BOTH }, // denied PutBucketVersioning on important-files-bucket
  },
  { file: 'panther-analysis/vpc_changes.jsonl', all: [VPC] },
  {
    file: 'panther-analysis/other_negative_controls.jsonl',
    all: [],
    onlyA: {
      // critical-data-bucket: PutBucketLogging, PutBucketVersioning, DeleteBucketEncryption
      221: BUCKET_BOTH, 222: BUCKET_BOTH, 223: BUCKET_BOTH, 224: BUCKET_BOTH, 225: BUCKET_BOTH, 226: BUCKET_BOTH, 228: BUCKET_BOTH,
      231: BUCKET_BOTH, 232: BUCKET_BOTH, 233: BUCKET_BOTH, 234: BUCKET_BOTH, 235: BUCKET_BOTH, 236: BUCKET_BOTH, 237: BUCKET_BOTH, 238: BUCKET_BOTH,
    },
    onlyB: {
      201: KEY_BOTH, 204: KEY_BOTH, // PutKeyPolicy; set A misses both (no resources / lower-case "arn" key)
      240: BUCKET_BOTH, 241: BUCKET_BOTH, 242: BUCKET_BOTH, 243: BUCKET_BOTH, // important-files-bucket
    },
  },
  // --- stratus-red-team ---
  { file: 'stratus-red-team/cloudtrail_changes.jsonl', all: [TRAIL], lines: { 2: [] } }, // 2: PutEventSelectors on another trail
  { file: 'stratus-red-team/console_login_success_no_mfa.jsonl', all: [NOMFA, R_NOMFA] },
  { file: 'stratus-red-team/iam_policy_changes.jsonl', all: [IAM] },
  { file: 'stratus-red-team/organizations_changes.jsonl', all: LEAVE_ORG },
  { file: 'stratus-red-team/security_group_changes.jsonl', all: [SG] },
  { file: 'stratus-red-team/unauthorized_calls.jsonl', all: [UNAUTH], lines: { 33: LEAVE_ORG } },
  // --- constructed-api-reference (built for the technique rules; see its index.jsonl) ---
  // Positives 5 (PutRolePolicy) is a CIS IAM change; 28 (DeleteAlarms, decoy name first, then tg-a-...) is a set-A alarm deletion.
  { file: 'constructed-api-reference/technique_positives.jsonl', all: [], lines: { 5: [IAM], 30: [SG] }, onlyA: { 28: ['filter:trail-log-group-tampering', 'rule:trail-log-group-tampering'] } },
  // Near-misses 19 (PutRolePolicy) and 20 (PutBucketLifecycle) are CIS changes; 3 names a tg-b- alarm second.
  {
    file: 'constructed-api-reference/technique_near_misses.jsonl', all: [], lines: { 19: [IAM], 20: [S3POL] },
    onlyB: { 3: ['filter:trail-log-group-tampering', 'rule:trail-log-group-tampering'] },
  },
];

/**
 * The actions the log-tampering guardrails deny, in one place so the SCP, the RCP, the
 * simulation and the lint all read the same lists (aws-cdk-lib keeps its perms.ts the same way).
 */

/**
 * What nobody but the break-glass role may do to an evidence or access-log bucket: the ONE
 * list the SCP, the RCP and both bucket policies deny. Each entry removes or weakens
 * evidence, or a protection of it: deleting objects, versions or their tags, deleting the
 * bucket, rewriting the policy that forbids this, shortening expiry, loosening Object Lock,
 * retention, legal holds or versioning, bypassing GOVERNANCE retention, changing the default
 * encryption that uploads without encryption headers fall back to, stopping access logging,
 * or copying the evidence elsewhere by replication.
 */
export const EVIDENCE_BUCKET_TAMPERING_ACTIONS = [
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:DeleteObjectTagging',
  's3:DeleteObjectVersionTagging',
  's3:DeleteBucket',
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
  's3:PutLifecycleConfiguration',
  's3:PutBucketObjectLockConfiguration',
  's3:PutObjectRetention',
  's3:PutObjectLegalHold',
  's3:BypassGovernanceRetention',
  's3:PutBucketVersioning',
  's3:PutEncryptionConfiguration',
  's3:PutBucketLogging',
  's3:PutReplicationConfiguration',
] as const;

/** Switching any trail off or narrowing what it records, in any account. */
export const TRAIL_TAMPERING_ACTIONS = [
  'cloudtrail:StopLogging',
  'cloudtrail:DeleteTrail',
  'cloudtrail:UpdateTrail',
  'cloudtrail:PutEventSelectors',
  'cloudtrail:PutInsightSelectors',
] as const;

/** Destroying the log key, or handing its use to someone else. */
export const LOG_KEY_TAMPERING_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:PutKeyPolicy', 'kms:CreateGrant'] as const;

/**
 * Moving the alias away from the log key. The key statements match by alias
 * (`kms:ResourceAliases`), so an unprotected alias would be the way around them.
 */
export const LOG_KEY_ALIAS_TAMPERING_ACTIONS = ['kms:DeleteAlias', 'kms:UpdateAlias'] as const;

/**
 * Blinding GuardDuty in a member account or detaching it from the delegated administrator, and
 * the administrator-side ways to the same end: cutting members off (DisassociateMembers,
 * DeleteMembers, UpdateOrganizationConfiguration, UpdateMemberDetectors) or hiding findings
 * (a filter that auto-archives, a trusted IP list that silences an attacker's addresses).
 */
export const GUARDDUTY_TAMPERING_ACTIONS = [
  'guardduty:DeleteDetector',
  'guardduty:DisassociateFromAdministratorAccount',
  'guardduty:DisassociateFromMasterAccount',
  'guardduty:DisableOrganizationAdminAccount',
  'guardduty:StopMonitoringMembers',
  'guardduty:UpdateDetector',
  'guardduty:DeletePublishingDestination',
  'guardduty:DisassociateMembers',
  'guardduty:DeleteMembers',
  'guardduty:UpdateOrganizationConfiguration',
  'guardduty:UpdateMemberDetectors',
  'guardduty:CreateFilter',
  'guardduty:UpdateFilter',
  'guardduty:CreateIPSet',
  'guardduty:UpdateIPSet',
] as const;

/**
 * Creating, taking over or removing a role by name. The guardrails exempt roles by name, so
 * whoever could create or re-trust a role of that name would hold the exemption. Tags are
 * included because identity policies may grant `sts:AssumeRole` by `aws:ResourceTag`.
 */
export const ROLE_TAMPERING_ACTIONS = [
  'iam:CreateRole',
  'iam:DeleteRole',
  'iam:UpdateRole',
  'iam:UpdateAssumeRolePolicy',
  'iam:PutRolePolicy',
  'iam:DeleteRolePolicy',
  'iam:AttachRolePolicy',
  'iam:DetachRolePolicy',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
  'iam:TagRole',
  'iam:UntagRole',
] as const;

/** Deleting, switching off or redirecting a forwarding rule, or squatting its name. */
export const FORWARDER_RULE_TAMPERING_ACTIONS = [
  'events:DeleteRule',
  'events:DisableRule',
  'events:RemoveTargets',
  'events:PutRule',
  'events:PutTargets',
] as const;

/** An account that leaves the organization leaves the org trail and every guardrail with it. */
export const ORGANIZATION_ESCAPE_ACTIONS = ['organizations:LeaveOrganization'] as const;

/**
 * AWS services whose principals write into the evidence and access-log buckets: CloudTrail
 * delivers the trail, GuardDuty exports findings, S3 server access logging delivers access logs.
 */
export const EVIDENCE_WRITER_SERVICES = ['cloudtrail.amazonaws.com', 'guardduty.amazonaws.com', 'logging.s3.amazonaws.com'] as const;

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
 *
 * Replication writes with actions of its own, not `s3:PutObject`: a replication rule on a
 * bucket the attacker owns could put a forged log or digest file, or a delete marker (Object
 * Lock does not protect against those), over the evidence keys, and it would become the
 * current version. Tags are rewritten the same way, or directly. Requester Pays stops server
 * access log delivery, because such a bucket cannot be a logging target.
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
  's3:ReplicateObject',
  's3:ReplicateDelete',
  's3:ReplicateTags',
  's3:ObjectOwnerOverrideToBucketOwner',
  's3:PutObjectTagging',
  's3:PutObjectVersionTagging',
  's3:PutBucketRequestPayment',
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
 * the administrator-side ways to the same end that the security stack's Terraform itself needs
 * for the resources it manages (detectors, features, organization configuration, the export):
 * only the break-glass role and the security account's deployment role may call these.
 */
export const GUARDDUTY_MANAGED_RESOURCE_ACTIONS = [
  'guardduty:DeleteDetector',
  'guardduty:UpdateDetector',
  'guardduty:UpdateOrganizationConfiguration',
  'guardduty:DeletePublishingDestination',
  // Pointing the export elsewhere takes findings out of the evidence.
  'guardduty:UpdatePublishingDestination',
] as const;

/**
 * Ways to hide findings or cut accounts off that no Terraform resource of trailguard calls:
 * cutting members off (DisassociateMembers, DeleteMembers, UpdateMemberDetectors,
 * StopMonitoringMembers), leaving the administrator, removing the delegation, or hiding findings
 * (archiving them, a filter that auto-archives, a trusted IP list that silences an attacker's
 * addresses). Only the break-glass role may call these; the deployment role is not exempt.
 */
export const GUARDDUTY_FINDING_SUPPRESSION_ACTIONS = [
  'guardduty:DisassociateFromAdministratorAccount',
  'guardduty:DisassociateFromMasterAccount',
  'guardduty:DisableOrganizationAdminAccount',
  'guardduty:StopMonitoringMembers',
  'guardduty:DisassociateMembers',
  'guardduty:DeleteMembers',
  'guardduty:UpdateMemberDetectors',
  'guardduty:ArchiveFindings',
  'guardduty:CreateFilter',
  'guardduty:UpdateFilter',
  'guardduty:CreateIPSet',
  'guardduty:UpdateIPSet',
] as const;

/** Every GuardDuty action the guardrails deny, for lists and docs. */
export const GUARDDUTY_TAMPERING_ACTIONS = [...GUARDDUTY_MANAGED_RESOURCE_ACTIONS, ...GUARDDUTY_FINDING_SUPPRESSION_ACTIONS] as const;

/**
 * Creating, taking over or removing a role by name. The guardrails exempt roles by name, so
 * whoever could create or re-trust a role of that name would hold the exemption. Tags are
 * included because identity policies may grant `sts:AssumeRole` by `aws:ResourceTag`, and
 * PassRole because a service (an instance, a function, a rule) given the role acts as it.
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
  'iam:PassRole',
] as const;

/**
 * Becoming a deployment role: its session holds the deployment role's exemptions. Session tags
 * and source identity are authorized with the assumption, so they are denied with it.
 */
export const ROLE_ASSUMPTION_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
] as const;

/** Deleting, switching off or redirecting a forwarding rule, or squatting its name. */
export const FORWARDER_RULE_TAMPERING_ACTIONS = [
  'events:DeleteRule',
  'events:DisableRule',
  'events:RemoveTargets',
  'events:PutRule',
  'events:PutTargets',
] as const;

/**
 * Silencing the security account's alert pipeline, on trailguard's own central rules, bus,
 * topic and topic-key alias: deleting, disabling or redirecting a rule; deleting or re-keying
 * the bus; deleting the topic, rewriting its policy or attributes, or adding a data-protection
 * policy that drops messages; removing a subscription, or giving it a filter policy that drops
 * every message; moving the key alias (the key statements match by alias). Metric alarms reach
 * the topic through the central bus too, so this is every alert path.
 */
export const ALERT_PIPELINE_TAMPERING_ACTIONS = [
  ...FORWARDER_RULE_TAMPERING_ACTIONS,
  'events:DeleteEventBus',
  'events:UpdateEventBus',
  'sns:DeleteTopic',
  'sns:SetTopicAttributes',
  'sns:RemovePermission',
  'sns:PutDataProtectionPolicy',
  'sns:Unsubscribe',
  'sns:SetSubscriptionAttributes',
  'kms:DeleteAlias',
  'kms:UpdateAlias',
] as const;

/**
 * The part of the alert-pipeline list an SNS topic policy can name (subscription actions are not
 * topic-policy actions): the topic policy denies these to all but the topic's administrators.
 */
export const ALERT_TOPIC_POLICY_DENIED_ACTIONS = ['sns:DeleteTopic', 'sns:SetTopicAttributes', 'sns:RemovePermission'] as const;

/**
 * Rewriting who may put events on a bus. These actions name no resource, so the guardrail scopes
 * them to the security account, where the central buses are.
 */
export const EVENT_BUS_PERMISSION_ACTIONS = ['events:PutPermission', 'events:RemovePermission'] as const;

/** Switching off the key of the alert topics, or taking it over (SNS cannot publish without it). */
export const ALERT_KEY_TAMPERING_ACTIONS = ['kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'] as const;

/** Putting events on a central bus: only the forwarders may, so nobody can forge an alert. */
export const CENTRAL_BUS_PUT_ACTIONS = ['events:PutEvents'] as const;

/**
 * Lifting trailguard's SCPs and RCP as a delegated administrator for Organizations policies:
 * detaching, rewriting or deleting them, or removing the tag that marks them.
 */
export const GUARDRAIL_POLICY_TAMPERING_ACTIONS = ['organizations:DetachPolicy', 'organizations:UpdatePolicy', 'organizations:DeletePolicy'] as const;

/** Moving the tag that marks trailguard's policies, which the policy statement matches by. */
export const GUARDRAIL_POLICY_TAG_ACTIONS = ['organizations:TagResource', 'organizations:UntagResource'] as const;

/** An account that leaves the organization leaves the org trail and every guardrail with it. */
export const ORGANIZATION_ESCAPE_ACTIONS = ['organizations:LeaveOrganization'] as const;

/**
 * AWS services whose principals write into the evidence and access-log buckets: CloudTrail
 * delivers the trail, GuardDuty exports findings, S3 server access logging delivers access logs.
 */
export const EVIDENCE_WRITER_SERVICES = ['cloudtrail.amazonaws.com', 'guardduty.amazonaws.com', 'logging.s3.amazonaws.com'] as const;

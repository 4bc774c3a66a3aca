// The API calls the guardrail watchers look for, in one place so the metric filters and the
// EventBridge rules cannot drift apart (the aws-cdk-lib `perms.ts` idea). Names are CloudTrail
// eventNames, which are not always the IAM action names (PutBucketLifecycle is logged for
// s3:PutLifecycleConfiguration, PutBucketEncryption for s3:PutEncryptionConfiguration).

/** Bucket-level calls that weaken an evidence bucket: who can read it, how long data stays, whether it can be deleted. */
export const EVIDENCE_BUCKET_EVENTS = [
  'PutBucketPolicy',
  'DeleteBucketPolicy',
  'PutBucketAcl',
  'PutBucketVersioning',
  'PutObjectLockConfiguration',
  'PutBucketLifecycle',
  'DeleteBucketLifecycle',
  'PutBucketEncryption',
  'DeleteBucketEncryption',
  'PutBucketLogging',
  'PutBucketReplication',
  'DeleteBucketReplication',
  'PutBucketPublicAccessBlock',
  'DeleteBucketPublicAccessBlock',
  'DeleteBucket',
] as const;

/**
 * Object-level calls on the evidence: data events, recorded only where the trail records S3
 * writes. Queries look for them next to the bucket-level calls.
 */
export const EVIDENCE_OBJECT_EVENTS = ['PutObjectRetention', 'PutObjectLegalHold', 'DeleteObject', 'DeleteObjects'] as const;

/** Calls that make a KMS key unusable, or hand it to someone else, through the key itself. */
export const LOG_KEY_STATE_EVENTS = ['DisableKey', 'ScheduleKeyDeletion', 'PutKeyPolicy'] as const;

/** Calls that repoint or remove the alias the trail uses to find its key. */
export const LOG_KEY_ALIAS_EVENTS = ['DeleteAlias', 'UpdateAlias'] as const;

/**
 * Organizations calls that weaken SCP/RCP guardrails. DetachPolicy, UpdatePolicy and DeletePolicy
 * records carry only the policy id, not its type, so these also match tag and backup policies.
 */
export const GUARDRAIL_POLICY_EVENTS = ['DetachPolicy', 'UpdatePolicy', 'DeletePolicy', 'DisablePolicyType', 'LeaveOrganization'] as const;

/** Calls that stop the org trail recording what it records. */
export const TRAIL_TAMPER_EVENTS = ['StopLogging', 'DeleteTrail', 'UpdateTrail', 'PutEventSelectors', 'PutInsightSelectors'] as const;

/** Calls that switch GuardDuty off for an account or cut it from the administrator. */
export const GUARDDUTY_TAMPER_EVENTS = [
  'DeleteDetector',
  'DisassociateFromMasterAccount',
  'DisassociateFromAdministratorAccount',
  'DisassociateMembers',
  'DeleteMembers',
  'StopMonitoringMembers',
  'DisableOrganizationAdminAccount',
] as const;

/**
 * CloudWatch Logs calls on the trail's log group that blind the metric-filter path or destroy its
 * copy of the trail. The log group lives in the management account, where no SCP or RCP applies.
 * PutMetricFilter is here because rewriting a pattern silences a filter as surely as deleting it.
 * Left out: DeleteRetentionPolicy (keeps logs longer) and DeleteSubscriptionFilter (trailguard
 * creates no subscription filters).
 */
export const TRAIL_LOG_GROUP_EVENTS = ['DeleteLogGroup', 'PutRetentionPolicy', 'DisassociateKmsKey', 'DeleteMetricFilter', 'PutMetricFilter'] as const;

/** CloudWatch calls that remove or mute the metric-filter alarms. */
export const DETECTION_ALARM_EVENTS = ['DeleteAlarms', 'DisableAlarmActions'] as const;

/**
 * IAM calls that change what a user, role or group may do: the 16 of the CIS IAM-policy filter
 * (cis-filters.ts keeps their exact text for Security Hub), plus default versions and boundaries.
 */
export const IAM_POLICY_CHANGE_EVENTS = [
  'DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy',
  'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion',
  'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy',
  'SetDefaultPolicyVersion', 'PutRolePermissionsBoundary', 'DeleteRolePermissionsBoundary', 'PutUserPermissionsBoundary', 'DeleteUserPermissionsBoundary',
] as const;

/** EventBridge calls that delete, switch off or empty a rule. */
export const FORWARDER_RULE_EVENTS = ['DeleteRule', 'DisableRule', 'RemoveTargets'] as const;

/** CloudFormation calls that change or remove the forwarder StackSet or its stack instances. */
export const FORWARDER_STACK_SET_EVENTS = ['DeleteStackInstances', 'UpdateStackSet', 'DeleteStackSet', 'UpdateStackInstances'] as const;

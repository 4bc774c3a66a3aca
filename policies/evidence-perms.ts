/**
 * Action lists shared by the evidence-store policies, in one place so the bucket policies,
 * the investigator policy, the simulations and the docs cannot drift apart.
 */

/**
 * What nobody but the break-glass role may do to an evidence or access-log bucket. Each
 * entry removes or weakens evidence, or removes a protection of it:
 * deleting objects and versions, rewriting the policy that forbids it, shortening expiry,
 * loosening Object Lock or versioning, bypassing GOVERNANCE retention, or changing the
 * default encryption that uploads without encryption headers fall back to.
 */
export const TAMPER_ACTIONS = [
  's3:DeleteObject*',
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
  's3:PutLifecycleConfiguration',
  's3:PutBucketObjectLockConfiguration',
  's3:PutBucketVersioning',
  's3:BypassGovernanceRetention',
  's3:PutEncryptionConfiguration',
] as const;

/** Bucket-level reads an investigator needs to find log files. */
export const LOG_LIST_ACTIONS = ['s3:ListBucket', 's3:ListBucketVersions', 's3:GetBucketLocation'] as const;

/** Object-level reads an investigator needs to read log files, including earlier versions. */
export const LOG_READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion'] as const;

/**
 * Key administration without any cryptographic use: the account root can manage, rotate,
 * and schedule deletion of the key, but not decrypt or encrypt with it.
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
] as const;

/** The service principal of CloudTrail, which writes the organization trail. */
export const CLOUDTRAIL_SERVICE = 'cloudtrail.amazonaws.com';

/** The service principal of S3 server access log delivery. */
export const S3_LOGGING_SERVICE = 'logging.s3.amazonaws.com';

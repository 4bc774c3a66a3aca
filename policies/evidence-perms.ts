/**
 * Action lists shared by the evidence-store policies, in one place so the key policy, the
 * investigator policy, the simulations and the docs cannot drift apart. What the bucket
 * policies deny is `EVIDENCE_BUCKET_TAMPERING_ACTIONS` in `guardrail-actions.ts`, the list
 * the SCP and RCP deny too.
 */

/** Bucket-level reads an investigator needs to find log files. */
export const LOG_LIST_ACTIONS = ['s3:ListBucket', 's3:ListBucketVersions', 's3:GetBucketLocation'] as const;

/** Object-level reads an investigator needs to read log files, including earlier versions. */
export const LOG_READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion'] as const;

/**
 * What the account root may do to the log key, named action by action: the AWS console's
 * wildcards (`kms:Create*`, `kms:Put*`) include `kms:CreateGrant`, with which any principal
 * the account's IAM allows could grant itself Decrypt. This is what Terraform needs to
 * create, read, rotate, tag and alias the key, and nothing cryptographic.
 *
 * `kms:PutKeyPolicy` stays: unless the lockout safety check is bypassed, KMS rejects a key
 * policy that does not let the principal putting it put the next one, and without it
 * nobody could ever change the policy. It is also a way to rewrite the policy to allow
 * Decrypt, so the SCP and the RCP deny it (and CreateGrant) to everyone but break-glass.
 *
 * Not here: disabling or scheduling deletion of the key, disabling rotation, moving or
 * deleting its alias. Each would make the evidence unreadable or slip the alias off the
 * key; break-glass must first put a policy that allows it.
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:DescribeKey',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListGrants',
  'kms:ListKeyPolicies',
  'kms:ListKeyRotations',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:RotateKeyOnDemand',
  'kms:UpdateKeyDescription',
  'kms:CreateAlias',
  'kms:TagResource',
  'kms:UntagResource',
  // Lets the root remove a grant created before this list replaced the wildcards.
  'kms:RevokeGrant',
  'kms:CancelKeyDeletion',
] as const;

/** The service principal of CloudTrail, which writes the organization trail. */
export const CLOUDTRAIL_SERVICE = 'cloudtrail.amazonaws.com';

/** The service principal of S3 server access log delivery. */
export const S3_LOGGING_SERVICE = 'logging.s3.amazonaws.com';

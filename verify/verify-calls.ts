/**
 * Every AWS API call `verify` makes, keyed `<service>:<Operation>` (the SDK operation), with
 * the IAM action that authorizes it. The verifier role's policy is generated from this list,
 * and a test records the calls a full run makes against the fake AWS and compares them with
 * it, so the list is exactly what verify does.
 */
export const VERIFY_CALLS = {
  'cloudtrail:GetTrail': 'cloudtrail:GetTrail',
  'cloudtrail:GetTrailStatus': 'cloudtrail:GetTrailStatus',
  'cloudtrail:GetEventSelectors': 'cloudtrail:GetEventSelectors',
  'cloudtrail:GetInsightSelectors': 'cloudtrail:GetInsightSelectors',
  's3:GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
  's3:GetBucketVersioning': 's3:GetBucketVersioning',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:GetBucketLogging': 's3:GetBucketLogging',
  's3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
  's3:GetBucketPolicy': 's3:GetBucketPolicy',
  'kms:DescribeKey': 'kms:DescribeKey',
  'kms:GetKeyRotationStatus': 'kms:GetKeyRotationStatus',
  'kms:GetKeyPolicy': 'kms:GetKeyPolicy',
  'organizations:ListRoots': 'organizations:ListRoots',
  'organizations:ListPolicies': 'organizations:ListPolicies',
  'organizations:DescribePolicy': 'organizations:DescribePolicy',
  'organizations:ListTargetsForPolicy': 'organizations:ListTargetsForPolicy',
  'organizations:ListAccounts': 'organizations:ListAccounts',
  'guardduty:ListOrganizationAdminAccounts': 'guardduty:ListOrganizationAdminAccounts',
  'guardduty:ListDetectors': 'guardduty:ListDetectors',
  'guardduty:GetDetector': 'guardduty:GetDetector',
  'guardduty:DescribeOrganizationConfiguration': 'guardduty:DescribeOrganizationConfiguration',
  'guardduty:ListMembers': 'guardduty:ListMembers',
  'guardduty:ListPublishingDestinations': 'guardduty:ListPublishingDestinations',
  'eventbridge:DescribeEventBus': 'events:DescribeEventBus',
  'eventbridge:ListRules': 'events:ListRules',
  'eventbridge:ListTargetsByRule': 'events:ListTargetsByRule',
  'sns:ListSubscriptionsByTopic': 'sns:ListSubscriptionsByTopic',
  'cloudformation:DescribeStackSet': 'cloudformation:DescribeStackSet',
  'cloudformation:ListStackInstances': 'cloudformation:ListStackInstances',
  'logs:DescribeMetricFilters': 'logs:DescribeMetricFilters',
  'cloudwatch:DescribeAlarms': 'cloudwatch:DescribeAlarms',
  'glue:GetTable': 'glue:GetTable',
  'athena:GetWorkGroup': 'athena:GetWorkGroup',
  'athena:ListNamedQueries': 'athena:ListNamedQueries',
  'athena:BatchGetNamedQuery': 'athena:BatchGetNamedQuery',
} as const;

export type VerifyCall = keyof typeof VERIFY_CALLS;

/** The IAM actions verify needs, sorted and distinct. */
export function verifyActions(): string[] {
  return [...new Set(Object.values(VERIFY_CALLS))].sort();
}

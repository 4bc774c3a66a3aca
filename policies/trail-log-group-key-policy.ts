import { policyDocument, type PolicyDocument } from './policy-document';

export interface TrailLogGroupKeyPolicyProps {
  readonly partition: string;
  /** The account that owns the key and the log group (the management account). */
  readonly accountId: string;
  /** The Region of the log group: CloudWatch Logs' service principal is regional. */
  readonly region: string;
  /** The log group the key encrypts, without the `:*` suffix. */
  readonly logGroupArn: string;
}

/**
 * Key policy of the management-account key that encrypts the trail's log group. CloudWatch
 * Logs may use it only for that log group: it passes the log group ARN as encryption context.
 */
export function trailLogGroupKeyPolicy(props: TrailLogGroupKeyPolicyProps): PolicyDocument {
  return policyDocument([
    {
      // Without it the account loses control of the key: IAM policies could never grant access.
      Sid: 'EnableIamPoliciesOfTheAccount',
      Effect: 'Allow',
      Principal: { AWS: `arn:${props.partition}:iam::${props.accountId}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'AllowCloudWatchLogsForTheTrailLogGroup',
      Effect: 'Allow',
      Principal: { Service: `logs.${props.region}.amazonaws.com` },
      Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      Resource: '*',
      Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': props.logGroupArn } },
    },
  ]);
}

import { policyDocument, type PolicyDocument } from './policy-document';

export interface AlarmKeyPolicyInputs {
  readonly partition: string;
  /** The account that owns the key, the alarm topic and the alarms. */
  readonly accountId: string;
  /** ARN pattern of the metric-filter alarms that publish to the topic. */
  readonly alarmArnPattern: string;
}

/**
 * The key policy of the alarm topic's key. SNS asks KMS for a data key on the publisher's behalf,
 * so CloudWatch (the only publisher) needs GenerateDataKey and Decrypt, for this account's
 * metric-filter alarms only.
 */
export function alarmKeyPolicy(inputs: AlarmKeyPolicyInputs): PolicyDocument {
  return policyDocument([
    {
      // Without it the key is unmanageable: IAM policies of the account decide who administers it.
      Sid: 'AccountAdministersKeyThroughIam',
      Effect: 'Allow',
      Principal: { AWS: `arn:${inputs.partition}:iam::${inputs.accountId}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'AllowMetricAlarmsToEncryptAlerts',
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:SourceAccount': inputs.accountId },
        ArnLike: { 'aws:SourceArn': inputs.alarmArnPattern },
      },
    },
  ]);
}

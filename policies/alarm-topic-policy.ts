import { policyDocument, type PolicyDocument } from './policy-document';

export interface AlarmTopicPolicyInputs {
  /** ARN of the alarm topic the policy is attached to. */
  readonly topicArn: string;
  /** The account that owns the topic and the alarms that publish to it. */
  readonly accountId: string;
  /** ARN pattern of the metric-filter alarms allowed to publish. */
  readonly alarmArnPattern: string;
}

/**
 * Who may publish to the alarm topic: only CloudWatch, on behalf of this account's metric-filter
 * alarms. Without `aws:SourceArn` any alarm of any account could page responders through it.
 */
export function alarmTopicPolicy(inputs: AlarmTopicPolicyInputs): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AllowMetricAlarmsToPublish',
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: inputs.topicArn,
      Condition: {
        StringEquals: { 'aws:SourceAccount': inputs.accountId },
        ArnLike: { 'aws:SourceArn': inputs.alarmArnPattern },
      },
    },
    {
      Sid: 'DenyPublishWithoutTls',
      Effect: 'Deny',
      Principal: '*',
      Action: 'sns:Publish',
      Resource: inputs.topicArn,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ]);
}

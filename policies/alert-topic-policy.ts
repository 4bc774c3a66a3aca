import { policyDocument, type PolicyDocument } from './policy-document';

export interface AlertTopicPolicyInputs {
  /** ARN of the alert topic the policy is attached to. */
  readonly topicArn: string;
  /** The account that owns the topic and the rules that publish to it. */
  readonly accountId: string;
  /** ARN pattern of the EventBridge rules allowed to publish, e.g. every rule of the central bus. */
  readonly publishingRuleArnPattern: string;
}

/**
 * Who may publish alerts: only EventBridge, and only on behalf of the central bus's rules in the
 * topic's own account. Metric-filter alarms reach the topic through those rules too (their
 * state-change events are forwarded to the central bus), so CloudWatch needs no grant here.
 * Subscriptions are managed by the owning account through IAM, which needs no topic grant.
 */
export function alertTopicPolicy(inputs: AlertTopicPolicyInputs): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AllowCentralBusRulesToPublish',
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: inputs.topicArn,
      Condition: {
        StringEquals: { 'aws:SourceAccount': inputs.accountId },
        ArnLike: { 'aws:SourceArn': inputs.publishingRuleArnPattern },
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

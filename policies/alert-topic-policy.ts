import { ALERT_TOPIC_POLICY_DENIED_ACTIONS } from './guardrail-actions';
import { policyDocument, type PolicyDocument } from './policy-document';

export interface AlertTopicPolicyInputs {
  /** ARN of the alert topic the policy is attached to. */
  readonly topicArn: string;
  /** The account that owns the topic and the rules that publish to it. */
  readonly accountId: string;
  /** ARN pattern of the EventBridge rules allowed to publish, e.g. every rule of the central bus. */
  readonly publishingRuleArnPattern: string;
  /** Roles that may still delete or reconfigure the topic: the security deployment role and break-glass. */
  readonly administratorRoleArns: readonly string[];
}

/**
 * Who may publish alerts: only EventBridge, and only on behalf of the central bus's rules in the
 * topic's own account. Metric-filter alarms reach the topic through those rules too (their
 * state-change events are forwarded to the central bus), so CloudWatch needs no grant here.
 * Subscriptions are managed by the owning account through IAM, which needs no topic grant.
 * Deleting or reconfiguring the topic is denied to everyone but its administrators: a Deny here
 * binds the account's own principals too.
 */
export function alertTopicPolicy(inputs: AlertTopicPolicyInputs): PolicyDocument {
  if (inputs.administratorRoleArns.length === 0) {
    throw new Error('administratorRoleArns: got []; expected the security deployment role and break-glass role ARNs');
  }
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
    {
      Sid: 'DenyBlindingExceptAdministrators',
      Effect: 'Deny',
      Principal: '*',
      Action: [...ALERT_TOPIC_POLICY_DENIED_ACTIONS],
      Resource: inputs.topicArn,
      Condition: { ArnNotLike: { 'aws:PrincipalArn': [...inputs.administratorRoleArns] } },
    },
  ]);
}

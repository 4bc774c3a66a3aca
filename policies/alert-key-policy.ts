import { policyDocument, type PolicyDocument } from './policy-document';

export interface AlertKeyPolicyInputs {
  readonly partition: string;
  /** The account that owns the key and the alert topic. */
  readonly accountId: string;
}

/**
 * The key policy of the alert topic's key. SNS encrypts each message with a data key it asks for
 * on the publisher's behalf, so EventBridge (the only publisher) needs GenerateDataKey and
 * Decrypt, limited to publishing for this account.
 */
export function alertKeyPolicy(inputs: AlertKeyPolicyInputs): PolicyDocument {
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
      Sid: 'AllowEventBridgeToEncryptAlerts',
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceAccount': inputs.accountId } },
    },
  ]);
}

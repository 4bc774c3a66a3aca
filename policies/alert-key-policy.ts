import { ALERT_KEY_TAMPERING_ACTIONS } from './guardrail-actions';
import { KEY_ADMIN_ACTIONS } from './evidence-perms';
import { policyDocument, type PolicyDocument } from './policy-document';

export interface AlertKeyPolicyInputs {
  readonly partition: string;
  /** The account that owns the key and the alert topic. */
  readonly accountId: string;
  /** Roles that may still disable, delete or re-policy the key: the security deployment role and break-glass. */
  readonly administratorRoleArns: readonly string[];
}

/**
 * What the account root may do to the alert key: the log key's administration, plus what
 * Terraform needs to remove the key and its alias when a purpose no longer routes alerts. Nothing
 * cryptographic and no grants: only EventBridge uses the key.
 */
export const ALERT_KEY_ADMIN_ACTIONS = [...KEY_ADMIN_ACTIONS, 'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:DeleteAlias', 'kms:UpdateAlias'] as const;

/**
 * The key policy of the alert topic's key. SNS encrypts each message with a data key it asks for
 * on the publisher's behalf, so EventBridge (the only publisher) needs GenerateDataKey and
 * Decrypt, limited to publishing for this account. Disabling, deleting or re-policying the key
 * would silence every alert, so only its administrators may; KMS's lockout check passes because
 * the deployment role that puts this policy stays allowed to put the next one.
 */
export function alertKeyPolicy(inputs: AlertKeyPolicyInputs): PolicyDocument {
  if (inputs.administratorRoleArns.length === 0) {
    throw new Error('administratorRoleArns: got []; expected the security deployment role and break-glass role ARNs');
  }
  return policyDocument([
    {
      // Without it the key is unmanageable: IAM policies of the account decide who administers it.
      Sid: 'AccountAdministersKeyThroughIam',
      Effect: 'Allow',
      Principal: { AWS: `arn:${inputs.partition}:iam::${inputs.accountId}:root` },
      Action: [...ALERT_KEY_ADMIN_ACTIONS],
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
    {
      Sid: 'DenyBlindingExceptAdministrators',
      Effect: 'Deny',
      Principal: '*',
      Action: [...ALERT_KEY_TAMPERING_ACTIONS],
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': [...inputs.administratorRoleArns] } },
    },
  ]);
}

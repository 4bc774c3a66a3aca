import { policyDocument, type PolicyDocument } from './policy-document';

/**
 * The trust of a forwarding role: EventBridge may assume it for rules of the role's own account.
 * `sourceAccount` may be a CloudFormation placeholder when the role is in a StackSet template.
 */
export function eventForwarderTrustPolicy(sourceAccount: string): PolicyDocument {
  return policyDocument([
    {
      Sid: 'EventBridgeAssumesForOwnAccount',
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': sourceAccount } },
    },
  ]);
}

/** What a forwarding role may do: put events on the central buses, and nothing else. */
export function eventForwarderPermissions(centralBusArns: readonly string[]): PolicyDocument {
  if (centralBusArns.length === 0) {
    throw new Error('centralBusArns: got an empty list; expected at least one central event bus ARN');
  }
  return policyDocument([
    {
      Sid: 'PutEventsOnCentralBuses',
      Effect: 'Allow',
      Action: 'events:PutEvents',
      Resource: [...centralBusArns],
    },
  ]);
}

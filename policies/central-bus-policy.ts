import { drillBusGuardStatements } from './drill-policy';
import { policyDocument, type PolicyDocument } from './policy-document';

export interface CentralBusPolicyInputs {
  readonly busArn: string;
  readonly organizationId: string;
  /**
   * `aws:PrincipalArn` patterns of the forwarding roles: every member account's (one name per
   * Region, protected by the SCP) and the management account's.
   */
  readonly forwarderRoleArnPatterns: readonly string[];
  /** Roles that may also put events, besides the forwarders (the security account's break-glass role). */
  readonly breakGlassRoleArns: readonly string[];
  /**
   * The security account's drill role (`drillRoleName`): the only principal that may put
   * `trailguard.drill` events, and it may put nothing else.
   * @default - no drill role: nobody may put drill events
   */
  readonly drillRoleArn?: string;
}

/**
 * Only the forwarding roles put events on the central bus. EventBridge assumes them for the
 * forwarding rules, and their trust, policies and names are guarded, so an event on this bus
 * came from a real rule in an account of the organization. Accounts that join later are covered
 * without a policy change. The Deny binds the security account's own principals, which need no
 * grant here to put events: without it any of them could forge an alert. The drill guard keeps
 * `trailguard.drill` events to the drill role, and the drill role to them.
 */
export function centralBusPolicy(inputs: CentralBusPolicyInputs): PolicyDocument {
  if (inputs.forwarderRoleArnPatterns.length === 0) {
    throw new Error('forwarderRoleArnPatterns: got []; expected the forwarding roles\' ARN patterns');
  }
  return policyDocument([
    {
      Sid: 'AllowOrganizationForwardersToPutEvents',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'events:PutEvents',
      Resource: inputs.busArn,
      Condition: {
        StringEquals: { 'aws:PrincipalOrgID': inputs.organizationId },
        ArnLike: { 'aws:PrincipalArn': [...inputs.forwarderRoleArnPatterns] },
      },
    },
    {
      Sid: 'DenyPutEventsExceptForwarders',
      Effect: 'Deny',
      Principal: '*',
      Action: 'events:PutEvents',
      Resource: inputs.busArn,
      Condition: { ArnNotLike: { 'aws:PrincipalArn': [...inputs.forwarderRoleArnPatterns, ...inputs.breakGlassRoleArns, ...(inputs.drillRoleArn === undefined ? [] : [inputs.drillRoleArn])] } },
    },
    ...drillBusGuardStatements({ busArn: inputs.busArn, drillRoleArn: inputs.drillRoleArn }),
  ]);
}

import { policyDocument, type PolicyDocument } from './policy-document';

export interface CentralBusPolicyInputs {
  readonly busArn: string;
  readonly organizationId: string;
}

/**
 * Every account of the organization forwards its events here, so the bus accepts PutEvents from
 * any principal of the organization and from nobody else. Accounts that join later are covered
 * without a policy change.
 */
export function centralBusPolicy(inputs: CentralBusPolicyInputs): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AllowOrganizationToPutEvents',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'events:PutEvents',
      Resource: inputs.busArn,
      Condition: { StringEquals: { 'aws:PrincipalOrgID': inputs.organizationId } },
    },
  ]);
}

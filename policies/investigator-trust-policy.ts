import { policyDocument, type PolicyDocument } from './policy-document';

export interface InvestigatorTrustPolicyProps {
  /** IAM principals (role, user or account-root ARNs) that may assume the role. */
  readonly principals: readonly string[];
  /** The organization the caller must belong to (aws:PrincipalOrgID). */
  readonly organizationId: string;
}

/** Assumable only by the named principals, only with MFA, and only from inside the organization. */
export function investigatorTrustPolicy(props: InvestigatorTrustPolicyProps): PolicyDocument {
  if (props.principals.length === 0) {
    throw new Error('Invalid investigator trust policy:\n  principals: got []; expected at least one principal ARN');
  }
  return policyDocument([
    {
      Sid: 'AllowAssumeWithMfaFromOrganization',
      Effect: 'Allow',
      Principal: { AWS: [...props.principals] },
      Action: 'sts:AssumeRole',
      Condition: {
        Bool: { 'aws:MultiFactorAuthPresent': 'true' },
        StringEquals: { 'aws:PrincipalOrgID': props.organizationId },
      },
    },
  ]);
}

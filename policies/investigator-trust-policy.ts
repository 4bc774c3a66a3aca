import { policyDocument, type PolicyDocument } from './policy-document';

export interface InvestigatorTrustPolicyProps {
  /**
   * IAM users or account roots that may assume the role. Not roles: the trust requires
   * `aws:MultiFactorAuthPresent`, MFA devices belong to users and roots, and AWS does not
   * document MFA context carrying over when one role session assumes another.
   */
  readonly principals: readonly string[];
  /** The organization the caller must belong to (aws:PrincipalOrgID). */
  readonly organizationId: string;
}

/** Assumable only by the named principals, only with MFA, and only from inside the organization. */
export function investigatorTrustPolicy(props: InvestigatorTrustPolicyProps): PolicyDocument {
  const problems = [
    ...(props.principals.length === 0 ? ['principals: got []; expected at least one principal ARN'] : []),
    ...props.principals.flatMap((arn, index) =>
      /^arn:[a-z-]+:iam::\d{12}:role\//.test(arn) ? [`principals[${index}]: got "${arn}"; expected an IAM user or account-root ARN, not a role (a role has no MFA device)`] : [],
    ),
  ];
  if (problems.length > 0) {
    throw new Error(`Invalid investigator trust policy:\n  ${problems.join('\n  ')}`);
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

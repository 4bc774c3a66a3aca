import { investigatorTrustPolicy } from '../../policies/investigator-trust-policy';

describe('investigatorTrustPolicy', () => {
  it('requires MFA and the organization for every configured principal', () => {
    expect(investigatorTrustPolicy({ principals: ['arn:aws:iam::333333333333:user/responder'], organizationId: 'o-exampleorg1' }).Statement).toEqual([
      {
        Sid: 'AllowAssumeWithMfaFromOrganization',
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::333333333333:user/responder'] },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg1' } },
      },
    ]);
  });

  it('rejects a role principal, which has no MFA device to satisfy the condition', () => {
    expect(() => investigatorTrustPolicy({ principals: ['arn:aws:iam::333333333333:role/responder'], organizationId: 'o-exampleorg1' })).toThrow(
      /principals\[0\]: got "arn:aws:iam::333333333333:role\/responder"; expected an IAM user or account-root ARN/,
    );
  });

  it('rejects an empty principal list', () => {
    expect(() => investigatorTrustPolicy({ principals: [], organizationId: 'o-exampleorg1' })).toThrow(/principals: got \[\]; expected at least one principal ARN/);
  });
});

import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { OrganizationTrustedAccess } from '../../../modules/guardrails/organization-trusted-access';

function synth(organizationId: string, additionalServicePrincipals?: string[]): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'Aws', { region: 'eu-west-1' });
  new OrganizationTrustedAccess(stack, 'TrustedAccess', { organizationId, additionalServicePrincipals });
  // With validations: constructs report problems at synth, each with its construct path.
  return JSON.parse(Testing.synth(stack, true));
}

test('imports the existing organization and keeps the principals other tools rely on', () => {
  const stack = synth('o-abcdefghij', ['sso.amazonaws.com']);
  const organization = Object.values<any>(stack.resource.aws_organizations_organization)[0];
  expect(organization.aws_service_access_principals).toEqual([
    'cloudtrail.amazonaws.com', 'guardduty.amazonaws.com', 'member.org.stacksets.cloudformation.amazonaws.com', 'securitylake.amazonaws.com', 'sso.amazonaws.com',
  ]);
  expect(organization.enabled_policy_types).toEqual(['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']);
  expect(organization.lifecycle).toEqual({ prevent_destroy: true });
  expect(JSON.stringify(stack.import)).toContain('o-abcdefghij');
});

test('rejects a malformed organization id', () => {
  expect(() => synth('org-1')).toThrow(/organizationId: got "org-1"; expected an organization id/);
});

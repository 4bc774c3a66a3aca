import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { OrganizationPolicy, type OrganizationPolicyProps } from '../../../modules/guardrails/organization-policy';
import { policyDocument } from '../../../policies/policy-document';

const deny = policyDocument([{ Sid: 'DenyLeave', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }]);
const base: OrganizationPolicyProps = { policyName: 'deny-leave', description: 'test', type: 'SERVICE_CONTROL_POLICY', document: deny, targetIds: ['r-ab12', 'ou-ab12-cdef5678'] };

function synth(props: Partial<OrganizationPolicyProps> = {}): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'Aws', { region: 'eu-west-1' });
  new OrganizationPolicy(stack, 'Policy', { ...base, ...props });
  // With validations: constructs report problems at synth, each with its construct path.
  return JSON.parse(Testing.synth(stack, true));
}

test('attaches the exact JSON to every target', () => {
  const stack = synth();
  expect(Object.values<any>(stack.resource.aws_organizations_policy)[0]).toMatchObject({ type: 'SERVICE_CONTROL_POLICY', content: JSON.stringify(deny) });
  expect(Object.values<any>(stack.resource.aws_organizations_policy_attachment).map((a) => a.target_id).sort()).toEqual(['ou-ab12-cdef5678', 'r-ab12']);
});

test('rejects a document over 5,120 characters', () => {
  const big = policyDocument([{ Sid: 'Big', Effect: 'Deny', Action: Array.from({ length: 400 }, (_, i) => `s3:Action${i}`), Resource: '*' }]);
  expect(() => synth({ document: big })).toThrow(/document: got \d+ characters; expected at most 5120/);
});

test('rejects no targets and a duplicated target together', () => {
  expect(() => synth({ targetIds: [] })).toThrow(/targetIds: got an empty list/);
  expect(() => synth({ targetIds: ['r-ab12', 'r-ab12'] })).toThrow(/targetIds: got "r-ab12" twice/);
});

test('rejects an RCP statement that is not a Deny for every principal', () => {
  expect(() => synth({ type: 'RESOURCE_CONTROL_POLICY' })).toThrow(/statement DenyLeave is not a Deny with Principal "\*"/);
});

import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import type { PolicyDocument } from '../../policies/policy-document';

/** A plain stack with an AWS provider and nothing of trailguard: constructs must work in it. */
export function plainStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'plain');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  return stack;
}

/** A minimal valid policy for constructs that attach one. */
export const ANY_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
};

export function synthesized(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

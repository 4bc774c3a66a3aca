import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { TerraformProvider } from 'cdktf';
import type { Construct } from 'constructs';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';

/** The parts of a role a trailguard command assumes (verify, drill): a name, a trust, one inline policy. */
export interface OperatorRoleParts {
  readonly constructName: string;
  readonly roleName: string;
  readonly description: string;
  readonly trustPolicy: PolicyDocument;
  readonly policyId: string;
  readonly policyName: string;
  readonly policy: PolicyDocument;
  readonly provider?: TerraformProvider;
}

/** Creates the role and its policy in `scope`, after checking the name, which users type. */
export function operatorRole(scope: Construct, parts: OperatorRoleParts): IamRole {
  if (!/^[\w+=,.@-]{1,64}$/.test(parts.roleName)) {
    throw new Error(`${parts.constructName}: roleName: got "${parts.roleName}"; expected an IAM role name: 1-64 of letters, digits and +=,.@_-`);
  }
  const role = new IamRole(scope, 'Role', {
    provider: parts.provider,
    name: parts.roleName,
    description: parts.description,
    assumeRolePolicy: policyJson(parts.trustPolicy),
    maxSessionDuration: 3600,
  });
  new IamRolePolicy(scope, parts.policyId, {
    provider: parts.provider,
    role: role.name,
    name: parts.policyName,
    policy: policyJson(parts.policy),
  });
  return role;
}

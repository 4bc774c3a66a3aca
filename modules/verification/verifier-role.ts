import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';

export interface VerifierRoleProps {
  /** Name of the role, the same in every account (`verifierRoleName`). */
  readonly roleName: string;
  /** Who may assume it (see `verifierTrustPolicy`). */
  readonly trustPolicy: PolicyDocument;
  /** What it may read (see `verifierPolicy`). */
  readonly readPolicy: PolicyDocument;
  /**
   * Provider of the account.
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * The read-only role `trailguard verify` assumes in an account. Its policy is generated from
 * the calls verify makes, so it can read every check's data and change nothing.
 */
export class VerifierRole extends Construct {
  readonly role: IamRole;

  constructor(scope: Construct, id: string, props: VerifierRoleProps) {
    super(scope, id);
    if (!/^[\w+=,.@-]{1,64}$/.test(props.roleName)) {
      throw new Error(`VerifierRole: roleName: got "${props.roleName}"; expected an IAM role name: 1-64 of letters, digits and +=,.@_-`);
    }
    this.role = new IamRole(this, 'Role', {
      provider: props.provider,
      name: props.roleName,
      description: 'trailguard verify: read-only checks that the security logs are written and alerts arrive',
      assumeRolePolicy: policyJson(props.trustPolicy),
      maxSessionDuration: 3600,
    });
    new IamRolePolicy(this, 'ReadPolicy', {
      provider: props.provider,
      role: this.role.name,
      name: 'trailguard-verify-read',
      policy: policyJson(props.readPolicy),
    });
  }

  get roleArn(): string {
    return this.role.arn;
  }
}

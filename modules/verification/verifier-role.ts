import type { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { PolicyDocument } from '../../policies/policy-document';
import { operatorRole } from '../private/operator-role';

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
    this.role = operatorRole(this, {
      constructName: 'VerifierRole',
      roleName: props.roleName,
      description: 'trailguard verify: read-only checks that the security logs are written and alerts arrive',
      trustPolicy: props.trustPolicy,
      policyId: 'ReadPolicy',
      policyName: 'trailguard-verify-read',
      policy: props.readPolicy,
      provider: props.provider,
    });
  }

  get roleArn(): string {
    return this.role.arn;
  }
}

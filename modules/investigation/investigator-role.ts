import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';
import { check, validateProps } from '../private/validation';

export interface InvestigatorRoleProps {
  /** The role name, from `TrailguardNames`; other modules attach query permissions to it by name. */
  readonly roleName: string;
  /** Who may assume the role and how (see `investigatorTrustPolicy`). */
  readonly trustPolicy: PolicyDocument;
  /** What the role may do (see `investigatorReadPolicy`). */
  readonly readPolicy: PolicyDocument;
  /**
   * Maximum session length in seconds (3600-43200).
   * @default 3600 - an hour; investigators re-assume with a fresh MFA code
   */
  readonly maxSessionDuration?: number;
  /**
   * The provider (IAM is global; any provider of the account).
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A read-only role for investigators: assumable only as its trust policy says, with one
 * inline read policy. It has no managed policies, so what it can do is this file's policy
 * plus whatever another module attaches by role name (such as query tooling).
 */
export class InvestigatorRole extends Construct {
  readonly role: IamRole;
  readonly readPolicy: IamRolePolicy;
  /** The role's name as configured: known at plan time, so policies may name it. */
  readonly roleName: string;

  constructor(scope: Construct, id: string, props: InvestigatorRoleProps) {
    super(scope, id);
    const maxSessionDuration = props.maxSessionDuration ?? 3600;
    validateProps(this, () => [
      ...check('roleName', props.roleName, /^[\w+=,.@-]{1,64}$/.test(props.roleName), '1-64 of letters, digits and +=,.@_-'),
      ...check('maxSessionDuration', maxSessionDuration, Number.isInteger(maxSessionDuration) && maxSessionDuration >= 3600 && maxSessionDuration <= 43200, 'whole seconds from 3600 to 43200'),
    ]);
    this.roleName = props.roleName;
    this.role = new IamRole(this, 'Role', {
      name: props.roleName,
      description: 'Reads the organization trail evidence (list, get, decrypt through S3); assumed with MFA from inside the organization',
      assumeRolePolicy: policyJson(props.trustPolicy),
      maxSessionDuration,
      provider: props.provider,
    });
    this.readPolicy = new IamRolePolicy(this, 'ReadPolicy', {
      name: 'read-evidence',
      role: this.role.name,
      policy: policyJson(props.readPolicy),
      provider: props.provider,
    });
  }

  get roleArn(): string {
    return this.role.arn;
  }
}

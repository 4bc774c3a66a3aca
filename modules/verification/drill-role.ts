import type { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { PolicyDocument } from '../../policies/policy-document';
import { operatorRole } from '../private/operator-role';

export interface DrillRoleProps {
  /** Name of the role (`drillRoleName`); the central buses accept `trailguard.drill` events from it alone. */
  readonly roleName: string;
  /** Who may assume it (see `verifierTrustPolicy`: the same configured principals). */
  readonly trustPolicy: PolicyDocument;
  /** What it may do (see `drillPolicy`). */
  readonly drillPolicy: PolicyDocument;
  /**
   * Provider of the account.
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * The role `trailguard drill` assumes: in the security account it puts the drill event on the
 * central buses, in the management account it sets one alarm to ALARM. Its policy is generated
 * from the calls the drill makes; the bus policy keeps it to drill events.
 */
export class DrillRole extends Construct {
  readonly role: IamRole;

  constructor(scope: Construct, id: string, props: DrillRoleProps) {
    super(scope, id);
    this.role = operatorRole(this, {
      constructName: 'DrillRole',
      roleName: props.roleName,
      description: 'trailguard drill: labelled test events through the alert paths, and their delivery metrics',
      trustPolicy: props.trustPolicy,
      policyId: 'DrillPolicy',
      policyName: 'trailguard-drill',
      policy: props.drillPolicy,
      provider: props.provider,
    });
  }

  get roleArn(): string {
    return this.role.arn;
  }
}

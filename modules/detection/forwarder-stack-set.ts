import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudformationStackSet } from '@cdktf/provider-aws/lib/cloudformation-stack-set';
import { CloudformationStackSetInstance } from '@cdktf/provider-aws/lib/cloudformation-stack-set-instance';
import { conditionalAttribute, gate } from '../private/conditional';
import { nameLengthProblems, validateProps } from '../private/validation';

/** CloudFormation's limit for a template passed inline. */
export const MAX_TEMPLATE_BODY_BYTES = 51_200;

export interface ForwarderStackSetProps {
  readonly stackSetName: string;
  /** The CloudFormation template (see forwarderStackSetTemplate). */
  readonly template: Record<string, unknown>;
  /** Roots or OUs whose accounts, present and future, get a stack instance. */
  readonly organizationalUnitIds: readonly string[];
  /** Regions the instances deploy to: each must be a key of the template's mapping. */
  readonly regions: readonly string[];
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  /** The management account's provider (service-managed StackSets are created there). */
  readonly provider: TerraformProvider;
}

/**
 * A service-managed StackSet: Organizations deploys the template into every account of the target
 * OUs, and, with auto-deployment, into accounts that join later, without another apply. It never
 * deploys into the management account itself.
 */
export class ForwarderStackSet extends Construct {
  readonly stackSet: CloudformationStackSet;

  constructor(scope: Construct, id: string, props: ForwarderStackSetProps) {
    super(scope, id);
    const body = JSON.stringify(props.template);
    const problems = nameLengthProblems('stackSetName', [props.stackSetName], 128);
    if (Buffer.byteLength(body) > MAX_TEMPLATE_BODY_BYTES) {
      problems.push(`template: ${Buffer.byteLength(body)} bytes; expected at most ${MAX_TEMPLATE_BODY_BYTES} for an inline template`);
    }
    if (props.organizationalUnitIds.length === 0) problems.push('organizationalUnitIds: got none; expected the root id or at least one OU id');
    if (props.regions.length === 0) problems.push('regions: got none; expected at least one Region');
    validateProps(this, () => problems);
    const count = props.count ?? 1;

    this.stackSet = gate(new CloudformationStackSet(this, 'StackSet', {
      provider: props.provider,
      name: props.stackSetName,
      description: 'trailguard event forwarders: every account sends high-risk events to the security account',
      permissionModel: 'SERVICE_MANAGED',
      autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false },
      // The template names its role (so the guardrail SCP can protect it), which needs NAMED_IAM.
      capabilities: ['CAPABILITY_NAMED_IAM'],
      templateBody: body,
      operationPreferences: { regionConcurrencyType: 'PARALLEL', maxConcurrentPercentage: 100, failureTolerancePercentage: 10 },
      // AWS returns an administration role for service-managed StackSets; ignoring it avoids a perpetual diff.
      lifecycle: { ignoreChanges: ['administration_role_arn'] },
    }), count);

    for (const region of props.regions) {
      gate(new CloudformationStackSetInstance(this, `Instance-${region}`, {
        provider: props.provider,
        stackSetName: conditionalAttribute(this.stackSet, 'name'),
        region,
        deploymentTargets: { organizationalUnitIds: [...props.organizationalUnitIds] },
      }), count);
    }
  }
}

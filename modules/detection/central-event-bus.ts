import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import { CloudwatchEventBusPolicy } from '@cdktf/provider-aws/lib/cloudwatch-event-bus-policy';
import { centralBusPolicy } from '../../policies/central-bus-policy';
import { policyJson } from '../../policies/policy-document';
import { conditionalAttribute, gate } from '../private/conditional';
import { check, nameLengthProblems, validateProps } from '../private/validation';

export interface CentralEventBusProps {
  readonly busName: string;
  /** The bus's ARN, built from configuration so its policy is known at plan time. */
  readonly busArn: string;
  /** Only principals of this organization may put events. */
  readonly organizationId: string;
  /** `aws:PrincipalArn` patterns of the forwarding roles, the only principals that may put events. */
  readonly forwarderRoleArnPatterns: readonly string[];
  /** Roles that may put events besides the forwarders (break-glass). */
  readonly breakGlassRoleArns: readonly string[];
  /**
   * The drill role, the only principal that may put `trailguard.drill` events (and nothing else).
   * @default - no drill role: nobody may put drill events
   */
  readonly drillRoleArn?: string;
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/** The security account's bus in one Region, where every account's forwarders send their events. */
export class CentralEventBus extends Construct {
  readonly bus: CloudwatchEventBus;
  /** The bus's name once it exists, for rules to reference (orders their creation after it). */
  readonly busName: string;

  constructor(scope: Construct, id: string, props: CentralEventBusProps) {
    super(scope, id);
    const problems = nameLengthProblems('busName', [props.busName], 256);
    if (!/^o-[a-z0-9]{10,32}$/.test(props.organizationId)) {
      problems.push(`organizationId: got "${props.organizationId}"; expected "o-" then 10-32 lowercase letters or digits`);
    }
    problems.push(...check('forwarderRoleArnPatterns', props.forwarderRoleArnPatterns, props.forwarderRoleArnPatterns.length > 0, 'the forwarding roles that may put events'));
    validateProps(this, () => problems);
    const count = props.count ?? 1;
    this.bus = gate(new CloudwatchEventBus(this, 'Bus', { provider: props.provider, name: props.busName }), count);
    this.busName = conditionalAttribute(this.bus, 'name');
    gate(new CloudwatchEventBusPolicy(this, 'Policy', {
      provider: props.provider,
      eventBusName: this.busName,
      policy: policyJson(centralBusPolicy({
        busArn: props.busArn,
        organizationId: props.organizationId,
        forwarderRoleArnPatterns: props.forwarderRoleArnPatterns,
        breakGlassRoleArns: props.breakGlassRoleArns,
        drillRoleArn: props.drillRoleArn,
      })),
    }), count);
  }
}

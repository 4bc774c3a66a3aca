import { ruleState } from '../../detections/types';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import type { EventRuleDefinition } from '../../detections/types';
import { conditionalAttribute, gate } from '../private/conditional';
import { pascalCase } from '../private/construct-ids';
import { nameLengthProblems, validateProps } from '../private/validation';

export interface EventForwardersProps {
  readonly definitions: readonly EventRuleDefinition[];
  /** Rule names are `<ruleNamePrefix><definition id>`. */
  readonly ruleNamePrefix: string;
  /** The central bus the matching events go to (may be in another account and Region). */
  readonly targetBusArn: string;
  /** The role EventBridge assumes to put events on the target bus. */
  readonly roleArn: string;
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  /** The provider of the forwarding account and Region. */
  readonly provider: TerraformProvider;
}

/**
 * Rules on one account's default bus in one Region that forward matching events to the central
 * bus. CloudTrail events reach EventBridge only in the account and Region of the call, so each
 * account and Region needs its own. Member accounts get them from the StackSet; this construct is
 * for accounts a StackSet does not reach (the management account).
 */
export class EventForwarders extends Construct {
  readonly rules: CloudwatchEventRule[] = [];

  constructor(scope: Construct, id: string, props: EventForwardersProps) {
    super(scope, id);
    const names = props.definitions.map((d) => `${props.ruleNamePrefix}${d.id}`);
    validateProps(this, () => nameLengthProblems('rule name', names, 64));
    const count = props.count ?? 1;
    props.definitions.forEach((definition, index) => {
      const constructId = pascalCase(definition.id);
      const rule = gate(new CloudwatchEventRule(this, constructId, {
        provider: props.provider,
        name: names[index],
        description: `Forwards to the trailguard central bus: ${definition.name}`.slice(0, 512),
        eventPattern: JSON.stringify(definition.forwardingPattern),
        // CloudTrail delivers read-only calls only to rules that ask for them, on the bus where they happen.
        state: ruleState(definition),
      }), count);
      gate(new CloudwatchEventTarget(this, `${constructId}Target`, {
        provider: props.provider,
        rule: conditionalAttribute(rule, 'name'),
        targetId: 'CentralBus',
        arn: props.targetBusArn,
        roleArn: props.roleArn,
      }), count);
      this.rules.push(rule);
    });
  }
}

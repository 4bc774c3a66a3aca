import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import type { EventRuleDefinition } from '../../detections/types';
import { alertInputTransformer } from '../../detections/routing/alert-input-transformer';
import { conditionalAttribute, gate } from '../private/conditional';
import { pascalCase } from '../private/construct-ids';
import { nameLengthProblems, validateProps } from '../private/validation';

export interface DetectionRulesProps {
  /** The bus the rules watch (the central bus). */
  readonly eventBusName: string;
  /** Rule names are `<ruleNamePrefix><definition id>`. */
  readonly ruleNamePrefix: string;
  readonly definitions: readonly EventRuleDefinition[];
  /** The alert topic every rule sends its readable message to. */
  readonly topicArn: string;
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/** One rule per detection definition on the central bus, each sending a readable alert to the topic. */
export class DetectionRules extends Construct {
  readonly rules: CloudwatchEventRule[] = [];

  constructor(scope: Construct, id: string, props: DetectionRulesProps) {
    super(scope, id);
    const names = props.definitions.map((d) => `${props.ruleNamePrefix}${d.id}`);
    const problems = nameLengthProblems('rule name', names, 64);
    const duplicate = props.definitions.map((d) => d.id).find((v, i, all) => all.indexOf(v) !== i);
    if (duplicate !== undefined) problems.push(`definitions: id "${duplicate}" appears twice; expected unique ids`);
    validateProps(this, () => problems);
    const count = props.count ?? 1;

    props.definitions.forEach((definition, index) => {
      const constructId = pascalCase(definition.id);
      const rule = gate(new CloudwatchEventRule(this, constructId, {
        provider: props.provider,
        name: names[index],
        eventBusName: props.eventBusName,
        description: `[${definition.severity}] ${definition.name}`.slice(0, 512),
        eventPattern: JSON.stringify(definition.pattern),
        state: 'ENABLED',
      }), count);
      const message = alertInputTransformer(definition);
      gate(new CloudwatchEventTarget(this, `${constructId}Alert`, {
        provider: props.provider,
        rule: conditionalAttribute(rule, 'name'),
        eventBusName: props.eventBusName,
        targetId: 'AlertTopic',
        arn: props.topicArn,
        inputTransformer: { inputPaths: message.inputPaths, inputTemplate: message.inputTemplate },
      }), count);
      this.rules.push(rule);
    });
  }
}

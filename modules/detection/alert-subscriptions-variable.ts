import { TerraformIterator, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { subscriptionProblems, type AlertSubscription } from '../../detections/routing/alert-subscriptions';
import { problem, validateProps } from '../private/validation';

export type { AlertSubscription } from '../../detections/routing/alert-subscriptions';
export { subscriptionProblems } from '../../detections/routing/alert-subscriptions';

export interface AlertSubscriptionsVariableProps {
  /** The variable's default (from configuration). */
  readonly defaultSubscriptions: readonly AlertSubscription[];
  /**
   * Terraform name of the variable.
   * @default "alert_subscriptions"
   */
  readonly variableName?: string;
}

/**
 * Who receives alerts, as a Terraform input so people can be added at plan time without a new
 * synth. Only email and https are accepted: both confirm the subscription at the endpoint.
 */
export class AlertSubscriptionsVariable extends Construct {
  readonly variable: TerraformVariable;
  readonly variableName: string;

  constructor(scope: Construct, id: string, props: AlertSubscriptionsVariableProps) {
    super(scope, id);
    this.variableName = props.variableName ?? 'alert_subscriptions';
    validateProps(this, () =>
      props.defaultSubscriptions.flatMap((s, i) => subscriptionProblems(s).map((p) => problem(`defaultSubscriptions[${i}].${p.field}`, p.received, p.expected.replace(/^expected /, '')))),
    );
    const v = `var.${this.variableName}`;
    this.variable = new TerraformVariable(this, 'Variable', {
      type: 'list(object({ protocol = string, endpoint = string }))',
      default: props.defaultSubscriptions.map((s) => ({ protocol: s.protocol, endpoint: s.endpoint })),
      description: 'Who receives security alerts: a list of { protocol = "email" or "https", endpoint }. Each must confirm its subscription.',
      validation: [
        {
          condition: `\${alltrue([for s in ${v} : contains(["email", "https"], s.protocol)])}`,
          errorMessage: 'alert_subscriptions: every protocol must be "email" or "https".',
        },
        {
          condition: `\${alltrue([for s in ${v} : s.protocol != "email" || can(regex("^[^@ ]+@[^@ ]+[.][^@ ]+$", s.endpoint))])}`,
          errorMessage: 'alert_subscriptions: an email endpoint must be an address like security@example.com.',
        },
        {
          condition: `\${alltrue([for s in ${v} : s.protocol != "https" || startswith(s.endpoint, "https://")])}`,
          errorMessage: 'alert_subscriptions: an https endpoint must start with https://.',
        },
      ],
    });
    this.variable.overrideLogicalId(this.variableName);
  }

  /** The subscriptions as a for_each iterator, empty unless the Terraform condition holds. */
  iterator(enabledExpression: string): TerraformIterator {
    return TerraformIterator.fromMap(
      Token.asAnyMap(`\${{ for s in var.${this.variableName} : join(":", [s.protocol, s.endpoint]) => s if ${enabledExpression} }}`),
    );
  }
}

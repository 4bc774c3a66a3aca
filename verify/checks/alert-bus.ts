import { DescribeEventBusCommand } from '@aws-sdk/client-eventbridge';
import { paginateListSubscriptionsByTopic, type Subscription } from '@aws-sdk/client-sns';
import { equals, judge, type CheckResult, type CheckScope } from '../check-result';
import type { VerifyContext } from '../context';
import { normalizePolicy } from '../policy-normal-form';
import { read } from '../read';
import { judgeRules, readRules } from './rule-targets';

/** The security account's alert path in one governed Region: bus, bus policy, rules, topic subscribers. */
export async function alertBusChecks(ctx: VerifyContext, region: string): Promise<CheckResult[]> {
  const alerts = ctx.expected.alerts;
  // With the alarm path alone no central bus is planned.
  if (alerts === undefined || alerts.busPolicyByRegion[region] === undefined) return [];
  const scope: CheckScope = { account: ctx.expected.accounts.security, region };
  const { eventBridge, sns } = ctx.aws.clientsFor(scope.account, region);
  const topicArn = alerts.topicArnByRegion[region];

  const bus = await read('eventbridge:DescribeEventBus', () => eventBridge.send(new DescribeEventBusCommand({ Name: alerts.busName })), { codes: ['ResourceNotFoundException'], value: null });
  const rules = await readRules(eventBridge, alerts.busName, alerts.centralRulePrefix);
  const subscriptions = await read('sns:ListSubscriptionsByTopic', async () => {
    const found: Subscription[] = [];
    for await (const page of paginateListSubscriptionsByTopic({ client: sns }, { TopicArn: topicArn })) found.push(...(page.Subscriptions ?? []));
    return found;
  }, { codes: ['NotFound'], value: null });

  return [
    judge('alerts.bus-policy', scope, bus, (b) =>
      b === null
        ? { pass: false, detail: `central bus ${alerts.busName} does not exist`, expected: normalizePolicy(alerts.busPolicyByRegion[region]), actual: null }
        : equals(`policy of the central bus ${alerts.busName} (normalized)`, normalizePolicy(alerts.busPolicyByRegion[region]), b.Policy === undefined ? null : normalizePolicy(b.Policy))),
    judge('alerts.central-rules', scope, rules, (live) => judgeRules('central-bus rules', alerts.centralRulesByRegion[region] ?? [], live)),
    judge('alerts.topic-subscription', scope, subscriptions, (list) => {
      // SNS shows an unconfirmed subscription with this literal instead of an ARN.
      const confirmed = (list ?? []).filter((s) => s.SubscriptionArn !== undefined && s.SubscriptionArn.startsWith('arn:'));
      const pending = (list ?? []).filter((s) => s.SubscriptionArn === 'PendingConfirmation');
      return {
        pass: confirmed.length > 0,
        detail: list === null ? `topic ${topicArn} does not exist` : confirmed.length > 0 ? `${confirmed.length} confirmed subscription(s)` : `no confirmed subscription${pending.length > 0 ? ` (${pending.length} PendingConfirmation: ${pending.map((s) => s.Endpoint).join(', ')})` : ''}`,
        expected: { confirmedSubscriptions: '>= 1' },
        actual: (list ?? []).map((s) => ({ protocol: s.Protocol ?? null, endpoint: s.Endpoint ?? null, subscriptionArn: s.SubscriptionArn ?? null })),
      };
    }),
  ];
}

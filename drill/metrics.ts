import { GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { AwsAccess } from '../verify/aws-clients';
import type { ReadResult } from '../verify/check-result';
import { read } from '../verify/read';
import type { DrillTarget } from './drill-plan';

/** What the hops of one path have counted since the drill started. */
export interface PathCounts {
  readonly rules: readonly { readonly ruleName: string; readonly matched: number; readonly invocations: number; readonly failedInvocations: number }[];
  readonly delivered: number;
  readonly failed: number;
}

const RULE_METRICS = ['MatchedEvents', 'Invocations', 'FailedInvocations'] as const;
const TOPIC_METRICS = ['NumberOfNotificationsDelivered', 'NumberOfNotificationsFailed'] as const;

/**
 * Sums the rules' AWS/Events metrics and the topic's AWS/SNS metrics from `since` on. CloudWatch
 * publishes them per minute, so a delivery shows up within a minute or two of happening.
 */
export async function readPathCounts(aws: AwsAccess, target: DrillTarget, since: Date, now: Date): Promise<ReadResult<PathCounts>> {
  const window = { StartTime: new Date(since.getTime() - 60_000), EndTime: new Date(now.getTime() + 60_000) };
  const rules: PathCounts['rules'][number][] = [];
  for (const rule of target.rules) {
    const dimensions = [{ Name: 'RuleName', Value: rule.ruleName }, ...(rule.busName === undefined ? [] : [{ Name: 'EventBusName', Value: rule.busName }])];
    const sums = await sumMetrics(aws, rule.account, rule.region, 'AWS/Events', dimensions, RULE_METRICS, window);
    if (!sums.ok) return sums;
    rules.push({ ruleName: rule.ruleName, matched: sums.data.MatchedEvents, invocations: sums.data.Invocations, failedInvocations: sums.data.FailedInvocations });
  }
  const topic = await sumMetrics(aws, target.topic.account, target.topic.region, 'AWS/SNS', [{ Name: 'TopicName', Value: target.topic.name }], TOPIC_METRICS, window);
  if (!topic.ok) return topic;
  return { ok: true, data: { rules, delivered: topic.data.NumberOfNotificationsDelivered, failed: topic.data.NumberOfNotificationsFailed } };
}

async function sumMetrics<M extends string>(
  aws: AwsAccess,
  account: string,
  region: string,
  namespace: string,
  dimensions: { Name: string; Value: string }[],
  metrics: readonly M[],
  window: { StartTime: Date; EndTime: Date },
): Promise<ReadResult<Record<M, number>>> {
  const queries: MetricDataQuery[] = metrics.map((MetricName, index) => ({
    Id: `m${index}`,
    MetricStat: { Metric: { Namespace: namespace, MetricName, Dimensions: dimensions }, Period: 60, Stat: 'Sum' },
  }));
  return read('cloudwatch:GetMetricData', async () => {
    const output = await aws.clientsFor(account, region).cloudWatch.send(new GetMetricDataCommand({ MetricDataQueries: queries, ...window }));
    const sums = Object.fromEntries(metrics.map((m) => [m, 0])) as Record<M, number>;
    for (const result of output.MetricDataResults ?? []) {
      const metric = metrics[Number(result.Id?.slice(1))];
      if (metric !== undefined) sums[metric] += (result.Values ?? []).reduce((a, b) => a + b, 0);
    }
    return sums;
  });
}

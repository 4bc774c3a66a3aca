import { paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { paginateDescribeMetricFilters, type MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import { judge, type CheckResult, type CheckScope } from '../check-result';
import type { VerifyContext } from '../context';
import { read } from '../read';

/** Metric filters with their exact patterns, and alarms with actions enabled, on the trail's log group. */
export async function alarmChecks(ctx: VerifyContext): Promise<CheckResult[]> {
  const planned = ctx.expected.alerts?.metricAlarms;
  const prefix = ctx.expected.alerts?.centralRulePrefix;
  if (planned === undefined || prefix === undefined) return [];
  const scope: CheckScope = { account: ctx.expected.accounts.management, region: ctx.expected.homeRegion };
  const { logs, cloudWatch } = ctx.aws.clientsFor(scope.account, scope.region);

  const filters = await read('logs:DescribeMetricFilters', async () => {
    const found: MetricFilter[] = [];
    for await (const page of paginateDescribeMetricFilters({ client: logs }, { logGroupName: planned.logGroupName })) found.push(...(page.metricFilters ?? []));
    return found;
  }, { codes: ['ResourceNotFoundException'], value: [] as MetricFilter[] });
  const alarms = await read('cloudwatch:DescribeAlarms', async () => {
    const found: MetricAlarm[] = [];
    for await (const page of paginateDescribeAlarms({ client: cloudWatch }, { AlarmNamePrefix: prefix, AlarmTypes: ['MetricAlarm'] })) found.push(...(page.MetricAlarms ?? []));
    return found;
  });

  return [
    judge('alerts.metric-filters', scope, filters, (live) => {
      const byName = new Map(live.map((f) => [f.filterName, f.filterPattern]));
      const problems = planned.filters.flatMap((f) => (!byName.has(f.name) ? [`${f.name} missing`] : byName.get(f.name) !== f.pattern ? [`${f.name} has another pattern`] : []));
      return {
        pass: problems.length === 0,
        detail: problems.length === 0 ? `all ${planned.filters.length} metric filters present with their exact patterns` : problems.join('; '),
        expected: planned.filters,
        actual: live.map((f) => ({ name: f.filterName ?? null, pattern: f.filterPattern ?? null })),
      };
    }),
    judge('alerts.alarms', scope, alarms, (live) => {
      const byName = new Map(live.map((a) => [a.AlarmName, a]));
      const problems = planned.alarmNames.flatMap((name) => {
        const alarm = byName.get(name);
        return alarm === undefined ? [`${name} missing`] : alarm.ActionsEnabled === true ? [] : [`${name} has actions disabled`];
      });
      return {
        pass: problems.length === 0,
        detail: problems.length === 0 ? `all ${planned.alarmNames.length} alarms present with actions enabled` : problems.join('; '),
        expected: planned.alarmNames.map((name) => ({ name, actionsEnabled: true })),
        actual: live.map((a) => ({ name: a.AlarmName ?? null, actionsEnabled: a.ActionsEnabled ?? false })),
      };
    }),
  ];
}

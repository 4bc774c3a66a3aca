import { DescribeAlarmHistoryCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DRILL_DETAIL_TYPE, DRILL_EVENT_SOURCE } from '../detections/drill-rule';
import type { AwsAccess } from '../verify/aws-clients';
import type { ReadResult } from '../verify/check-result';
import { read } from '../verify/read';
import type { DrillTarget } from './drill-plan';
import { readPathCounts, type PathCounts } from './metrics';

export type DrillStatus = 'delivered' | 'failed' | 'not-delivered' | 'error';

/** The outcome of one path in one Region. */
export interface DrillResult {
  readonly path: DrillTarget['path'];
  readonly account: string;
  readonly region: string;
  readonly status: DrillStatus;
  /** Seconds from sending the test to the first poll that saw it delivered (an upper bound). */
  readonly latencySeconds: number | null;
  readonly detail: string;
  readonly counts: PathCounts | null;
}

export interface DrillOptions {
  readonly targets: readonly DrillTarget[];
  readonly aws: AwsAccess;
  readonly drillId: string;
  readonly waitMs: number;
  readonly pollMs: number;
  /** @default - the clock */
  readonly now?: () => Date;
  /** @default - a timer */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Subscribers see this first: the message is a test. */
export const DRILL_TITLE = 'DRILL: trailguard alert path test, no action needed';

/** Sends every path's test at once, then watches each until delivered, failed, or the wait runs out. */
export async function runDrill(options: DrillOptions): Promise<DrillResult[]> {
  return Promise.all(options.targets.map((target) => drillOne(target, options)));
}

async function drillOne(target: DrillTarget, options: DrillOptions): Promise<DrillResult> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const where = { path: target.path, account: target.account, region: target.region };
  const sentAt = now();
  const sent = await send(target, options);
  if (!sent.ok) return { ...where, status: 'error', latencySeconds: null, detail: `could not send the test: ${sent.errorCode} (${sent.message})`, counts: null };

  const deadline = sentAt.getTime() + options.waitMs;
  let last: ReadResult<PathCounts> | undefined;
  for (;;) {
    last = await readPathCounts(options.aws, target, sentAt, now());
    const at = now();
    if (last.ok) {
      const counts = last.data;
      const failedRule = counts.rules.find((r) => r.failedInvocations > 0);
      if (failedRule !== undefined || counts.failed > 0) {
        return { ...where, status: 'failed', latencySeconds: null, detail: failedRule !== undefined ? `rule ${failedRule.ruleName} failed to invoke its target` : `the topic failed ${counts.failed} notification(s)`, counts };
      }
      if (counts.delivered > 0 && counts.rules.every((r) => r.invocations > 0)) {
        const latencySeconds = Math.round((at.getTime() - sentAt.getTime()) / 100) / 10;
        return { ...where, status: 'delivered', latencySeconds, detail: `delivered to ${target.topic.arn} within ${latencySeconds} s`, counts };
      }
    }
    if (at.getTime() >= deadline) break;
    await sleep(Math.min(options.pollMs, Math.max(0, deadline - at.getTime())));
  }
  const waited = `${Math.round(options.waitMs / 1000)} s`;
  if (!last.ok) return { ...where, status: 'error', latencySeconds: null, detail: `could not read the delivery metrics: ${last.errorCode}`, counts: null };
  const stuck = last.data.rules.find((r) => r.invocations === 0);
  return {
    ...where,
    status: 'not-delivered',
    latencySeconds: null,
    detail: `never delivered within ${waited}: ${stuck !== undefined ? `rule ${stuck.ruleName} was not invoked` : `the topic delivered nothing`}`,
    counts: last.data,
  };
}

async function send(target: DrillTarget, options: DrillOptions): Promise<ReadResult<unknown>> {
  const clients = options.aws.clientsFor(target.account, target.region);
  if (target.path === 'fast') {
    const put = await read('eventbridge:PutEvents', () =>
      clients.eventBridge.send(new PutEventsCommand({
        Entries: [{
          EventBusName: target.busName,
          Source: DRILL_EVENT_SOURCE,
          DetailType: DRILL_DETAIL_TYPE,
          Detail: JSON.stringify({ title: DRILL_TITLE, drillId: options.drillId, path: target.path, region: target.region }),
        }],
      })),
    );
    if (put.ok && (put.data.FailedEntryCount ?? 0) > 0) {
      const entry = put.data.Entries?.find((e) => e.ErrorCode !== undefined);
      return { ok: false, errorCode: entry?.ErrorCode ?? 'FailedEntry', message: entry?.ErrorMessage ?? 'the event was not accepted' };
    }
    return put;
  }
  // AWS's documented way to test an alarm: it returns to its real state at the next evaluation.
  const set = await read('cloudwatch:SetAlarmState', () =>
    clients.cloudWatch.send(new SetAlarmStateCommand({ AlarmName: target.alarmName, StateValue: 'ALARM', StateReason: `${DRILL_TITLE} (drill ${options.drillId})` })),
  );
  if (!set.ok) return set;
  const history = await read('cloudwatch:DescribeAlarmHistory', async () =>
    (await clients.cloudWatch.send(new DescribeAlarmHistoryCommand({ AlarmName: target.alarmName, HistoryItemType: 'StateUpdate', MaxRecords: 10 }))).AlarmHistoryItems ?? [],
  );
  if (!history.ok) return history;
  return history.data.some((item) => (item.HistorySummary ?? '').includes('ALARM'))
    ? history
    : { ok: false, errorCode: 'NoStateChange', message: `the alarm history of ${target.alarmName} shows no change to ALARM` };
}

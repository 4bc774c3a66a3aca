import type { FakeRequest } from './protocol';
import { notFound } from './protocol';
import type { FakeAwsState, FakeRule } from './state';

type Input = Record<string, unknown>;

/**
 * How an event travels through the fake: a rule on the bus matches it, invokes its targets
 * (another bus, or a topic that delivers to subscribers), and each hop emits the CloudWatch
 * metrics AWS emits (AWS/Events MatchedEvents, Invocations; AWS/SNS NumberOfNotificationsDelivered).
 */
export function putEvents(request: FakeRequest, input: Input, state: FakeAwsState, now: Date): unknown {
  const entries = (input.Entries as Input[]) ?? [];
  for (const entry of entries) {
    const event = { source: String(entry.Source), 'detail-type': String(entry.DetailType), detail: JSON.parse(String(entry.Detail ?? '{}')) as Input };
    route(state, request.account, request.region, entry.EventBusName === undefined ? undefined : String(entry.EventBusName), event, now);
  }
  return { FailedEntryCount: 0, Entries: entries.map((_e, i) => ({ EventId: `fake-event-${i}` })) };
}

export function setAlarmState(_request: FakeRequest, input: Input, state: FakeAwsState, now: Date): unknown {
  const alarm = state.alarms.find((a) => a.name === input.AlarmName) ?? notFound(`Alarm ${String(input.AlarmName)}`);
  const old = alarm.state;
  alarm.state = String(input.StateValue);
  alarm.history.push({ timestamp: now, summary: `Alarm updated from ${old} to ${alarm.state}` });
  // An alarm in ALARM runs its actions: it publishes to each topic, as CloudWatch does.
  if (alarm.state === 'ALARM' && alarm.actionsEnabled) {
    const message = `${String(input.StateReason)}\n${JSON.stringify({ alarmName: alarm.name, state: 'ALARM' })}`;
    for (const topicArn of alarm.actions) deliver(state, topicArn, message, now);
  }
  return {};
}

export function describeAlarmHistory(input: Input, state: FakeAwsState): unknown {
  const alarm = state.alarms.find((a) => a.name === input.AlarmName) ?? notFound(`Alarm ${String(input.AlarmName)}`);
  return { AlarmHistoryItems: [...alarm.history].reverse().map((h) => ({ AlarmName: alarm.name, Timestamp: h.timestamp.getTime() / 1000, HistoryItemType: 'StateUpdate', HistorySummary: h.summary })) };
}

export function getMetricData(request: FakeRequest, input: Input, state: FakeAwsState, now: Date): unknown {
  const start = Number(input.StartTime) * 1000;
  const end = Number(input.EndTime) * 1000;
  const visibleBefore = now.getTime() - (state.faults.metricDelayMs ?? 0);
  const queries = (input.MetricDataQueries as { Id: string; MetricStat: { Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: string }[] } } }[]) ?? [];
  return {
    MetricDataResults: queries.map((q) => {
      const metric = q.MetricStat.Metric;
      const points = state.metrics.filter((p) =>
        p.account === request.account && p.region === request.region && p.namespace === metric.Namespace && p.metricName === metric.MetricName &&
        p.at.getTime() >= start && p.at.getTime() <= end && p.at.getTime() <= visibleBefore &&
        Object.keys(p.dimensions).length === metric.Dimensions.length && metric.Dimensions.every((d) => p.dimensions[d.Name] === d.Value));
      return { Id: q.Id, StatusCode: 'Complete', Timestamps: points.map((p) => p.at.getTime() / 1000), Values: points.map((p) => p.value) };
    }),
  };
}

function route(state: FakeAwsState, account: string, region: string, busName: string | undefined, event: { source: string; 'detail-type': string; detail: Input }, now: Date): void {
  const emit = (namespace: string, metricName: string, dimensions: Record<string, string>, where = { account, region }) =>
    state.metrics.push({ ...where, namespace, metricName, dimensions, at: now, value: 1 });
  for (const rule of (state.rules[`${account}/${region}`] ?? []).filter((r) => r.busName === busName && r.state === 'ENABLED' && matches(r, event))) {
    const dimensions = { RuleName: rule.name, ...(busName === undefined ? {} : { EventBusName: busName }) };
    emit('AWS/Events', 'MatchedEvents', dimensions);
    emit('AWS/Events', 'Invocations', dimensions);
    for (const target of rule.targets) {
      const bus = /^arn:[a-z-]+:events:([a-z0-9-]+):(\d{12}):event-bus\/(.+)$/.exec(target);
      const topic = /^arn:[a-z-]+:sns:([a-z0-9-]+):(\d{12}):(.+)$/.exec(target);
      if (bus !== null) route(state, bus[2], bus[1], bus[3], event, now);
      if (topic !== null) deliver(state, target, messageOf(rule, event), now);
    }
  }
}

/** A topic publishes to its confirmed subscribers and emits AWS/SNS NumberOfNotificationsDelivered for each. */
function deliver(state: FakeAwsState, topicArn: string, message: string, now: Date): void {
  const topic = /^arn:[a-z-]+:sns:([a-z0-9-]+):(\d{12}):(.+)$/.exec(topicArn);
  if (topic === null || state.topics[topicArn] === undefined || state.faults.dropDeliveries === true) return;
  const confirmed = state.topics[topicArn].filter((s) => s.subscriptionArn.startsWith('arn:')).length;
  for (let i = 0; i < confirmed; i++) {
    state.metrics.push({ account: topic[2], region: topic[1], namespace: 'AWS/SNS', metricName: 'NumberOfNotificationsDelivered', dimensions: { TopicName: topic[3] }, at: now, value: 1 });
  }
  (state.delivered[topicArn] ??= []).push(message);
}

/** The fake's rules match by their detection id: only the drill rule carries events in a drill. */
function matches(rule: FakeRule, event: { source: string; 'detail-type': string }): boolean {
  if (rule.name.endsWith('-drill')) return event.source === 'trailguard.drill';
  return false;
}

/** What a subscriber reads: the rule's title, then the event (the real path formats it with an input transformer). */
function messageOf(rule: FakeRule, event: { detail: Input }): string {
  const title = typeof event.detail.title === 'string' ? event.detail.title : String((event.detail.state as Input | undefined)?.reason ?? rule.name);
  return `${title}\n${JSON.stringify(event.detail)}`;
}


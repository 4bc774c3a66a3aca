import type { EventRuleDefinition } from './types';

/** CloudWatch puts this detail-type on the default bus whenever an alarm changes state. */
export const ALARM_STATE_CHANGE_DETAIL_TYPE = 'CloudWatch Alarm State Change';

export interface MetricAlarmRuleInputs {
  /** Every metric-filter alarm name starts with this. */
  readonly alarmNamePrefix: string;
  /** The account whose alarms count: the one owning the trail's log group. */
  readonly alarmAccountId: string;
}

/**
 * The complete path's last hop. Metric-filter alarms live in the management account, with the
 * trail's log group; their ALARM transitions travel as events to the central bus, where this rule
 * sends them to the alert topic. `account` keeps another account's look-alike alarms out.
 */
export function metricAlarmRuleDefinition(inputs: MetricAlarmRuleInputs): EventRuleDefinition {
  const pattern = {
    source: ['aws.cloudwatch'],
    'detail-type': [ALARM_STATE_CHANGE_DETAIL_TYPE],
    account: [inputs.alarmAccountId],
    detail: { alarmName: [{ prefix: inputs.alarmNamePrefix }], state: { value: ['ALARM'] } },
  };
  return {
    id: 'metric-filter-alarm',
    name: 'CIS or guardrail metric-filter alarm',
    severity: 'high',
    why: 'A metric filter on the delivered org trail matched: the complete path, minutes after the call.',
    runbook: 'Query the trail log group with the alarm filter pattern for the last 15 minutes to find the caller.',
    pattern,
    arrivesIn: 'every-region',
    // Alarm events need no tuning: the forwarder and the central rule match the same.
    forwardingPattern: pattern,
    techniqueClass: 'alarm-relay',
    // The relay carries whichever technique the metric filter watches; the filters' own rows say which.
    attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.008', name: 'Disable or Modify Cloud Logs' },
    falsePositives: 'Those of the metric filter that raised the alarm.',
    tuning: { excludedPrincipals: [] },
  };
}

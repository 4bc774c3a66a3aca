/**
 * Every AWS API call `trailguard drill` makes, keyed `<client>:<Operation>`, with its IAM action.
 * The drill policy (policies/drill-policy.ts) is generated from this list.
 */
export const DRILL_CALLS = {
  'eventbridge:PutEvents': 'events:PutEvents',
  'cloudwatch:SetAlarmState': 'cloudwatch:SetAlarmState',
  'cloudwatch:DescribeAlarmHistory': 'cloudwatch:DescribeAlarmHistory',
  'cloudwatch:GetMetricData': 'cloudwatch:GetMetricData',
} as const;

export type DrillCall = keyof typeof DRILL_CALLS;

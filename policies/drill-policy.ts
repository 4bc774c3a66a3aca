import { DRILL_CALLS } from '../drill/drill-calls';
import { DRILL_EVENT_SOURCE } from '../detections/drill-rule';
import { policyDocument, type PolicyDocument, type PolicyStatement } from './policy-document';

export interface DrillPolicyInputs {
  /** The central buses of every governed Region. */
  readonly centralBusArns: readonly string[];
  /**
   * The drill's canary alarm (`arn:<partition>:cloudwatch:<home>:<management>:alarm:<prefix>drill`).
   * Not the detections' alarms: a state set by hand would hide a real alarm's transition.
   */
  readonly drillAlarmArn: string;
}

/**
 * The drill role's permissions, generated from DRILL_CALLS: put only `trailguard.drill` events
 * on the central buses, set and read the history of the canary alarm only, and read metrics.
 */
export function drillPolicy(inputs: DrillPolicyInputs): PolicyDocument {
  const resources: Record<string, readonly string[] | string> = {
    'events:PutEvents': inputs.centralBusArns,
    'cloudwatch:SetAlarmState': inputs.drillAlarmArn,
    'cloudwatch:DescribeAlarmHistory': inputs.drillAlarmArn,
    // Classic metrics have no ARN: GetMetricData on them is authorized on *.
    'cloudwatch:GetMetricData': '*',
  };
  const statements: PolicyStatement[] = Object.values(DRILL_CALLS).map((action) => ({
    Sid: `Drill${action.split(':')[1]}`,
    Effect: 'Allow',
    Action: action,
    Resource: resources[action],
    // events:source is multivalued (one value per entry): every entry must be a drill event, and there must be one.
    ...(action === 'events:PutEvents' && { Condition: { 'ForAllValues:StringEquals': { 'events:source': DRILL_EVENT_SOURCE }, Null: { 'events:source': 'false' } } }),
  }));
  return policyDocument(statements);
}

/**
 * For the central bus policy, beside its forwarder-only Deny (which exempts the drill role): only
 * the drill role may put `trailguard.drill` events, so a drill message on the alert topic is
 * always a real drill, never a forged "ignore this"; and the drill role may put nothing else, so
 * it cannot forge a detection. Without a drill role nobody may put drill events.
 */
export function drillBusGuardStatements(inputs: { readonly busArn: string; readonly drillRoleArn?: string }): PolicyStatement[] {
  const put = { Principal: '*', Action: 'events:PutEvents', Resource: inputs.busArn } as const;
  // events:source has one value per entry: any one drill entry in a request is enough to refuse it.
  const anyDrillEntry = { 'ForAnyValue:StringEquals': { 'events:source': DRILL_EVENT_SOURCE } };
  if (inputs.drillRoleArn === undefined) {
    return [{ Sid: 'DenyDrillEvents', Effect: 'Deny', ...put, Condition: anyDrillEntry }];
  }
  const drillRole = inputs.drillRoleArn;
  return [
    { Sid: 'DenyDrillEventsExceptDrillRole', Effect: 'Deny', ...put, Condition: { ...anyDrillEntry, ArnNotLike: { 'aws:PrincipalArn': drillRole } } },
    // Same-account roles need no grant here: the drill role's own policy allows it, so only a Deny binds it.
    { Sid: 'DenyDrillRoleOtherEvents', Effect: 'Deny', ...put, Condition: { 'ForAnyValue:StringNotEquals': { 'events:source': DRILL_EVENT_SOURCE }, ArnLike: { 'aws:PrincipalArn': drillRole } } },
    // ForAnyValue is false on a request without the key: refuse that case on its own.
    { Sid: 'DenyDrillRoleWithoutSource', Effect: 'Deny', ...put, Condition: { Null: { 'events:source': 'true' }, ArnLike: { 'aws:PrincipalArn': drillRole } } },
  ];
}

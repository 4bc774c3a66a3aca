import { DRILL_CALLS } from '../drill/drill-calls';
import { DRILL_EVENT_SOURCE } from '../detections/drill-rule';
import { policyDocument, type PolicyDocument, type PolicyStatement } from './policy-document';

export interface DrillPolicyInputs {
  /** The central buses of every governed Region. */
  readonly centralBusArns: readonly string[];
  /** trailguard's alarms (`arn:<partition>:cloudwatch:<home>:<management>:alarm:<prefix>*`). */
  readonly alarmArnPattern: string;
}

/**
 * The drill role's permissions, generated from DRILL_CALLS: put only `trailguard.drill` events
 * on the central buses, set and read the history of trailguard's alarms, and read metrics.
 */
export function drillPolicy(inputs: DrillPolicyInputs): PolicyDocument {
  const resources: Record<string, readonly string[] | string> = {
    'events:PutEvents': inputs.centralBusArns,
    'cloudwatch:SetAlarmState': inputs.alarmArnPattern,
    'cloudwatch:DescribeAlarmHistory': inputs.alarmArnPattern,
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
 * For the central bus policy: nobody but the drill role may put `trailguard.drill` events, so a
 * drill message on the alert topic is always a real drill, never a forged "ignore this".
 */
export function drillBusGuardStatement(inputs: { readonly busArn: string; readonly drillRoleArnPattern: string }): PolicyStatement {
  return {
    Sid: 'DenyDrillEventsExceptDrillRole',
    Effect: 'Deny',
    Principal: '*',
    Action: 'events:PutEvents',
    Resource: inputs.busArn,
    // Any one drill entry in a request is enough to refuse it.
    Condition: { 'ForAnyValue:StringEquals': { 'events:source': DRILL_EVENT_SOURCE }, ArnNotLike: { 'aws:PrincipalArn': inputs.drillRoleArnPattern } },
  };
}

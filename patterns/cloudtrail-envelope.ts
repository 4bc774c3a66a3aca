/**
 * How a CloudTrail record appears on an EventBridge bus. EventBridge rules match this envelope, not
 * the raw record, so every rule in `detections/` is written against `detail.*`.
 */
export interface CloudTrailBusEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Record<string, unknown>;
}

// From "AWS service events delivered via AWS CloudTrail" (EventBridge user guide). The guide's list
// spells the sign-in type "AWS Console Signin via CloudTrail", but delivered events and AWS's own
// example rules carry "AWS Console Sign In via CloudTrail", which is what is used here.
const DETAIL_TYPES: Readonly<Record<string, string>> = {
  AwsApiCall: 'AWS API Call via CloudTrail',
  AwsConsoleSignIn: 'AWS Console Sign In via CloudTrail',
  AwsConsoleAction: 'AWS Console Action via CloudTrail',
  AwsServiceEvent: 'AWS Service Event via CloudTrail',
  AwsCloudTrailInsight: 'AWS Insight via CloudTrail',
};

export const API_CALL_DETAIL_TYPE = DETAIL_TYPES.AwsApiCall;
export const CONSOLE_SIGN_IN_DETAIL_TYPE = DETAIL_TYPES.AwsConsoleSignIn;

/** Wraps one CloudTrail record as the event EventBridge delivers for it. */
export function toBusEvent(record: Record<string, unknown>): CloudTrailBusEvent {
  const eventType = typeof record.eventType === 'string' ? record.eventType : '';
  return {
    version: '0',
    // EventBridge assigns its own id; the CloudTrail eventID keeps replays reproducible.
    id: typeof record.eventID === 'string' ? record.eventID : '00000000-0000-0000-0000-000000000000',
    'detail-type': DETAIL_TYPES[eventType] ?? DETAIL_TYPES.AwsApiCall,
    source: busSource(record.eventSource),
    account: typeof record.recipientAccountId === 'string' ? record.recipientAccountId : str(asObject(record.userIdentity).accountId),
    time: typeof record.eventTime === 'string' ? record.eventTime : '',
    region: typeof record.awsRegion === 'string' ? record.awsRegion : '',
    resources: [],
    detail: record,
  };
}

/** `iam.amazonaws.com` → `aws.iam`, `signin.amazonaws.com` → `aws.signin`. */
export function busSource(eventSource: unknown): string {
  if (typeof eventSource !== 'string' || eventSource === '') return 'aws.unknown';
  return `aws.${eventSource.replace(/\.amazonaws\.com$/, '')}`;
}

/** True when a value already is a bus event (it has `detail-type`) rather than a bare record. */
export function isBusEvent(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'detail-type' in value;
}

/**
 * Whether a rule in the default state (ENABLED) receives this record. Read-only management events
 * whose names start with Get, List or Describe reach only rules in the state
 * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS ("Receiving read-only management events", EventBridge guide).
 */
export function reachesDefaultRules(record: Record<string, unknown>): boolean {
  const name = typeof record.eventName === 'string' ? record.eventName : '';
  return !(record.readOnly === true && /^(Get|List|Describe)/.test(name));
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A CloudTrail record, the EventBridge event it came in, or both. */
export type UnwrappedRecord =
  | { readonly record: Record<string, unknown>; readonly busEvent?: Record<string, unknown> }
  | { readonly record?: undefined; readonly busEvent: Record<string, unknown> };

// EventBridge names every CloudTrail-delivered detail-type "... via CloudTrail".
const CLOUDTRAIL_DETAIL_TYPE = / via CloudTrail$/;

/**
 * A CloudTrail record, given as is or as the EventBridge event that carries it in `detail`. Another
 * EventBridge event (a GuardDuty finding) has no record: only event patterns can judge it. A value
 * that is no object at all gets a sentence saying why.
 */
export function unwrapRecord(value: unknown): UnwrappedRecord | string {
  if (!isObject(value)) return `expected a CloudTrail record (a JSON object), got ${describe(value)}`;
  if (!('detail-type' in value)) return { record: value };
  const detailType = value['detail-type'];
  if (typeof detailType === 'string' && CLOUDTRAIL_DETAIL_TYPE.test(detailType)) {
    if (!isObject(value.detail)) return `an EventBridge event "${detailType}" must carry the CloudTrail record in detail, got ${describe(value.detail)}`;
    return { record: value.detail, busEvent: value };
  }
  return { busEvent: value };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : `a ${typeof value}`;
}

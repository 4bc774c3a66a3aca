import type { S3DataEventScope } from '../profiles/settings-table';

/**
 * The advanced event selectors an organization trail can have, as data: the trail construct
 * renders them for Terraform, and the decision record shows each with its cost note.
 */

/** One condition of an advanced event selector; the operators the trail renders. */
export interface TrailFieldSelector {
  readonly field: string;
  readonly equals?: readonly string[];
  readonly notEquals?: readonly string[];
  readonly startsWith?: readonly string[];
  readonly notStartsWith?: readonly string[];
}

export interface TrailEventSelector {
  /** Shown in the CloudTrail console and the plan. */
  readonly name: string;
  readonly fieldSelectors: readonly TrailFieldSelector[];
  /** What recording this costs, for the decision record. */
  readonly costNote: string;
}

/** Insight types enabled when Insights are on. */
export const INSIGHT_TYPES = ['ApiCallRateInsight', 'ApiErrorRateInsight'] as const;

export const INSIGHTS_COST_NOTE =
  'CloudTrail Insights analyses write management events for unusual call and error rates; billed per 100,000 events analysed, per insight type.';

const DATA_EVENT_COST = 'Data events cost $0.10 per 100,000 events delivered';

/** Read and write management events with no excluded event source (Security Hub CloudTrail.1). */
export function managementEventSelector(): TrailEventSelector {
  return {
    name: 'Management events, read and write, all sources',
    fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }],
    costNote: 'The first copy of management events in each account is free; further trails pay $2.00 per 100,000 events.',
  };
}

/**
 * S3 object-level events. The excluded buckets (the trail's own bucket and its access-log
 * bucket) are left out, or the trail would record its own deliveries in an endless loop.
 */
export function s3DataEventSelectors(scope: S3DataEventScope, excludedBucketArns: readonly string[]): TrailEventSelector[] {
  if (scope === 'None') {
    return [];
  }
  const exclusion: TrailFieldSelector[] =
    excludedBucketArns.length === 0 ? [] : [{ field: 'resources.ARN', notStartsWith: excludedBucketArns.map((arn) => `${arn}/`) }];
  const writesOnly: TrailFieldSelector[] = scope === 'WriteOnly' ? [{ field: 'readOnly', equals: ['false'] }] : [];
  return [
    {
      name: scope === 'WriteOnly' ? 'S3 object writes and deletes' : 'S3 object reads, writes and deletes',
      fieldSelectors: [
        { field: 'eventCategory', equals: ['Data'] },
        { field: 'resources.type', equals: ['AWS::S3::Object'] },
        ...writesOnly,
        ...exclusion,
      ],
      costNote:
        scope === 'WriteOnly'
          ? `${DATA_EVENT_COST}; writes only, so a bucket with 1 million PutObject calls a day adds about $30 a month.`
          : `${DATA_EVENT_COST}; reads included, usually several times the writes: a bucket read 10 million times a day adds about $300 a month.`,
    },
  ];
}

/** Lambda Invoke events of every function. */
export function lambdaDataEventSelectors(enabled: boolean): TrailEventSelector[] {
  return enabled
    ? [{
        name: 'Lambda function invocations',
        fieldSelectors: [
          { field: 'eventCategory', equals: ['Data'] },
          { field: 'resources.type', equals: ['AWS::Lambda::Function'] },
        ],
        costNote: `${DATA_EVENT_COST}; one event per invocation, so 1 million invocations a day add about $30 a month.`,
      }]
    : [];
}

/** The selectors a trail has for the given settings, in the order the trail lists them. */
export function trailEventSelectors(
  settings: { readonly s3DataEvents: S3DataEventScope; readonly lambdaDataEvents: boolean },
  excludedBucketArns: readonly string[],
): TrailEventSelector[] {
  return [managementEventSelector(), ...s3DataEventSelectors(settings.s3DataEvents, excludedBucketArns), ...lambdaDataEventSelectors(settings.lambdaDataEvents)];
}

import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import type { IResolvable, TerraformProvider } from 'cdktf';
import { Fn, TerraformLocal } from 'cdktf';
import { Construct } from 'constructs';
import { asFnArgument, knownAtSynth } from '../private/synth-time';
import { S3_DATA_EVENT_SCOPES } from '../../profiles/settings-table';
import { validateProps } from '../private/validation';
import {
  INSIGHT_TYPES,
  lambdaDataEventSelectors,
  managementEventSelector,
  s3DataEventSelectors,
  type TrailEventSelector,
} from '../../trail/trail-event-selectors';

export interface OrganizationTrailProps {
  /** The trail's name. */
  readonly trailName: string;
  /** The bucket the trail delivers to (in any account whose bucket policy allows it). */
  readonly s3BucketName: string;
  /** KMS key (key ARN or alias ARN) that encrypts the log files. */
  readonly kmsKeyId: string;
  /**
   * Record every account of the organization; only the management account or a delegated
   * administrator can create such a trail.
   * @default true
   */
  readonly isOrganizationTrail?: boolean;
  /** S3 data events: `None`, `WriteOnly` or `All`; may be a token decided at plan time. */
  readonly s3DataEvents: string;
  /** Lambda Invoke data events; may be a token decided at plan time. */
  readonly lambdaDataEvents: boolean | IResolvable;
  /** ApiCallRateInsight and ApiErrorRateInsight; may be a token decided at plan time. */
  readonly insights: boolean | IResolvable;
  /**
   * Buckets whose objects are never recorded as data events: the trail's own bucket and
   * its access-log bucket, or the trail would log its own deliveries.
   * @default []
   */
  readonly excludedBucketArns?: readonly string[];
  /**
   * Log group ARN with `:*`, or a token that is null when delivery is off.
   * @default - no CloudWatch Logs delivery
   */
  readonly cloudWatchLogsGroupArn?: string;
  /**
   * Role CloudTrail assumes to write to the log group, or a token that is null when off.
   * @default - no CloudWatch Logs delivery
   */
  readonly cloudWatchLogsRoleArn?: string;
  /**
   * Provider of the trail's home Region.
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A multi-Region trail with global service events, log file validation, read and write
 * management events, and data events and Insights that follow plan-time settings: the
 * selector alternatives of every setting value are a local, and `dynamic` blocks pick one.
 */
export class OrganizationTrail extends Construct {
  readonly trail: Cloudtrail;

  constructor(scope: Construct, id: string, props: OrganizationTrailProps) {
    super(scope, id);
    validateProps(this, () => propsProblems(props));
    const excluded = props.excludedBucketArns ?? [];

    const alternatives = new TerraformLocal(this, 'SelectorAlternatives', {
      management: [managementEventSelector()].map(toTerraform),
      s3: Object.fromEntries(S3_DATA_EVENT_SCOPES.map((scope) => [scope, s3DataEventSelectors(scope, excluded).map(toTerraform)])),
      lambda: { true: lambdaDataEventSelectors(true).map(toTerraform), false: [] },
      insights: { true: [...INSIGHT_TYPES], false: [] },
    });
    const choose = (...path: unknown[]) => Fn.lookupNested(alternatives.asAnyMap, path);

    this.trail = new Cloudtrail(this, 'Trail', {
      name: props.trailName,
      s3BucketName: props.s3BucketName,
      kmsKeyId: props.kmsKeyId,
      isOrganizationTrail: props.isOrganizationTrail ?? true,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      enableLogging: true,
      cloudWatchLogsGroupArn: props.cloudWatchLogsGroupArn,
      cloudWatchLogsRoleArn: props.cloudWatchLogsRoleArn,
      provider: props.provider,
    });

    this.trail.addOverride('dynamic.advanced_event_selector', {
      for_each: Fn.concat([
        choose('management'),
        choose('s3', asFnArgument(this, props.s3DataEvents)),
        choose('lambda', Fn.tostring(asFnArgument(this, props.lambdaDataEvents))),
      ]),
      content: {
        name: '${advanced_event_selector.value.name}',
        dynamic: {
          field_selector: {
            for_each: '${advanced_event_selector.value.field_selectors}',
            content: Object.fromEntries(
              FIELD_OPERATORS.map((operator) => [operator, `\${lookup(field_selector.value, "${operator}", null)}`]),
            ),
          },
        },
      },
    });
    this.trail.addOverride('dynamic.insight_selector', {
      for_each: choose('insights', Fn.tostring(asFnArgument(this, props.insights))),
      content: { insight_type: '${insight_selector.value}' },
    });
  }

  get trailArn(): string {
    return this.trail.arn;
  }
}

/** Terraform names of the field selector attributes the trail renders, `field` first. */
const FIELD_OPERATORS = ['field', 'equals', 'not_equals', 'starts_with', 'not_starts_with'] as const;

function toTerraform(selector: TrailEventSelector): Record<string, unknown> {
  return {
    name: selector.name,
    field_selectors: selector.fieldSelectors.map((field) => ({
      field: field.field,
      ...(field.equals && { equals: [...field.equals] }),
      ...(field.notEquals && { not_equals: [...field.notEquals] }),
      ...(field.startsWith && { starts_with: [...field.startsWith] }),
      ...(field.notStartsWith && { not_starts_with: [...field.notStartsWith] }),
    })),
  };
}

function propsProblems(props: OrganizationTrailProps): string[] {
  const problems: string[] = [];
  if (knownAtSynth(props.trailName) && !/^[A-Za-z0-9][\w.-]{2,127}$/.test(props.trailName)) {
    problems.push(`trailName: got "${props.trailName}"; expected 3-128 letters, digits, periods, underscores or hyphens, starting with a letter or digit`);
  }
  if (knownAtSynth(props.s3DataEvents) && !(S3_DATA_EVENT_SCOPES as readonly string[]).includes(props.s3DataEvents)) {
    problems.push(`s3DataEvents: got "${props.s3DataEvents}"; expected one of ${S3_DATA_EVENT_SCOPES.join(', ')}`);
  }
  if ((props.cloudWatchLogsGroupArn === undefined) !== (props.cloudWatchLogsRoleArn === undefined)) {
    problems.push('cloudWatchLogsGroupArn and cloudWatchLogsRoleArn: got only one; expected both or neither');
  }
  const badExclusion = (props.excludedBucketArns ?? []).find((arn) => knownAtSynth(arn) && !/^arn:[\w-]+:s3:::[a-z0-9.-]+$/.test(arn));
  if (badExclusion !== undefined) {
    problems.push(`excludedBucketArns: got "${badExclusion}"; expected bucket ARNs arn:<partition>:s3:::<bucket>`);
  }
  return problems;
}

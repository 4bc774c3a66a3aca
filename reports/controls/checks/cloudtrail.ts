import { ofType, referenced, type ResourceView, type TfResource } from '../resources';
import { blocks, eachResource, type ControlCheck } from './check';
import { bucketNamed, loggingOf, publicAccessBlockOf } from './s3-resources';

const trails = (view: ResourceView) => ofType(view, 'aws_cloudtrail');

/** A management-event selector that records reads and writes of every source. */
function recordsAllManagementEvents(trail: TfResource): boolean {
  const advanced = blocks(trail.values.advanced_event_selector);
  if (advanced.length > 0) {
    return advanced.some((selector) => {
      const fields = blocks(selector.field_selector);
      const category = fields.find((f) => f.field === 'eventCategory');
      const narrowing = fields.some((f) => f.field === 'readOnly' || f.field === 'eventSource');
      return category !== undefined && (category.equals ?? []).includes('Management') && !narrowing;
    });
  }
  const basic = blocks(trail.values.event_selector);
  if (basic.length === 0) return true; // no selectors: CloudTrail records all management events
  return basic.some((s) => s.include_management_event_sources !== false && (s.read_write_type ?? 'All') === 'All'
    && blocks(s.exclude_management_event_sources).length === 0);
}

export const CLOUDTRAIL_CHECKS: readonly ControlCheck[] = [
  {
    // CloudTrail.1: "checks if there is at least one multi-Region AWS CloudTrail trail that captures read and write
    // management events", and fails if excludeManagementEventSources is set (readWriteType = ALL by default).
    control: 'CloudTrail.1',
    check: (view) => {
      const result = eachResource(trails(view), (t) =>
        t.values.is_multi_region_trail !== true ? 'not multi-Region'
          : !recordsAllManagementEvents(t) ? 'does not record read and write management events of every source' : undefined, 'trail');
      return result.status === 'not applicable' ? { ...result, status: 'not met', why: 'no trail' } : result;
    },
  },
  {
    // CloudTrail.2: "checks whether CloudTrail is configured to use server-side encryption (SSE) AWS KMS key encryption.
    // The control fails if the KmsKeyId isn't defined."
    control: 'CloudTrail.2',
    check: (view) => eachResource(trails(view), (t) =>
      ((typeof t.values.kms_key_id === 'string' && t.values.kms_key_id !== '') || t.unknown.has('kms_key_id') ? undefined : 'no KMS key'), 'trail'),
  },
  {
    // CloudTrail.3: "checks whether at least one CloudTrail trail is enabled."
    control: 'CloudTrail.3',
    check: (view) => {
      const result = eachResource(trails(view), (t) => (t.values.enable_logging === false ? 'logging switched off' : undefined), 'trail');
      return result.status === 'not applicable' ? { ...result, status: 'not met', why: 'no trail' } : result;
    },
  },
  {
    // CloudTrail.4: "checks whether log file integrity validation is enabled on a CloudTrail trail."
    control: 'CloudTrail.4',
    check: (view) => eachResource(trails(view), (t) => (t.values.enable_log_file_validation === true ? undefined : 'log file validation off'), 'trail'),
  },
  {
    // CloudTrail.5: "checks whether CloudTrail trails are configured to send logs to CloudWatch Logs. The control
    // fails if the CloudWatchLogsLogGroupArn property of the trail is empty."
    control: 'CloudTrail.5',
    check: (view) => eachResource(trails(view), (t) => {
      if (typeof t.values.cloud_watch_logs_group_arn === 'string' && !t.values.cloud_watch_logs_group_arn.includes('${')) return undefined;
      const group = logGroupOf(view, t);
      if (group === undefined) return 'no CloudWatch Logs log group';
      return group.decided ? undefined : { undecided: group.address };
    }, 'trail'),
  },
  {
    // CloudTrail.6: "checks whether the S3 bucket that CloudTrail uses to log is publicly accessible" (bucket policy,
    // ACL and Block Public Access). All four Block Public Access switches on the bucket pass it.
    control: 'CloudTrail.6',
    check: (view) => eachResource(trails(view).map((t) => trailBucket(view, t)).filter(isResource), (bucket) => {
      const block = publicAccessBlockOf(view, bucket);
      const on = block !== undefined && ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].every((k) => block.values[k] === true);
      return on ? undefined : 'public access not blocked';
    }, 'trail bucket in these stacks'),
  },
  {
    // CloudTrail.7: "checks whether server access logging is enabled on the CloudTrail S3 bucket."
    control: 'CloudTrail.7',
    check: (view) => eachResource(trails(view).map((t) => trailBucket(view, t)).filter(isResource),
      (bucket) => (loggingOf(view, bucket) === undefined ? 'no server access logging' : undefined), 'trail bucket in these stacks'),
  },
  {
    // CloudTrail.9: "checks whether an AWS CloudTrail trail has tags" (requiredTagKeys: none by default).
    control: 'CloudTrail.9',
    check: (view) => eachResource(trails(view), (t) => (Object.keys(t.values.tags_all ?? t.values.tags ?? {}).length > 0 ? undefined : 'no tags'), 'trail'),
  },
  {
    // CloudTrail.10: "checks whether a CloudTrail Lake event data store is encrypted with a customer managed AWS KMS key."
    control: 'CloudTrail.10',
    check: (view) => eachResource(ofType(view, 'aws_cloudtrail_event_data_store'), (s) => (s.values.kms_key_id ? undefined : 'no customer managed key'), 'CloudTrail Lake event data store'),
  },
];

/** The trail's bucket: by reference, or by name when the stacks hold it. */
function trailBucket(view: ResourceView, trail: TfResource): TfResource | undefined {
  return referenced(view, trail, 's3_bucket_name', 'aws_s3_bucket')[0] ?? bucketNamed(view, trail.values.s3_bucket_name);
}

function isResource(value: TfResource | undefined): value is TfResource {
  return value !== undefined;
}

/** The log group a trail delivers to: by reference (plan and synth) or by ARN. */
export function logGroupOf(view: ResourceView, trail: TfResource): TfResource | undefined {
  const [byReference] = referenced(view, trail, 'cloud_watch_logs_group_arn', 'aws_cloudwatch_log_group');
  if (byReference !== undefined) return byReference;
  const arn = trail.values.cloud_watch_logs_group_arn;
  if (typeof arn !== 'string') return undefined;
  return ofType(view, 'aws_cloudwatch_log_group').find((g) => arn.replace(/:\*$/, '').endsWith(`:log-group:${g.values.name}`));
}

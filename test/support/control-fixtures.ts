import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogMetricFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-metric-filter';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { SECURITY_HUB_FILTER_PATTERNS } from '../../reports/controls/checks/cis-patterns';

/** What a near-miss leaves out of the compliant fixture. */
export interface ControlFixtureOptions {
  readonly alarmWithoutAction?: boolean;
  readonly topicWithoutSubscription?: boolean;
  readonly trailWithoutValidation?: boolean;
  readonly bucketWithoutLogging?: boolean;
  readonly keyWithoutRotation?: boolean;
  /** Gate the log group with a plan-time count, as trailguard's stacks do. */
  readonly planTimeLogGroup?: boolean;
  /** Provider settings for an offline `terraform plan` (no AWS calls). */
  readonly offline?: boolean;
}

/**
 * A small consumer-style stack (not trailguard's) that meets CloudTrail.1-7, CloudWatch.1,
 * CloudWatch.15-17, S3.9 and KMS.4 unless an option removes one piece.
 */
export function controlFixture(options: ControlFixtureOptions = {}, outdir?: string): TerraformStack {
  const app = new App(outdir === undefined ? {} : { outdir });
  const stack = new TerraformStack(app, 'fixture');
  new AwsProvider(stack, 'aws', {
    region: 'eu-west-1',
    defaultTags: [{ tags: { owner: 'platform' } }],
    ...(options.offline === true && {
      accessKey: 'offline-plan-placeholder', secretKey: 'offline-plan-placeholder',
      skipCredentialsValidation: true, skipRequestingAccountId: true, skipMetadataApiCheck: 'true',
    }),
  });
  const key = new KmsKey(stack, 'Key', { enableKeyRotation: options.keyWithoutRotation !== true, description: 'trail key' });
  const bucket = new S3Bucket(stack, 'TrailBucket', { bucket: 'platform-trail-logs' });
  new S3BucketPublicAccessBlock(stack, 'TrailBucketBlock', {
    bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true,
  });
  const accessLogs = new S3Bucket(stack, 'AccessLogs', { bucket: 'platform-access-logs' });
  if (options.bucketWithoutLogging !== true) {
    new S3BucketLoggingA(stack, 'TrailBucketLogging', { bucket: bucket.id, targetBucket: accessLogs.id, targetPrefix: 'trail/' });
  }
  const group = new CloudwatchLogGroup(stack, 'TrailLogs', { name: '/platform/trail', retentionInDays: 400 });
  if (options.planTimeLogGroup === true) group.count = '${var.enabled ? 1 : 0}' as unknown as number;
  new Cloudtrail(stack, 'Trail', {
    name: 'platform-trail',
    s3BucketName: bucket.bucket,
    kmsKeyId: key.arn,
    isMultiRegionTrail: true,
    enableLogFileValidation: options.trailWithoutValidation !== true,
    cloudWatchLogsGroupArn: `${group.arn}:*`,
    cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/trail-to-logs',
  });
  new CloudwatchLogMetricFilter(stack, 'RootFilter', {
    name: 'root-usage',
    logGroupName: group.name,
    pattern: SECURITY_HUB_FILTER_PATTERNS['CloudWatch.1'],
    metricTransformation: { name: 'RootUsage', namespace: 'Platform', value: '1' },
  });
  const topic = new SnsTopic(stack, 'Alarms', { name: 'platform-alarms', kmsMasterKeyId: key.arn });
  if (options.topicWithoutSubscription !== true) {
    new SnsTopicSubscription(stack, 'Oncall', { topicArn: topic.arn, protocol: 'email', endpoint: 'oncall@example.com' });
  }
  new CloudwatchMetricAlarm(stack, 'RootAlarm', {
    alarmName: 'root-usage',
    namespace: 'Platform',
    metricName: 'RootUsage',
    statistic: 'Sum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 1,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    alarmActions: options.alarmWithoutAction === true ? undefined : [topic.arn],
  });
  return stack;
}

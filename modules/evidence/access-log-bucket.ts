import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';
import { bucketBaseline } from '../private/bucket-baseline';
import { bucketNameProblems, daysProblems, validateProps } from '../private/validation';
import { retentionLifecycle } from './retention-lifecycle';

export interface AccessLogBucketProps {
  /** The physical bucket name, from `TrailguardNames`. */
  readonly bucketName: string;
  /** Days server access logs are kept (may be a plan-time token). */
  readonly retentionDays: number;
  /** The bucket policy, fully known at plan time (see `accessLogBucketPolicy`). */
  readonly policy: PolicyDocument;
  /**
   * The provider of the bucket's Region (the Region of the buckets it logs).
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * The bucket that receives S3 server access logs: who listed and read the evidence.
 *
 * It differs from the evidence bucket in two ways S3 forces. An Object Lock bucket cannot
 * be a server access log target, so it has no Object Lock; the deny-tamper policy and
 * versioning protect it instead. And a log target supports only SSE-S3 (AES256) as default
 * encryption: S3 log delivery does not use SSE-KMS default encryption, so SSE-KMS here
 * would stop delivery. Its logs are still encrypted at rest, with S3-managed keys.
 */
export class AccessLogBucket extends Construct {
  readonly bucket: S3Bucket;
  readonly policy: S3BucketPolicy;
  readonly lifecycle: S3BucketLifecycleConfiguration;

  constructor(scope: Construct, id: string, props: AccessLogBucketProps) {
    super(scope, id);
    validateProps(this, () => [...bucketNameProblems('bucketName', props.bucketName), ...daysProblems('retentionDays', props.retentionDays)]);

    const baseline = bucketBaseline(this, { bucketName: props.bucketName, objectLockEnabled: false, provider: props.provider });
    this.bucket = baseline.bucket;
    const encryption = new S3BucketServerSideEncryptionConfigurationA(this, 'Encryption', {
      bucket: this.bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
      provider: props.provider,
    });
    this.lifecycle = retentionLifecycle(this, 'Lifecycle', {
      bucket: this.bucket.id,
      retentionDays: props.retentionDays,
      transitions: [],
      provider: props.provider,
      dependsOn: baseline.configuration,
    });
    // Applied last, because it denies changing the configuration above.
    this.policy = new S3BucketPolicy(this, 'Policy', {
      bucket: this.bucket.id,
      policy: policyJson(props.policy),
      provider: props.provider,
      dependsOn: [...baseline.configuration, encryption, this.lifecycle],
    });
  }

  get bucketName(): string {
    return this.bucket.bucket;
  }

  get bucketArn(): string {
    return this.bucket.arn;
  }
}

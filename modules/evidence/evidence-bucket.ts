import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketObjectLockConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-object-lock-configuration';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';
import { OBJECT_LOCK_MODES } from '../../profiles/settings-table';
import { bucketBaseline } from '../private/bucket-baseline';
import { bucketNameProblems, check, daysProblems, oneOfProblems, validateProps } from '../private/validation';
import { gate } from '../private/conditional';
import type { AccessLogBucket } from './access-log-bucket';
import type { LogKey } from './log-key';
import { retentionLifecycle } from './retention-lifecycle';

/** Ages at which log files move to colder storage classes (days after creation). */
export interface EvidenceTransitions {
  /** Move to S3 Standard-IA (at least 30). */
  readonly infrequentAccessAfterDays: number;
  /** Move to S3 Glacier Instant Retrieval. */
  readonly glacierInstantRetrievalAfterDays: number;
  /** Move to S3 Glacier Deep Archive. */
  readonly deepArchiveAfterDays: number;
}

/** Where the bucket's server access logs go. */
export interface EvidenceAccessLogging {
  /** The target bucket: an Object Lock bucket cannot receive server access logs, so it is a second one. */
  readonly bucket: AccessLogBucket;
  /** Key prefix in the target bucket (ends with `/`). */
  readonly targetPrefix: string;
  /**
   * 1 to log, 0 not to: a plan-time token such as `profiles.countWhen('accessLogging')`.
   * @default 1
   */
  readonly count?: number;
}

export interface EvidenceBucketProps {
  /** The physical bucket name, from `TrailguardNames`. */
  readonly bucketName: string;
  /** The KMS key for default encryption (its ARN is computed at apply: it is not a policy). */
  readonly logKey: LogKey;
  /** Object Lock default retention mode, `COMPLIANCE` or `GOVERNANCE` (may be a plan-time token). */
  readonly objectLockMode: string;
  /** Object Lock default retention and expiry of log files, in days (may be a plan-time token). */
  readonly retentionDays: number;
  /** Storage class transitions (each may be a plan-time token). */
  readonly transitions: EvidenceTransitions;
  /** The bucket policy, fully known at plan time (see `evidenceBucketPolicy`). */
  readonly policy: PolicyDocument;
  /**
   * Server access logging of this bucket.
   * @default - no access logging
   */
  readonly accessLogging?: EvidenceAccessLogging;
  /**
   * The provider of the bucket's Region.
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * The S3 bucket that holds the evidence: Object Lock with a profile-driven default retention,
 * versioning, SSE-KMS with a bucket key, ACLs disabled, no public access, and a policy that
 * denies tampering to all but break-glass. Terraform refuses to destroy or empty it.
 */
export class EvidenceBucket extends Construct {
  readonly bucket: S3Bucket;
  readonly policy: S3BucketPolicy;
  readonly lifecycle: S3BucketLifecycleConfiguration;
  readonly logging?: S3BucketLoggingA;

  constructor(scope: Construct, id: string, props: EvidenceBucketProps) {
    super(scope, id);
    const t = props.transitions;
    validateProps(this, () => [
      ...bucketNameProblems('bucketName', props.bucketName),
      ...oneOfProblems('objectLockMode', props.objectLockMode, OBJECT_LOCK_MODES),
      ...daysProblems('retentionDays', props.retentionDays),
      ...daysProblems('transitions.infrequentAccessAfterDays', t.infrequentAccessAfterDays, 30),
      ...daysProblems('transitions.glacierInstantRetrievalAfterDays', t.glacierInstantRetrievalAfterDays),
      ...daysProblems('transitions.deepArchiveAfterDays', t.deepArchiveAfterDays),
      ...(props.accessLogging === undefined
        ? []
        : check('accessLogging.targetPrefix', props.accessLogging.targetPrefix, props.accessLogging.targetPrefix.endsWith('/'), 'a prefix ending with "/"')),
    ]);

    const baseline = bucketBaseline(this, { bucketName: props.bucketName, objectLockEnabled: true, provider: props.provider });
    this.bucket = baseline.bucket;
    const objectLock = new S3BucketObjectLockConfigurationA(this, 'ObjectLock', {
      bucket: this.bucket.id,
      rule: { defaultRetention: { mode: props.objectLockMode, days: props.retentionDays } },
      provider: props.provider,
      dependsOn: baseline.configuration,
    });
    const encryption = new S3BucketServerSideEncryptionConfigurationA(this, 'Encryption', {
      bucket: this.bucket.id,
      // The bucket key lets S3 reuse a data key per bucket instead of calling KMS per object,
      // which cuts KMS request cost for thousands of small log files a day.
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.logKey.keyArn }, bucketKeyEnabled: true }],
      provider: props.provider,
    });
    this.lifecycle = retentionLifecycle(this, 'Lifecycle', {
      bucket: this.bucket.id,
      retentionDays: props.retentionDays,
      transitions: [
        { days: t.infrequentAccessAfterDays, storageClass: 'STANDARD_IA' },
        { days: t.glacierInstantRetrievalAfterDays, storageClass: 'GLACIER_IR' },
        { days: t.deepArchiveAfterDays, storageClass: 'DEEP_ARCHIVE' },
      ],
      provider: props.provider,
      dependsOn: baseline.configuration,
    });

    if (props.accessLogging) {
      this.logging = gate(
        new S3BucketLoggingA(this, 'AccessLogging', {
          bucket: this.bucket.id,
          targetBucket: props.accessLogging.bucket.bucketName,
          targetPrefix: props.accessLogging.targetPrefix,
          // Date-partitioned keys let Athena prune by day when answering "who read what, when".
          targetObjectKeyFormat: { partitionedPrefix: { partitionDateSource: 'EventTime' } },
          provider: props.provider,
        }),
        props.accessLogging.count ?? 1,
      );
    }

    // The policy denies changing versioning, Object Lock, lifecycle, encryption and access
    // logging, so it is applied last: Terraform configures the bucket first, then locks the
    // configuration.
    this.policy = new S3BucketPolicy(this, 'Policy', {
      bucket: this.bucket.id,
      policy: policyJson(props.policy),
      provider: props.provider,
      dependsOn: [...baseline.configuration, objectLock, encryption, this.lifecycle, ...(this.logging ? [this.logging] : [])],
    });
  }

  get bucketName(): string {
    return this.bucket.bucket;
  }

  get bucketArn(): string {
    return this.bucket.arn;
  }
}

import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { accessLogBucketPolicy } from '../../policies/access-log-bucket-policy';
import { evidenceBucketPolicy } from '../../policies/evidence-bucket-policy';
import { logKeyPolicy } from '../../policies/log-key-policy';
import type { PolicyStatement } from '../../policies/policy-document';
import type { PurposeProfiles } from '../profiles/purpose-profiles';
import { AccessLogBucket, type AccessLogBucketProps } from './access-log-bucket';
import { EvidenceBucket, type EvidenceBucketProps } from './evidence-bucket';
import { LogKey, type LogKeyProps } from './log-key';

/**
 * The names an evidence store is built from. `TrailguardNames` has them all; a platform with
 * names of its own passes an object with these members.
 */
export interface EvidenceStoreNames {
  readonly partition: string;
  readonly evidenceBucketName: string;
  readonly evidenceBucketArn: string;
  readonly accessLogBucketName: string;
  readonly accessLogBucketArn: string;
  /** Key prefix of the evidence bucket's access logs in the access-log bucket (ends with `/`). */
  readonly evidenceAccessLogPrefix: string;
  readonly logKeyAliasName: string;
  readonly logKeyAliasArn: string;
  /** The evidence account's root: the key administrator. */
  readonly logArchiveRootArn: string;
  /** Any key of the evidence account in its Region (`arn:…:kms:<region>:<account>:key/*`). */
  readonly logArchiveKeyArnPattern: string;
  /** The trails CloudTrail's encryption context may name (`arn:…:cloudtrail:*:<account>:trail/*`). */
  readonly managementTrailArnPattern: string;
  readonly trailArn: string;
  /** Where the trail writes (`AWSLogs/<org-id>/`, `AWSLogs/<account>/`). */
  readonly trailLogPrefixes: readonly string[];
  /** `s3.<region>.amazonaws.com`: readers decrypt only through S3. */
  readonly s3ViaService: string;
}

export interface EvidenceStoreProps {
  /** Every name and ARN, from one object. */
  readonly names: EvidenceStoreNames;
  /** The account that holds the evidence. */
  readonly accountId: string;
  readonly organizationId: string;
  /** The account that owns the trail writing the evidence. */
  readonly trailAccountId: string;
  /** The only principals exempt from the deny-tamper statements. */
  readonly breakGlassRoleArns: readonly string[];
  /** The purpose settings: lock mode, retention, transitions and access-log retention follow them at plan time. */
  readonly profiles: PurposeProfiles;
  /**
   * Roles that may decrypt the evidence through S3.
   * @default - none
   */
  readonly readerRoleArns?: readonly string[];
  /**
   * `count` of the evidence bucket's access logging (a plan-time token).
   * @default 1
   */
  readonly accessLoggingCount?: number;
  /** @default - none */
  readonly extraLogKeyStatements?: readonly PolicyStatement[];
  /** @default - none */
  readonly extraEvidenceBucketStatements?: readonly PolicyStatement[];
  /** @default - the stack's default provider */
  readonly provider?: TerraformProvider;
}

/**
 * The evidence store in one construct: the log key, the Object Lock evidence bucket and the
 * bucket for its access logs, each with its policy, all from one naming object.
 */
export class EvidenceStore extends Construct {
  readonly logKey: LogKey;
  readonly accessLogBucket: AccessLogBucket;
  readonly evidenceBucket: EvidenceBucket;

  constructor(scope: Construct, id: string, props: EvidenceStoreProps) {
    super(scope, id);
    this.logKey = new LogKey(this, 'LogKey', logKeyProps(props));
    this.accessLogBucket = new AccessLogBucket(this, 'AccessLogBucket', accessLogBucketProps(props));
    this.evidenceBucket = new EvidenceBucket(this, 'EvidenceBucket', evidenceBucketProps(props, this.logKey, this.accessLogBucket));
  }
}

// The parts, shared with LogArchiveStack, which keeps them at the stack's top level so that
// their Terraform addresses stay what they were.

/** @internal */
export function logKeyProps(props: EvidenceStoreProps): LogKeyProps {
  const { names } = props;
  return {
    aliasName: names.logKeyAliasName,
    policy: logKeyPolicy({
      keyAccountRootArn: names.logArchiveRootArn,
      trailArnPattern: names.managementTrailArnPattern,
      trailArn: names.trailArn,
      trailAccountId: props.trailAccountId,
      readerRoleArns: props.readerRoleArns ?? [],
      s3ViaService: names.s3ViaService,
      additionalStatements: props.extraLogKeyStatements,
    }),
    provider: props.provider,
  };
}

/** @internal */
export function accessLogBucketProps(props: EvidenceStoreProps): AccessLogBucketProps {
  const { names } = props;
  return {
    bucketName: names.accessLogBucketName,
    retentionDays: props.profiles.number('accessLogRetentionDays'),
    policy: accessLogBucketPolicy({
      bucketArn: names.accessLogBucketArn,
      organizationId: props.organizationId,
      sourceBucketArns: [names.evidenceBucketArn],
      sourceAccountId: props.accountId,
      logPrefix: names.evidenceAccessLogPrefix,
      breakGlassRoleArns: props.breakGlassRoleArns,
    }),
    provider: props.provider,
  };
}

/** @internal */
export function evidenceBucketProps(props: EvidenceStoreProps, logKey: LogKey, accessLogBucket: AccessLogBucket): EvidenceBucketProps {
  const { names, profiles } = props;
  return {
    bucketName: names.evidenceBucketName,
    logKey,
    objectLockMode: profiles.string('objectLockMode'),
    retentionDays: profiles.number('evidenceRetentionDays'),
    transitions: {
      infrequentAccessAfterDays: profiles.number('infrequentAccessAfterDays'),
      glacierInstantRetrievalAfterDays: profiles.number('glacierInstantRetrievalAfterDays'),
      deepArchiveAfterDays: profiles.number('deepArchiveAfterDays'),
    },
    policy: evidenceBucketPolicy({
      bucketArn: names.evidenceBucketArn,
      organizationId: props.organizationId,
      trailArn: names.trailArn,
      trailAccountId: props.trailAccountId,
      trailLogPrefixes: names.trailLogPrefixes,
      allowedKmsKeyArns: [names.logArchiveKeyArnPattern, names.logKeyAliasArn],
      breakGlassRoleArns: props.breakGlassRoleArns,
      additionalStatements: props.extraEvidenceBucketStatements,
    }),
    // The access-log bucket always exists: switching logging off at plan time must not
    // try to destroy a bucket that holds the history of who read the evidence.
    accessLogging: { bucket: accessLogBucket, targetPrefix: names.evidenceAccessLogPrefix, count: props.accessLoggingCount },
    provider: props.provider,
  };
}

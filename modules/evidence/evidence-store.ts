import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { evidenceStoreAccessLogBucketPolicy, evidenceStoreBucketPolicy, evidenceStoreKeyPolicy, type EvidenceStorePolicyInputs } from '../../policies/evidence-store-policies';
import type { PurposeProfiles } from '../profiles/purpose-profiles';
import { AccessLogBucket, type AccessLogBucketProps } from './access-log-bucket';
import { EvidenceBucket, type EvidenceBucketProps } from './evidence-bucket';
import { LogKey, type LogKeyProps } from './log-key';

export type { EvidenceStoreNames, EvidenceStorePolicyInputs } from '../../policies/evidence-store-policies';

export interface EvidenceStoreProps extends EvidenceStorePolicyInputs {
  /** The purpose settings: lock mode, retention, transitions and access-log retention follow them at plan time. */
  readonly profiles: PurposeProfiles;
  /**
   * `count` of the evidence bucket's access logging (a plan-time token).
   * @default 1
   */
  readonly accessLoggingCount?: number;
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
    policy: evidenceStoreKeyPolicy(props),
    provider: props.provider,
  };
}

/** @internal */
export function accessLogBucketProps(props: EvidenceStoreProps): AccessLogBucketProps {
  const { names } = props;
  return {
    bucketName: names.accessLogBucketName,
    retentionDays: props.profiles.number('accessLogRetentionDays'),
    policy: evidenceStoreAccessLogBucketPolicy(props),
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
    policy: evidenceStoreBucketPolicy(props),
    // The access-log bucket always exists: switching logging off at plan time must not
    // try to destroy a bucket that holds the history of who read the evidence.
    accessLogging: { bucket: accessLogBucket, targetPrefix: names.evidenceAccessLogPrefix, count: props.accessLoggingCount },
    provider: props.provider,
  };
}

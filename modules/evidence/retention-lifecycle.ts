import { pascalCase } from '../private/construct-ids';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { Fn, Op, TerraformLocal, type ITerraformDependable, type TerraformProvider } from 'cdktf';
import type { Construct } from 'constructs';

/** When log files move to a colder storage class. */
export interface StorageTransition {
  /** Days after creation (a number or a plan-time token). */
  readonly days: number;
  /** The S3 storage class, such as `STANDARD_IA`, `GLACIER_IR` or `DEEP_ARCHIVE`. */
  readonly storageClass: string;
}

export interface RetentionLifecycleOptions {
  readonly bucket: string;
  /** Days a log file is kept: current versions expire then, noncurrent ones that long after. */
  readonly retentionDays: number;
  readonly transitions: readonly StorageTransition[];
  readonly provider?: TerraformProvider;
  /** Resources to configure first (versioning: noncurrent-version rules need it on). */
  readonly dependsOn?: ITerraformDependable[];
}

/** The id of the one lifecycle rule, stable because it is part of the bucket's configuration. */
export const RETENTION_RULE_ID = 'retain-then-expire';

/**
 * One lifecycle rule over the whole bucket: colder tiers as objects age, expiry of the
 * current version exactly at the retention period (which only adds a delete marker), and
 * permanent removal of a noncurrent version only a further retention period after it
 * became noncurrent. No rule removes data before its retention ends.
 *
 * The days are plan-time tokens of `purpose_profiles`, so the transitions are a dynamic
 * block that leaves out any transition not earlier than expiry: S3 rejects a rule whose
 * transition is not earlier than its expiration (detection alone keeps 90 days, less than
 * its Deep Archive age). Each value goes through a local so the expression reads plainly.
 */
export function retentionLifecycle(scope: Construct, id: string, options: RetentionLifecycleOptions): S3BucketLifecycleConfiguration {
  const retention = new TerraformLocal(scope, `${id}RetentionDays`, options.retentionDays).asNumber;
  const candidates = options.transitions.map((transition) => {
    const days = new TerraformLocal(scope, `${id}${pascalCase(transition.storageClass.toLowerCase())}Days`, transition.days).asNumber;
    return Fn.conditional(Op.lt(days, retention), [{ days, storage_class: transition.storageClass }], []);
  });
  const lifecycle = new S3BucketLifecycleConfiguration(scope, id, {
    bucket: options.bucket,
    provider: options.provider,
    dependsOn: options.dependsOn,
    rule: [
      {
        id: RETENTION_RULE_ID,
        status: 'Enabled',
        filter: [{ prefix: '' }],
        expiration: [{ days: retention }],
        noncurrentVersionExpiration: [{ noncurrentDays: retention }],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
      },
    ],
  });
  if (candidates.length > 0) {
    // cdktf cannot nest a dynamic block inside a list of blocks, so it is written as an override.
    lifecycle.addOverride('rule.0.dynamic.transition', {
      for_each: Fn.concat(candidates),
      content: { days: '${transition.value.days}', storage_class: '${transition.value.storage_class}' },
    });
  }
  return lifecycle;
}

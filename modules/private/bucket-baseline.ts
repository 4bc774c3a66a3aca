import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import type { TerraformProvider, TerraformResource } from 'cdktf';
import type { Construct } from 'constructs';

/** The resources every log bucket has, whatever it holds. */
export interface BucketBaseline {
  readonly bucket: S3Bucket;
  /** Configuration the bucket policy must be applied after (the policy denies changing it). */
  readonly configuration: TerraformResource[];
}

/**
 * A bucket that cannot be emptied by Terraform nor destroyed, with ACLs disabled, public
 * access blocked on all four switches and versioning on. Used by the evidence and access-log
 * buckets so both get the same floor.
 */
export function bucketBaseline(
  scope: Construct,
  options: { bucketName: string; objectLockEnabled: boolean; provider?: TerraformProvider },
): BucketBaseline {
  const bucket = new S3Bucket(scope, 'Bucket', {
    bucket: options.bucketName,
    objectLockEnabled: options.objectLockEnabled,
    forceDestroy: false,
    provider: options.provider,
    lifecycle: { preventDestroy: true },
  });
  const ownership = new S3BucketOwnershipControls(scope, 'Ownership', {
    bucket: bucket.id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
    provider: options.provider,
  });
  const publicAccess = new S3BucketPublicAccessBlock(scope, 'PublicAccessBlock', {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
    provider: options.provider,
  });
  const versioning = new S3BucketVersioningA(scope, 'Versioning', {
    bucket: bucket.id,
    versioningConfiguration: { status: 'Enabled' },
    provider: options.provider,
  });
  return { bucket, configuration: [ownership, publicAccess, versioning] };
}

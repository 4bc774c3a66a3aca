import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { policyJson } from '../../policies/policy-document';
import { queryResultsBucketPolicy, queryResultsKeyPolicy } from '../../policies/query-results-policies';
import { conditionalAttribute, gate } from '../private/conditional';
import { bucketNameProblems, daysProblems, keyAliasProblems, validateProps } from '../private/validation';
import { s3BucketArn } from '../../naming/arns';

export interface QueryResultsBucketProps {
  readonly bucketName: string;
  /** Alias name of the key that encrypts results, `alias/...`. */
  readonly keyAliasName: string;
  readonly partition: string;
  /** The account the bucket and key live in. */
  readonly accountId: string;
  /**
   * Days after which query results expire. Results are copies of evidence, kept only long
   * enough to finish an investigation step.
   * @default 30
   */
  readonly expirationDays?: number;
  /**
   * 1 to create the bucket, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/**
 * The bucket Athena writes query results to, with a KMS key of its own. Results contain
 * excerpts of the evidence, so they get the same protection: KMS, no public access, TLS only,
 * and they expire. The evidence key stays with one job (CloudTrail encrypts, readers decrypt),
 * so nothing ever needs to encrypt with it.
 */
export class QueryResultsBucket extends Construct {
  readonly bucket: S3Bucket;
  readonly key: KmsKey;
  readonly bucketName: string;

  constructor(scope: Construct, id: string, props: QueryResultsBucketProps) {
    super(scope, id);
    const expirationDays = props.expirationDays ?? 30;
    validateProps(this, () => [...bucketNameProblems('bucketName', props.bucketName), ...keyAliasProblems('keyAliasName', props.keyAliasName), ...daysProblems('expirationDays', expirationDays)]);
    const count = props.count ?? 1;
    const common = { provider: props.provider };
    this.bucketName = props.bucketName;
    const bucketArn = s3BucketArn(props.partition, props.bucketName);

    this.key = gate(
      new KmsKey(this, 'Key', {
        ...common,
        description: `Encrypts Athena query results in ${props.bucketName}`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: policyJson(queryResultsKeyPolicy({ partition: props.partition, accountId: props.accountId })),
      }),
      count,
    );
    gate(new KmsAlias(this, 'KeyAlias', { ...common, name: props.keyAliasName, targetKeyId: conditionalAttribute(this.key, 'key_id') }), count);

    // Results are disposable copies: destroying the bucket with them lets the purpose be switched off.
    this.bucket = gate(new S3Bucket(this, 'Bucket', { ...common, bucket: props.bucketName, forceDestroy: true }), count);
    const bucket = props.bucketName;
    const after = { dependsOn: [this.bucket] };
    gate(new S3BucketOwnershipControls(this, 'Ownership', { ...common, ...after, bucket, rule: { objectOwnership: 'BucketOwnerEnforced' } }), count);
    gate(
      new S3BucketPublicAccessBlock(this, 'PublicAccessBlock', {
        ...common,
        ...after,
        bucket,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      }),
      count,
    );
    gate(
      new S3BucketServerSideEncryptionConfigurationA(this, 'Encryption', {
        ...common,
        ...after,
        bucket,
        rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: conditionalAttribute(this.key, 'arn') }, bucketKeyEnabled: true }],
      }),
      count,
    );
    gate(
      new S3BucketLifecycleConfiguration(this, 'Lifecycle', {
        ...common,
        ...after,
        bucket,
        rule: [
          {
            id: 'expire-query-results',
            status: 'Enabled',
            filter: [{ prefix: '' }],
            expiration: [{ days: expirationDays }],
            abortIncompleteMultipartUpload: [{ daysAfterInitiation: 1 }],
          },
        ],
      }),
      count,
    );
    gate(new S3BucketPolicy(this, 'Policy', { ...common, ...after, bucket, policy: policyJson(queryResultsBucketPolicy({ bucketArn })) }), count);
  }
}

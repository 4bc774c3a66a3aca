import { policyDocument, type PolicyDocument } from './policy-document';

/** Who may assume the meta store manager role: Security Lake runs it as a Lambda function. */
export function metaStoreManagerTrustPolicy(props: { readonly accountId: string }): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AllowLambdaForThisAccount',
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': props.accountId } },
    },
  ]);
}

/** Who may assume the replication role: S3 replication, for this account's buckets. */
export function replicationTrustPolicy(props: { readonly accountId: string }): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AllowS3ReplicationForThisAccount',
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': props.accountId } },
    },
  ]);
}

export interface ReplicationPolicyProps {
  readonly accountId: string;
  /** Bucket ARN patterns of the contributing Regions (the sources). */
  readonly sourceBucketArnPatterns: readonly string[];
  /** Bucket ARN pattern of the home (rollup) Region (the destination). */
  readonly destinationBucketArnPattern: string;
  /** `kms:ViaService` of S3 in each contributing Region, and in the home Region. */
  readonly sourceS3ViaServices: readonly string[];
  readonly destinationS3ViaService: string;
  /** Key ARN pattern of the account's keys (ids are random, so `key/*` in this account). */
  readonly keyArnPatterns: readonly string[];
}

/**
 * Replication of contributing Regions into the rollup Region, as the S3 user guide lists it
 * for SSE-KMS objects: read versions at the source, replicate into the destination, and use
 * the keys only through S3 in the right Region. Security Lake's buckets end in a random
 * suffix, so they are matched by prefix and pinned to this account.
 */
export function replicationPolicy(props: ReplicationPolicyProps): PolicyDocument {
  const inAccount = { StringEquals: { 's3:ResourceAccount': props.accountId } };
  return policyDocument([
    {
      Sid: 'ReadSourceReplicationConfiguration',
      Effect: 'Allow',
      Action: ['s3:GetReplicationConfiguration', 's3:ListBucket'],
      Resource: [...props.sourceBucketArnPatterns],
      Condition: inAccount,
    },
    {
      Sid: 'ReadSourceObjectVersions',
      Effect: 'Allow',
      Action: ['s3:GetObjectVersionForReplication', 's3:GetObjectVersionAcl', 's3:GetObjectVersionTagging'],
      Resource: props.sourceBucketArnPatterns.map((arn) => `${arn}/*`),
      Condition: inAccount,
    },
    {
      Sid: 'ReplicateIntoRollupRegion',
      Effect: 'Allow',
      Action: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'],
      Resource: `${props.destinationBucketArnPattern}/*`,
      Condition: inAccount,
    },
    {
      Sid: 'DecryptSourceObjectsThroughS3',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: [...props.keyArnPatterns],
      Condition: { StringEquals: { 'kms:ViaService': [...props.sourceS3ViaServices] } },
    },
    {
      Sid: 'EncryptReplicasThroughS3',
      Effect: 'Allow',
      Action: ['kms:Encrypt', 'kms:GenerateDataKey'],
      Resource: [...props.keyArnPatterns],
      Condition: { StringEquals: { 'kms:ViaService': props.destinationS3ViaService } },
    },
  ]);
}

import { denyInsecureTransport, denyOutsideOrganization, denyTamper } from './bucket-guard-statements';
import { CLOUDTRAIL_SERVICE } from './evidence-perms';
import { policyDocument, type PolicyDocument, type PolicyStatement } from './policy-document';

export interface EvidenceBucketPolicyProps {
  /** ARN of the evidence bucket, built from names (never a computed attribute). */
  readonly bucketArn: string;
  /** The organization whose principals may be granted access at all. */
  readonly organizationId: string;
  /** ARN of the organization trail: the only trail that may write, checked with aws:SourceArn. */
  readonly trailArn: string;
  /** Account id that owns the trail, checked with aws:SourceAccount. */
  readonly trailAccountId: string;
  /** Key prefixes the trail writes under, such as `AWSLogs/o-abc/` (each must end with `/`). */
  readonly trailLogPrefixes: readonly string[];
  /**
   * KMS key ARNs or ARN patterns an upload may name in its encryption header. The key id is
   * random, so a plan-time policy names the account's keys by pattern and the alias by ARN.
   */
  readonly allowedKmsKeyArns: readonly string[];
  /** Roles exempt from the tamper deny (the break-glass role of the bucket's account). */
  readonly breakGlassRoleArns: readonly string[];
  /**
   * Further statements, for example a service that exports findings into the bucket.
   * @default - none
   */
  readonly additionalStatements?: readonly PolicyStatement[];
}

/**
 * The evidence bucket's policy: TLS only, organization only, tamper-proof except for
 * break-glass, KMS-encrypted uploads with the log key only, and CloudTrail writes limited
 * to the organization trail's prefixes.
 */
export function evidenceBucketPolicy(props: EvidenceBucketPolicyProps): PolicyDocument {
  const problems = [
    ...(props.trailLogPrefixes.length === 0 ? ['trailLogPrefixes: got []; expected at least one prefix'] : []),
    ...props.trailLogPrefixes.filter((p) => !p.endsWith('/')).map((p) => `trailLogPrefixes: got "${p}"; expected a prefix ending with "/"`),
    ...(props.allowedKmsKeyArns.length === 0 ? ['allowedKmsKeyArns: got []; expected at least one key ARN or pattern'] : []),
    ...(props.breakGlassRoleArns.length === 0 ? ['breakGlassRoleArns: got []; expected the break-glass role ARN'] : []),
  ];
  if (problems.length > 0) {
    throw new Error(`Invalid evidence bucket policy:\n  ${problems.join('\n  ')}`);
  }
  const trailSource = { 'aws:SourceArn': props.trailArn, 'aws:SourceAccount': props.trailAccountId };
  return policyDocument([
    denyInsecureTransport(props.bucketArn),
    denyOutsideOrganization(props.bucketArn, props.organizationId),
    denyTamper(props.bucketArn, props.breakGlassRoleArns),
    {
      // An upload that names an encryption algorithm must name SSE-KMS; uploads that name
      // none get the bucket default (SSE-KMS with the log key).
      Sid: 'DenyUploadsNotEncryptedWithKms',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: `${props.bucketArn}/*`,
      Condition: {
        Null: { 's3:x-amz-server-side-encryption': 'false' },
        StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' },
      },
    },
    {
      Sid: 'DenyUploadsWithAnotherKmsKey',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: `${props.bucketArn}/*`,
      Condition: {
        Null: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'false' },
        StringNotLike: { 's3:x-amz-server-side-encryption-aws-kms-key-id': [...props.allowedKmsKeyArns] },
      },
    },
    {
      // Customer-provided keys would leave the evidence readable only by whoever holds them.
      Sid: 'DenyUploadsWithCustomerProvidedKeys',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: `${props.bucketArn}/*`,
      Condition: { Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'false' } },
    },
    {
      Sid: 'AllowCloudTrailAclCheck',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE },
      Action: 's3:GetBucketAcl',
      Resource: props.bucketArn,
      Condition: { StringEquals: trailSource },
    },
    {
      Sid: 'AllowCloudTrailWriteOrganizationTrail',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE },
      Action: 's3:PutObject',
      Resource: props.trailLogPrefixes.map((prefix) => `${props.bucketArn}/${prefix}*`),
      Condition: { StringEquals: { ...trailSource, 's3:x-amz-acl': 'bucket-owner-full-control' } },
    },
    ...(props.additionalStatements ?? []),
  ]);
}

import { denyInsecureTransport, denyOutsideOrganization, denyTamper } from './bucket-guard-statements';
import { S3_LOGGING_SERVICE } from './evidence-perms';
import { policyDocument, type PolicyDocument } from './policy-document';

export interface AccessLogBucketPolicyProps {
  /** ARN of the access-log bucket, built from names. */
  readonly bucketArn: string;
  /** The organization whose principals may be granted access at all. */
  readonly organizationId: string;
  /** ARNs of the buckets whose server access logs this bucket receives (aws:SourceArn). */
  readonly sourceBucketArns: readonly string[];
  /** The account that owns the source buckets (aws:SourceAccount). */
  readonly sourceAccountId: string;
  /** The key prefix logs are written under (must end with `/`). */
  readonly logPrefix: string;
  /** Roles exempt from the tamper deny. */
  readonly breakGlassRoleArns: readonly string[];
}

/**
 * The access-log bucket's policy: the same TLS, organization and tamper guards as the
 * evidence bucket, and S3 log delivery may write only the source buckets' logs.
 */
export function accessLogBucketPolicy(props: AccessLogBucketPolicyProps): PolicyDocument {
  const problems = [
    ...(props.sourceBucketArns.length === 0 ? ['sourceBucketArns: got []; expected at least one bucket ARN'] : []),
    ...(props.logPrefix.endsWith('/') ? [] : [`logPrefix: got "${props.logPrefix}"; expected a prefix ending with "/"`]),
    ...(props.breakGlassRoleArns.length === 0 ? ['breakGlassRoleArns: got []; expected the break-glass role ARN'] : []),
  ];
  if (problems.length > 0) {
    throw new Error(`Invalid access-log bucket policy:\n  ${problems.join('\n  ')}`);
  }
  return policyDocument([
    denyInsecureTransport(props.bucketArn),
    denyOutsideOrganization(props.bucketArn, props.organizationId),
    denyTamper(props.bucketArn, props.breakGlassRoleArns),
    {
      Sid: 'AllowS3ServerAccessLogDelivery',
      Effect: 'Allow',
      Principal: { Service: S3_LOGGING_SERVICE },
      Action: 's3:PutObject',
      Resource: `${props.bucketArn}/${props.logPrefix}*`,
      Condition: {
        ArnLike: { 'aws:SourceArn': [...props.sourceBucketArns] },
        StringEquals: { 'aws:SourceAccount': props.sourceAccountId },
      },
    },
  ]);
}

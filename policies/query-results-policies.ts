import { policyDocument, type PolicyDocument } from './policy-document';

export interface QueryResultsKeyPolicyProps {
  readonly partition: string;
  /** The account that owns the key; its IAM policies decide who may use it. */
  readonly accountId: string;
}

/**
 * Key policy of the query-results key. Only the owning account is a principal, so no other
 * account can ever use the key; within the account, IAM policies (the investigator's query
 * policy) grant its use, and only through S3.
 */
export function queryResultsKeyPolicy(props: QueryResultsKeyPolicyProps): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AccountIamPoliciesGovernUse',
      Effect: 'Allow',
      Principal: { AWS: `arn:${props.partition}:iam::${props.accountId}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ]);
}

export interface QueryResultsBucketPolicyProps {
  readonly bucketArn: string;
}

/** Bucket policy of the query-results bucket: TLS only, for every caller. */
export function queryResultsBucketPolicy(props: QueryResultsBucketPolicyProps): PolicyDocument {
  return policyDocument([
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [props.bucketArn, `${props.bucketArn}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ]);
}

import { KEY_ADMIN_ACTIONS } from './evidence-perms';
import { policyDocument, type PolicyDocument } from './policy-document';

export interface SecurityLakeKeyPolicyProps {
  /** Root ARN of the log-archive account, which owns the key and the data lake. */
  readonly keyAccountRootArn: string;
  readonly keyAccountId: string;
  /** `kms:ViaService` of S3 in the key's Region. */
  readonly s3ViaService: string;
  /** The Security Lake service principal. */
  readonly securityLakeService: string;
}

/** What the data path needs of the key: S3 encrypting and decrypting objects. */
export const TRACE_KEY_USE_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*', 'kms:DescribeKey'] as const;

/**
 * The key of one Region's Security Lake bucket. Security Lake writes through S3 and its own
 * service; Athena reads through credentials Lake Formation vends for the bucket. So use is
 * allowed only through S3 to principals of this account whose IAM policy allows it, and to
 * the service on this account's behalf. Nobody has `kms:*`, as with the log key.
 */
export function securityLakeKeyPolicy(props: SecurityLakeKeyPolicyProps): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AllowKeyAdministrationByAccountRoot',
      Effect: 'Allow',
      Principal: { AWS: props.keyAccountRootArn },
      Action: [...KEY_ADMIN_ACTIONS],
      Resource: '*',
    },
    {
      // The account principal, not named roles: the roles Security Lake and Lake Formation
      // use are theirs to choose, and each still needs its own IAM allow.
      Sid: 'AllowAccountPrincipalsThroughS3',
      Effect: 'Allow',
      Principal: { AWS: props.keyAccountRootArn },
      Action: [...TRACE_KEY_USE_ACTIONS],
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': props.s3ViaService, 'kms:CallerAccount': props.keyAccountId } },
    },
    {
      Sid: 'AllowSecurityLakeForThisAccount',
      Effect: 'Allow',
      Principal: { Service: props.securityLakeService },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceAccount': props.keyAccountId } },
    },
  ]);
}

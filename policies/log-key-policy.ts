import { CLOUDTRAIL_SERVICE, KEY_ADMIN_ACTIONS } from './evidence-perms';
import { policyDocument, type PolicyDocument, type PolicyStatement } from './policy-document';

export interface LogKeyPolicyProps {
  /** Root ARN of the account that owns the key; it administers the key but cannot use it or grant its use. */
  readonly keyAccountRootArn: string;
  /** Pattern of trail ARNs CloudTrail may encrypt for (the encryption context `aws:cloudtrail:arn`). */
  readonly trailArnPattern: string;
  /** ARN of the organization trail (aws:SourceArn). */
  readonly trailArn: string;
  /** Account that owns the trail (aws:SourceAccount). */
  readonly trailAccountId: string;
  /** Roles that may decrypt logs, and only through S3. */
  readonly readerRoleArns: readonly string[];
  /** `kms:ViaService` of S3 in the key's Region, such as `s3.eu-west-1.amazonaws.com`. */
  readonly s3ViaService: string;
  /**
   * Further statements, for example a service that encrypts exported findings with this key.
   * Their Sids must not repeat the builder's.
   * @default - none
   */
  readonly additionalStatements?: readonly PolicyStatement[];
}

/**
 * The least-privilege policy of the key that encrypts the evidence. Nobody has `kms:*`:
 * the account root administers (without grants, deletion or disabling), CloudTrail
 * encrypts only for the management account's trails, and readers decrypt only through S3.
 */
export function logKeyPolicy(props: LogKeyPolicyProps): PolicyDocument {
  const trailSource = { 'aws:SourceArn': props.trailArn, 'aws:SourceAccount': props.trailAccountId };
  const statements: PolicyStatement[] = [
    {
      // Without an administrator the key could become unmanageable. The root can neither use
      // the key nor grant its use, but it can put a new policy (KMS's lockout safety check
      // requires that), so the guardrails deny kms:PutKeyPolicy to all but break-glass.
      Sid: 'AllowKeyAdministrationByAccountRoot',
      Effect: 'Allow',
      Principal: { AWS: props.keyAccountRootArn },
      Action: [...KEY_ADMIN_ACTIONS],
      Resource: '*',
    },
    {
      Sid: 'AllowCloudTrailEncryptManagementTrails',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': props.trailArnPattern },
        StringEquals: trailSource,
      },
    },
    {
      Sid: 'AllowCloudTrailDescribeKey',
      Effect: 'Allow',
      Principal: { Service: CLOUDTRAIL_SERVICE },
      Action: 'kms:DescribeKey',
      Resource: '*',
      Condition: { StringEquals: trailSource },
    },
  ];
  if (props.readerRoleArns.length > 0) {
    statements.push({
      // Readers are named by aws:PrincipalArn under the account principal rather than as
      // principals themselves: KMS rejects a policy naming a role that does not exist yet,
      // and would silently rewrite the principal if the role were recreated. The account
      // principal also means the role's own IAM policy must allow the decrypt.
      Sid: 'AllowReadersDecryptThroughS3',
      Effect: 'Allow',
      Principal: { AWS: props.keyAccountRootArn },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: {
        ArnEquals: { 'aws:PrincipalArn': [...props.readerRoleArns] },
        StringEquals: { 'kms:ViaService': props.s3ViaService },
      },
    });
  }
  return policyDocument([...statements, ...(props.additionalStatements ?? [])]);
}

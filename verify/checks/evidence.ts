import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand } from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
} from '@aws-sdk/client-s3';
import { RETENTION_RULE_ID } from '../../modules/evidence/retention-lifecycle';
import { equals, judge, type CheckResult, type CheckScope } from '../check-result';
import type { VerifyContext } from '../context';
import { normalizePolicy } from '../policy-normal-form';
import { all, mapRead, read } from '../read';

/** The evidence bucket and its log key, in the log-archive account's home Region. */
export async function evidenceChecks(ctx: VerifyContext): Promise<CheckResult[]> {
  const { evidence } = ctx.expected;
  const scope: CheckScope = { account: ctx.expected.accounts.logArchive, region: ctx.expected.homeRegion };
  const { s3, kms } = ctx.aws.clientsFor(scope.account, scope.region);
  const Bucket = evidence.bucketName;

  const objectLock = await read('s3:GetObjectLockConfiguration', async () => (await s3.send(new GetObjectLockConfigurationCommand({ Bucket }))).ObjectLockConfiguration);
  const versioning = await read('s3:GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket })));
  const encryption = await read('s3:GetBucketEncryption', async () => (await s3.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules ?? []);
  const publicAccess = await read(
    's3:GetPublicAccessBlock',
    async () => (await s3.send(new GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration ?? null,
    { codes: ['NoSuchPublicAccessBlockConfiguration'], value: null },
  );
  const logging = await read('s3:GetBucketLogging', async () => (await s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled ?? null);
  const lifecycle = await read(
    's3:GetBucketLifecycleConfiguration',
    async () => (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }))).Rules ?? [],
    { codes: ['NoSuchLifecycleConfiguration'], value: [] },
  );
  const bucketPolicy = await read('s3:GetBucketPolicy', async () => (await s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy ?? null, { codes: ['NoSuchBucketPolicy'], value: null });
  const key = await read('kms:DescribeKey', async () => (await kms.send(new DescribeKeyCommand({ KeyId: evidence.keyAliasName }))).KeyMetadata ?? null, { codes: ['NotFoundException'], value: null });
  const keyId = key.ok && key.data !== null ? key.data.KeyId : undefined;
  const noKey = { ok: false as const, errorCode: key.ok ? 'NotFoundException' : key.errorCode, message: `no key behind ${evidence.keyAliasName}` };
  const rotation = keyId === undefined ? noKey : await read('kms:GetKeyRotationStatus', async () => (await kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }))).KeyRotationEnabled ?? false);
  const keyPolicy = keyId === undefined ? noKey : await read('kms:GetKeyPolicy', async () => (await kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }))).Policy ?? null);

  const plannedLock = { ObjectLockEnabled: 'Enabled', Mode: evidence.objectLockMode, Days: evidence.retentionDays };
  return [
    judge('evidence.object-lock', scope, objectLock, (c) =>
      equals(`Object Lock default retention of ${Bucket}`, plannedLock, { ObjectLockEnabled: c?.ObjectLockEnabled ?? null, Mode: c?.Rule?.DefaultRetention?.Mode ?? null, Days: c?.Rule?.DefaultRetention?.Days ?? null }), plannedLock),
    judge('evidence.versioning', scope, versioning, (v) => equals(`versioning of ${Bucket}`, 'Enabled', v.Status ?? 'Disabled'), 'Enabled'),
    judge('evidence.encryption', scope, all(encryption, key), ([rules, k]) => {
      const rule = rules[0];
      const byDefault = rule?.ApplyServerSideEncryptionByDefault;
      const keyMatches = k !== null && [k.Arn, k.KeyId].includes(byDefault?.KMSMasterKeyID);
      const actual = { SSEAlgorithm: byDefault?.SSEAlgorithm ?? null, KMSMasterKeyID: byDefault?.KMSMasterKeyID ?? null, BucketKeyEnabled: rule?.BucketKeyEnabled ?? false };
      const plannedKey = k?.Arn ?? `the key behind ${evidence.keyAliasName}`;
      const pass = actual.SSEAlgorithm === 'aws:kms' && keyMatches && actual.BucketKeyEnabled;
      return { pass, detail: pass ? `SSE-KMS with the log key (${evidence.keyAliasName})` : `default encryption of ${Bucket} is not SSE-KMS with the log key and a bucket key`, expected: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: plannedKey, BucketKeyEnabled: true }, actual };
    }),
    judge('evidence.public-access-block', scope, publicAccess, (p) => {
      const planned = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
      return equals(`public access block of ${Bucket}`, planned, p === null ? null : { BlockPublicAcls: p.BlockPublicAcls ?? false, IgnorePublicAcls: p.IgnorePublicAcls ?? false, BlockPublicPolicy: p.BlockPublicPolicy ?? false, RestrictPublicBuckets: p.RestrictPublicBuckets ?? false });
    }),
    judge('evidence.access-logging', scope, logging, (l) =>
      equals(`server access logging of ${Bucket}`, evidence.accessLogging === undefined ? null : { TargetBucket: evidence.accessLogging.targetBucket, TargetPrefix: evidence.accessLogging.targetPrefix }, l === null ? null : { TargetBucket: l.TargetBucket ?? null, TargetPrefix: l.TargetPrefix ?? null })),
    judge('evidence.lifecycle', scope, lifecycle, (rules) => {
      const rule = rules.find((r) => r.ID === RETENTION_RULE_ID);
      const planned = { ID: RETENTION_RULE_ID, Status: 'Enabled', ExpirationDays: evidence.lifecycle.expirationDays, NoncurrentDays: evidence.lifecycle.noncurrentDays, Transitions: evidence.lifecycle.transitions };
      const actual = rule === undefined ? null : {
        ID: rule.ID, Status: rule.Status, ExpirationDays: rule.Expiration?.Days ?? null, NoncurrentDays: rule.NoncurrentVersionExpiration?.NoncurrentDays ?? null,
        Transitions: [...(rule.Transitions ?? [])].map((t) => ({ days: t.Days ?? null, storageClass: t.StorageClass ?? null })).sort((a, b) => (a.days ?? 0) - (b.days ?? 0)),
      };
      return equals(`lifecycle rule "${RETENTION_RULE_ID}" of ${Bucket}`, planned, actual);
    }),
    judge('evidence.bucket-policy', scope, bucketPolicy, (p) => equals(`bucket policy of ${Bucket} (normalized)`, normalizePolicy(evidence.bucketPolicy), p === null ? null : normalizePolicy(p))),
    judge('evidence.log-key', scope, key, (k) => ({
      pass: k !== null && k.Enabled === true && k.KeyState === 'Enabled',
      detail: k === null ? `no key behind ${evidence.keyAliasName}` : k.Enabled ? `log key ${k.KeyId} is enabled` : `log key ${k.KeyId} is ${k.KeyState ?? 'not enabled'}`,
      expected: { Enabled: true, KeyState: 'Enabled' },
      actual: k === null ? null : { Enabled: k.Enabled ?? false, KeyState: k.KeyState ?? null },
    })),
    judge('evidence.log-key-rotation', scope, rotation, (on) => equals('automatic rotation of the log key', true, on), true),
    judge('evidence.log-key-policy', scope, mapRead(keyPolicy, (p) => (p === null ? null : normalizePolicy(p))), (p) => equals('key policy of the log key (normalized)', normalizePolicy(evidence.keyPolicy), p)),
  ];
}

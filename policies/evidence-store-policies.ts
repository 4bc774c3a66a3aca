import { accessLogBucketPolicy } from './access-log-bucket-policy';
import { evidenceBucketPolicy } from './evidence-bucket-policy';
import { logKeyPolicy } from './log-key-policy';
import type { PolicyDocument, PolicyStatement } from './policy-document';

/**
 * The names an evidence store is built from. `TrailguardNames` has them all; a platform with
 * names of its own passes an object with these members.
 */
export interface EvidenceStoreNames {
  readonly partition: string;
  readonly evidenceBucketName: string;
  readonly evidenceBucketArn: string;
  readonly accessLogBucketName: string;
  readonly accessLogBucketArn: string;
  /** Key prefix of the evidence bucket's access logs in the access-log bucket (ends with `/`). */
  readonly evidenceAccessLogPrefix: string;
  readonly logKeyAliasName: string;
  readonly logKeyAliasArn: string;
  /** The evidence account's root: the key administrator. */
  readonly logArchiveRootArn: string;
  /** Any key of the evidence account in its Region (`arn:…:kms:<region>:<account>:key/*`). */
  readonly logArchiveKeyArnPattern: string;
  /** The trails CloudTrail's encryption context may name (`arn:…:cloudtrail:*:<account>:trail/*`). */
  readonly managementTrailArnPattern: string;
  readonly trailArn: string;
  /** Where the trail writes (`AWSLogs/<org-id>/`, `AWSLogs/<account>/`). */
  readonly trailLogPrefixes: readonly string[];
  /** `s3.<region>.amazonaws.com`: readers decrypt only through S3. */
  readonly s3ViaService: string;
}

/** What the evidence store's three policies are built from (a subset of `EvidenceStoreProps`). */
export interface EvidenceStorePolicyInputs {
  readonly names: EvidenceStoreNames;
  /** The account that holds the evidence. */
  readonly accountId: string;
  readonly organizationId: string;
  /** The account that owns the trail writing the evidence. */
  readonly trailAccountId: string;
  /** The only principals exempt from the deny-tamper statements. */
  readonly breakGlassRoleArns: readonly string[];
  /** @default - none */
  readonly readerRoleArns?: readonly string[];
  /** @default - none */
  readonly extraLogKeyStatements?: readonly PolicyStatement[];
  /** @default - none */
  readonly extraEvidenceBucketStatements?: readonly PolicyStatement[];
}

// The evidence store's policies in one place, so the constructs attach and `verify` expects the same documents.

export function evidenceStoreKeyPolicy(inputs: EvidenceStorePolicyInputs): PolicyDocument {
  const { names } = inputs;
  return logKeyPolicy({
    keyAccountRootArn: names.logArchiveRootArn,
    trailArnPattern: names.managementTrailArnPattern,
    trailArn: names.trailArn,
    trailAccountId: inputs.trailAccountId,
    readerRoleArns: inputs.readerRoleArns ?? [],
    s3ViaService: names.s3ViaService,
    additionalStatements: inputs.extraLogKeyStatements,
  });
}

export function evidenceStoreBucketPolicy(inputs: EvidenceStorePolicyInputs): PolicyDocument {
  const { names } = inputs;
  return evidenceBucketPolicy({
    bucketArn: names.evidenceBucketArn,
    organizationId: inputs.organizationId,
    trailArn: names.trailArn,
    trailAccountId: inputs.trailAccountId,
    trailLogPrefixes: names.trailLogPrefixes,
    allowedKmsKeyArns: [names.logArchiveKeyArnPattern, names.logKeyAliasArn],
    breakGlassRoleArns: inputs.breakGlassRoleArns,
    additionalStatements: inputs.extraEvidenceBucketStatements,
  });
}

export function evidenceStoreAccessLogBucketPolicy(inputs: EvidenceStorePolicyInputs): PolicyDocument {
  const { names } = inputs;
  return accessLogBucketPolicy({
    bucketArn: names.accessLogBucketArn,
    organizationId: inputs.organizationId,
    sourceBucketArns: [names.evidenceBucketArn],
    sourceAccountId: inputs.accountId,
    logPrefix: names.evidenceAccessLogPrefix,
    breakGlassRoleArns: inputs.breakGlassRoleArns,
  });
}

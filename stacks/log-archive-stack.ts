import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { AccessLogBucket } from '../modules/evidence/access-log-bucket';
import { EvidenceBucket } from '../modules/evidence/evidence-bucket';
import { InvestigationTooling } from '../modules/investigation/investigation-tooling';
import { InvestigatorRole } from '../modules/investigation/investigator-role';
import { LogKey } from '../modules/evidence/log-key';
import { accessLogBucketPolicy } from '../policies/access-log-bucket-policy';
import { evidenceBucketPolicy } from '../policies/evidence-bucket-policy';
import { investigatorReadPolicy } from '../policies/investigator-read-policy';
import { investigatorTrustPolicy } from '../policies/investigator-trust-policy';
import { logKeyPolicy } from '../policies/log-key-policy';
import type { PolicyStatement } from '../policies/policy-document';
import { AccountStack, type AccountStackProps } from './account-stack';
import { addVerifierRole } from './verifier-wiring';
import { dependOnRoleNamed, investigationToolingProps } from './investigation-wiring';

export interface LogArchiveStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly managementAccountId: string;
  readonly breakGlassRoleName: string;
  /** Principals (ARNs) allowed to assume the investigator role, with MFA. */
  readonly investigatorPrincipals: readonly string[];
  /**
   * Further statements for the log key's policy (for example GuardDuty encrypting exported findings).
   * @default - none
   */
  readonly extraLogKeyStatements?: readonly PolicyStatement[];
  /**
   * Further statements for the evidence bucket's policy (for example GuardDuty writing exported findings).
   * @default - none
   */
  readonly extraEvidenceBucketStatements?: readonly PolicyStatement[];
  /** Governed Regions: the Regions whose trail files the investigation table reads. */
  readonly governedRegions: readonly string[];
}

/** Output names, stable because users and other tooling read them. */
export const LOG_ARCHIVE_OUTPUTS = {
  evidenceBucketName: 'evidence_bucket_name',
  evidenceBucketArn: 'evidence_bucket_arn',
  logKeyArn: 'log_key_arn',
  logKeyAliasArn: 'log_key_alias_arn',
  accessLogBucketName: 'access_log_bucket_name',
  accessLogBucketArn: 'access_log_bucket_arn',
  investigatorRoleArn: 'investigator_role_arn',
} as const;

/**
 * The log-archive account: the evidence store. Every policy here is built from names and
 * configuration, so `terraform plan` shows each one in full, and the management stack
 * derives the same names and ARNs without reading this stack's state.
 */
export class LogArchiveStack extends AccountStack {
  readonly logKey: LogKey;
  readonly evidenceBucket: EvidenceBucket;
  readonly accessLogBucket: AccessLogBucket;
  readonly investigatorRole: InvestigatorRole;

  constructor(scope: Construct, id: string, props: LogArchiveStackProps) {
    super(scope, id, props);
    const names = this.names;
    const provider = this.providers.home;
    // Only this account's break-glass role is exempt. A break-glass role of the management
    // account gains nothing here: cross-account it has no allow, and exempting it would let
    // an account SCPs do not bind edit the evidence.
    const breakGlassRoleArns = [names.roleArn(props.accountId, props.breakGlassRoleName)];
    // With no principals configured, the account root is trusted: only identities this
    // account's own IAM policies allow may assume the role, still with MFA.
    const investigatorPrincipals = props.investigatorPrincipals.length > 0 ? props.investigatorPrincipals : [names.logArchiveRootArn];

    this.investigatorRole = new InvestigatorRole(this, 'InvestigatorRole', {
      roleName: names.investigatorRoleName,
      trustPolicy: investigatorTrustPolicy({ principals: investigatorPrincipals, organizationId: props.organizationId }),
      readPolicy: investigatorReadPolicy({
        bucketArns: [names.evidenceBucketArn, names.accessLogBucketArn],
        keyArnPatterns: [names.logArchiveKeyArnPattern],
        keyAliasName: names.logKeyAliasName,
        s3ViaService: names.s3ViaService,
      }),
      provider,
    });

    this.logKey = new LogKey(this, 'LogKey', {
      aliasName: names.logKeyAliasName,
      policy: logKeyPolicy({
        keyAccountRootArn: names.logArchiveRootArn,
        trailArnPattern: names.managementTrailArnPattern,
        trailArn: names.trailArn,
        trailAccountId: props.managementAccountId,
        readerRoleArns: [names.investigatorRoleArn],
        s3ViaService: names.s3ViaService,
        additionalStatements: props.extraLogKeyStatements,
      }),
      provider,
    });

    this.accessLogBucket = new AccessLogBucket(this, 'AccessLogBucket', {
      bucketName: names.accessLogBucketName,
      retentionDays: this.profiles.number('accessLogRetentionDays'),
      policy: accessLogBucketPolicy({
        bucketArn: names.accessLogBucketArn,
        organizationId: props.organizationId,
        sourceBucketArns: [names.evidenceBucketArn],
        sourceAccountId: props.accountId,
        logPrefix: names.evidenceAccessLogPrefix,
        breakGlassRoleArns,
      }),
      provider,
    });

    this.evidenceBucket = new EvidenceBucket(this, 'EvidenceBucket', {
      bucketName: names.evidenceBucketName,
      kmsKeyArn: this.logKey.keyArn,
      objectLockMode: this.profiles.string('objectLockMode'),
      retentionDays: this.profiles.number('evidenceRetentionDays'),
      transitions: {
        infrequentAccessAfterDays: this.profiles.number('infrequentAccessAfterDays'),
        glacierInstantRetrievalAfterDays: this.profiles.number('glacierInstantRetrievalAfterDays'),
        deepArchiveAfterDays: this.profiles.number('deepArchiveAfterDays'),
      },
      policy: evidenceBucketPolicy({
        bucketArn: names.evidenceBucketArn,
        organizationId: props.organizationId,
        trailArn: names.trailArn,
        trailAccountId: props.managementAccountId,
        trailLogPrefixes: names.trailLogPrefixes,
        allowedKmsKeyArns: [names.logArchiveKeyArnPattern, names.logKeyAliasArn],
        breakGlassRoleArns,
        additionalStatements: props.extraEvidenceBucketStatements,
      }),
      // The access-log bucket always exists: switching logging off at plan time must not
      // try to destroy a bucket that holds the history of who read the evidence.
      accessLogging: {
        targetBucket: this.accessLogBucket.bucketName,
        targetPrefix: names.evidenceAccessLogPrefix,
        count: this.profiles.countWhen('accessLogging'),
      },
      provider,
    });

    // Query tooling next to the evidence, when the purposes ask for it (queryTooling).
    const investigation = new InvestigationTooling(this, 'Investigation', investigationToolingProps(this, {
      accountId: props.accountId,
      homeRegion: props.homeRegion,
      organizationId: props.organizationId,
      governedRegions: props.governedRegions,
    }));
    dependOnRoleNamed(this, investigation.investigatorPolicy, names.investigatorRoleName);

    this.output('EvidenceBucketName', LOG_ARCHIVE_OUTPUTS.evidenceBucketName, names.evidenceBucketName,
      'Name of the Object Lock evidence bucket the organization trail writes to (TrailguardNames.evidenceBucketName).');
    this.output('EvidenceBucketArn', LOG_ARCHIVE_OUTPUTS.evidenceBucketArn, names.evidenceBucketArn,
      'ARN of the evidence bucket (TrailguardNames.evidenceBucketArn).');
    this.output('LogKeyArn', LOG_ARCHIVE_OUTPUTS.logKeyArn, this.logKey.keyArn,
      'ARN of the KMS key that encrypts the evidence. Known only after apply; other stacks use the alias ARN instead.');
    this.output('LogKeyAliasArn', LOG_ARCHIVE_OUTPUTS.logKeyAliasArn, names.logKeyAliasArn,
      'ARN of the log key alias, which the organization trail names as its KMS key (TrailguardNames.logKeyAliasArn).');
    this.output('AccessLogBucketName', LOG_ARCHIVE_OUTPUTS.accessLogBucketName, names.accessLogBucketName,
      'Name of the bucket with S3 server access logs of the evidence bucket: who read the evidence.');
    this.output('AccessLogBucketArn', LOG_ARCHIVE_OUTPUTS.accessLogBucketArn, names.accessLogBucketArn,
      'ARN of the access-log bucket (TrailguardNames.accessLogBucketArn).');
    this.output('InvestigatorRoleArn', LOG_ARCHIVE_OUTPUTS.investigatorRoleArn, names.investigatorRoleArn,
      'ARN of the read-only investigator role, assumable with MFA from inside the organization.');
    addVerifierRole(this, props.verifier);
  }

  private output(id: string, name: string, value: string, description: string): void {
    new TerraformOutput(this, id, { value, description }).overrideLogicalId(name);
  }
}

import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { trailRegions } from '../model/deployment-model';
import { AccessLogBucket } from '../modules/evidence/access-log-bucket';
import { EvidenceBucket } from '../modules/evidence/evidence-bucket';
import { accessLogBucketProps, evidenceBucketProps, logKeyProps, type EvidenceStoreProps } from '../modules/evidence/evidence-store';
import { LogKey } from '../modules/evidence/log-key';
import { InvestigationTooling } from '../modules/investigation/investigation-tooling';
import { InvestigatorRole } from '../modules/investigation/investigator-role';
import { investigatorReadPolicy } from '../policies/investigator-read-policy';
import { investigatorTrustPolicy } from '../policies/investigator-trust-policy';
import type { PolicyStatement } from '../policies/policy-document';
import { AccountStack, type AccountStackProps } from './account-stack';

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
  readonly investigatorRole: InvestigatorRole;
  readonly logKey: LogKey;
  readonly accessLogBucket: AccessLogBucket;
  readonly evidenceBucket: EvidenceBucket;
  readonly investigation: InvestigationTooling;

  constructor(scope: Construct, id: string, props: LogArchiveStackProps) {
    super(scope, id, 'logArchive', props);
    // Only this account's break-glass role is exempt. A break-glass role of the management
    // account gains nothing here: cross-account it has no allow, and exempting it would let
    // an account SCPs do not bind edit the evidence.
    const breakGlassRoleArns = [this.names.roleArn(props.accountId, props.breakGlassRoleName)];
    this.investigatorRole = this.addInvestigatorRole(props);
    const store = this.evidenceStoreProps(props, breakGlassRoleArns);
    this.logKey = new LogKey(this, 'LogKey', logKeyProps(store));
    this.accessLogBucket = new AccessLogBucket(this, 'AccessLogBucket', accessLogBucketProps(store));
    this.evidenceBucket = new EvidenceBucket(this, 'EvidenceBucket', evidenceBucketProps(store, this.logKey, this.accessLogBucket));
    this.investigation = this.addInvestigationTooling(props);
    this.addOutputs();
  }

  private addInvestigatorRole(props: LogArchiveStackProps): InvestigatorRole {
    const names = this.names;
    // With no principals configured, the account root is trusted: only identities this
    // account's own IAM policies allow may assume the role, still with MFA.
    const principals = props.investigatorPrincipals.length > 0 ? props.investigatorPrincipals : [names.logArchiveRootArn];
    return new InvestigatorRole(this, 'InvestigatorRole', {
      roleName: names.investigatorRoleName,
      trustPolicy: investigatorTrustPolicy({ principals, organizationId: props.organizationId }),
      readPolicy: investigatorReadPolicy({
        bucketArns: [names.evidenceBucketArn, names.accessLogBucketArn],
        keyArnPatterns: [names.logArchiveKeyArnPattern],
        keyAliasName: names.logKeyAliasName,
        s3ViaService: names.s3ViaService,
      }),
      provider: this.providers.home,
    });
  }

  /** What the evidence store is built from; the constructs stay at the stack's top level, where their addresses are. */
  private evidenceStoreProps(props: LogArchiveStackProps, breakGlassRoleArns: readonly string[]): EvidenceStoreProps {
    return {
      names: this.names,
      accountId: props.accountId,
      organizationId: props.organizationId,
      trailAccountId: props.managementAccountId,
      breakGlassRoleArns,
      profiles: this.profiles,
      readerRoleArns: [this.names.investigatorRoleArn],
      accessLoggingCount: this.countOf('access-logging'),
      extraLogKeyStatements: props.extraLogKeyStatements,
      extraEvidenceBucketStatements: props.extraEvidenceBucketStatements,
      provider: this.providers.home,
    };
  }

  /** Query tooling next to the evidence, when the purposes ask for it. */
  private addInvestigationTooling(props: LogArchiveStackProps): InvestigationTooling {
    const names = this.names;
    return new InvestigationTooling(this, 'Investigation', {
      partition: names.partition,
      accountId: props.accountId,
      region: this.model.homeRegion,
      organizationId: props.organizationId,
      evidenceBucketName: names.evidenceBucketName,
      evidenceKeyAliasName: names.logKeyAliasName,
      trailRegions: trailRegions(this.model),
      trailName: names.trailName,
      databaseName: names.investigationDatabaseName,
      tableName: names.cloudTrailTableName,
      workgroupName: names.investigationWorkgroupName,
      resultsBucketName: names.queryResultsBucketName,
      resultsKeyAliasName: names.queryResultsKeyAliasName,
      investigatorRole: this.investigatorRole,
      policyName: names.prefixed('investigator-queries'),
      count: this.countOf('query-tooling'),
      provider: this.providers.home,
    });
  }

  private addOutputs(): void {
    const names = this.names;
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
  }

  private output(id: string, name: string, value: string, description: string): void {
    new TerraformOutput(this, id, { value, description }).overrideLogicalId(name);
  }
}

import { TerraformOutput, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { SECURITY_LAKE_DELEGATED_VARIABLE, trailRegions } from '../model/deployment-model';
import { plannedEvidencePolicyInputs } from '../model/planned-documents';
import { SecurityLake } from '../modules/investigation/security-lake';
import { TraceAccess } from '../modules/investigation/trace-access';
import { SECURITY_LAKE_SERVICE, SECURITY_LAKE_SOURCE_VERSION, TRACE_SOURCES } from '../naming/security-lake-names';
import { investigatorTracePolicy } from '../policies/investigator-trace-policy';
import { securityLakeKeyPolicy } from '../policies/security-lake-key-policy';
import { metaStoreManagerTrustPolicy, replicationPolicy, replicationTrustPolicy } from '../policies/security-lake-role-policies';
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
  readonly securityLake: SecurityLake;
  readonly traceAccess: TraceAccess;

  constructor(scope: Construct, id: string, props: LogArchiveStackProps) {
    super(scope, id, 'logArchive', props);
    this.investigatorRole = this.addInvestigatorRole(props);
    const store = this.evidenceStoreProps(props);
    this.logKey = new LogKey(this, 'LogKey', logKeyProps(store));
    this.accessLogBucket = new AccessLogBucket(this, 'AccessLogBucket', accessLogBucketProps(store));
    this.evidenceBucket = new EvidenceBucket(this, 'EvidenceBucket', evidenceBucketProps(store, this.logKey, this.accessLogBucket));
    this.investigation = this.addInvestigationTooling(props);
    this.securityLake = this.addSecurityLake(props);
    this.traceAccess = this.addTraceAccess(props);
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
  private evidenceStoreProps(props: LogArchiveStackProps): EvidenceStoreProps {
    return {
      // The policies' inputs come from the one producer `verify` expects them from.
      ...plannedEvidencePolicyInputs(this.names, {
        accountId: props.accountId,
        organizationId: props.organizationId,
        trailAccountId: props.managementAccountId,
        breakGlassRoleName: props.breakGlassRoleName,
        extraLogKeyStatements: props.extraLogKeyStatements,
        extraEvidenceBucketStatements: props.extraEvidenceBucketStatements,
      }),
      profiles: this.profiles,
      accessLoggingCount: this.countOf('access-logging'),
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

  /** Network and DNS traces of every account, in Security Lake, once this account is its delegated administrator. */
  private addSecurityLake(props: LogArchiveStackProps): SecurityLake {
    const lake = this.names.securityLake;
    const delegated = new TerraformVariable(this, 'SecurityLakeDelegated', {
      type: 'bool',
      default: Token.nullValue(),
      nullable: true,
      description:
        'Set to true once the management stack has delegated Security Lake to this account: only the delegated administrator can create an organization-wide data lake. Unset, the network traces are not planned.',
      validation: [{
        condition: `\${var.${SECURITY_LAKE_DELEGATED_VARIABLE} == null || var.${SECURITY_LAKE_DELEGATED_VARIABLE} == true}`,
        errorMessage: `${SECURITY_LAKE_DELEGATED_VARIABLE} must be true or unset (null); to plan no traces, leave it unset.`,
      }],
    });
    delegated.overrideLogicalId(SECURITY_LAKE_DELEGATED_VARIABLE);
    const regions = this.component('security-lake').regions;
    const s3 = (region: string) => `s3.${region}.amazonaws.com`;
    const home = this.model.homeRegion;
    const contributing = regions.filter((region) => region !== home);
    return new SecurityLake(this, 'SecurityLake', {
      regions: [home, ...contributing].map((region) => ({
        region,
        provider: this.providers.forRegion(region),
        keyPolicy: securityLakeKeyPolicy({
          keyAccountRootArn: this.names.logArchiveRootArn,
          keyAccountId: props.accountId,
          s3ViaService: s3(region),
          securityLakeService: SECURITY_LAKE_SERVICE,
        }),
      })),
      keyAliasName: lake.keyAliasName,
      retentionDays: this.profiles.number('networkTraceRetentionDays'),
      sources: [...TRACE_SOURCES],
      sourceVersion: SECURITY_LAKE_SOURCE_VERSION,
      metaStoreManagerRoleName: lake.metaStoreManagerRoleName,
      metaStoreManagerTrustPolicy: metaStoreManagerTrustPolicy({ accountId: props.accountId }),
      metaStoreManagerPolicyArn: lake.metaStoreManagerPolicyArn,
      replicationRoleName: lake.replicationRoleName,
      replicationTrustPolicy: replicationTrustPolicy({ accountId: props.accountId }),
      replicationPolicy: replicationPolicy({
        accountId: props.accountId,
        sourceBucketArnPatterns: contributing.map((region) => lake.bucketArnPattern(region)),
        destinationBucketArnPattern: lake.bucketArnPattern(home),
        sourceS3ViaServices: contributing.map(s3),
        destinationS3ViaService: s3(home),
        keyArnPatterns: [this.names.arn('kms', '*', props.accountId, 'key/*')],
      }),
      count: this.countOf('security-lake'),
    });
  }

  /** The investigator reads the trace tables, and saved queries join them to the trail. */
  private addTraceAccess(props: LogArchiveStackProps): TraceAccess {
    const names = this.names;
    const tables = names.securityLake.traceTables;
    const byName = (source: string) => tables.find((t) => t.source === source)?.table ?? '';
    return new TraceAccess(this, 'TraceAccess', {
      investigatorRole: this.investigatorRole,
      investigatorRoleArn: names.investigatorRoleArn,
      tables,
      policy: investigatorTracePolicy({ partition: names.partition, region: this.model.homeRegion, accountId: props.accountId, tables }),
      policyName: names.prefixed('investigator-traces'),
      context: {
        database: names.investigationDatabaseName,
        table: names.cloudTrailTableName,
        evidenceBucketNames: [names.evidenceBucketName],
        trailName: names.trailName,
        traceDatabase: tables[0].database,
        traceTables: { VPC_FLOW: byName('VPC_FLOW'), ROUTE53: byName('ROUTE53') },
      },
      workgroupName: names.investigationWorkgroupName,
      dependsOn: [...this.securityLake.sources, this.investigation.workgroup.workgroup, this.investigation.catalog.database],
      count: this.countOf('trace-queries'),
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

import type { NamingInputs } from './names';

/** The Security Lake sources trailguard enables, by their API names. */
export const TRACE_SOURCES = ['VPC_FLOW', 'ROUTE53'] as const;
export type TraceSource = (typeof TRACE_SOURCES)[number];

/**
 * Security Lake's own source version for OCSF 1.1; its tables carry `_2_0` in their names.
 * The queries and the column list are written for this version.
 */
export const SECURITY_LAKE_SOURCE_VERSION = '2.0';

/** The service principal of Security Lake (delegation, key policy). */
export const SECURITY_LAKE_SERVICE = 'securitylake.amazonaws.com';

/**
 * Names of the Security Lake resources in the log-archive account. The Glue names are chosen
 * by Security Lake, not by us: `amazon_security_lake_glue_db_<region>` and
 * `amazon_security_lake_table_<region>_<source>_<version>` with Regions and versions in
 * underscores (Security Lake user guide, "Querying AWS source data"). They are computed here
 * so the investigator's grants name exact tables at plan time.
 */
export class SecurityLakeNames {
  constructor(private readonly inputs: NamingInputs) {}

  /** The role Security Lake's Lambda uses to register partitions in Glue (the meta store manager). */
  get metaStoreManagerRoleName(): string {
    return `${this.inputs.namePrefix}-security-lake-metastore`;
  }

  get metaStoreManagerRoleArn(): string {
    return this.roleArn(this.metaStoreManagerRoleName);
  }

  /** The role S3 replicates contributing Regions into the home (rollup) Region with. */
  get replicationRoleName(): string {
    return `${this.inputs.namePrefix}-security-lake-replication`;
  }

  get replicationRoleArn(): string {
    return this.roleArn(this.replicationRoleName);
  }

  /** The key that encrypts the traces, one per Region under the same alias. */
  get keyAliasName(): string {
    return `alias/${this.inputs.namePrefix}/security-lake`;
  }

  /** Security Lake's buckets: `aws-security-data-lake-<region>-<random>`, so only a prefix is known. */
  bucketArnPattern(region: string): string {
    return `arn:${this.inputs.partition}:s3:::aws-security-data-lake-${region}-*`;
  }

  /** The AWS managed policy Security Lake documents for the meta store manager. */
  get metaStoreManagerPolicyArn(): string {
    return `arn:${this.inputs.partition}:iam::aws:policy/service-role/AmazonSecurityLakeMetastoreManager`;
  }

  /** The Glue database of one Region (queries read the home Region's, where the others roll up). */
  databaseName(region: string): string {
    return `amazon_security_lake_glue_db_${underscored(region)}`;
  }

  tableName(region: string, source: TraceSource): string {
    return `amazon_security_lake_table_${underscored(region)}_${source.toLowerCase()}_${underscored(SECURITY_LAKE_SOURCE_VERSION)}`;
  }

  /** The trace tables the investigator may read: the home (rollup) Region's. */
  get traceTables(): readonly { readonly source: TraceSource; readonly database: string; readonly table: string }[] {
    const region = this.inputs.homeRegion;
    return TRACE_SOURCES.map((source) => ({ source, database: this.databaseName(region), table: this.tableName(region, source) }));
  }

  private roleArn(roleName: string): string {
    return `arn:${this.inputs.partition}:iam::${this.inputs.accounts.logArchive}:role/${roleName}`;
  }
}

function underscored(text: string): string {
  return text.replace(/[-.]/g, '_');
}

import { GlueCatalogDatabase } from '@cdktf/provider-aws/lib/glue-catalog-database';
import { GlueCatalogTable } from '@cdktf/provider-aws/lib/glue-catalog-table';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import {
  CLOUDTRAIL_COLUMNS,
  CLOUDTRAIL_SERDE,
  DAY_FORMAT,
  hiveType,
  PARTITION_KEYS,
} from '../../investigation/cloudtrail-table';
import { gate } from '../private/conditional';
import { check, validateProps } from '../private/validation';
import { organizationTrailPrefix } from '../../naming/arns';

export interface CloudTrailCatalogProps {
  /** Glue database name (lowercase letters, digits, underscores). */
  readonly databaseName: string;
  /** Table name (lowercase letters, digits, underscores). */
  readonly tableName: string;
  /** The bucket the organization trail writes to. */
  readonly bucketName: string;
  /** The organization id, the first folder under `AWSLogs/`. */
  readonly organizationId: string;
  /** Regions with CloudTrail files: the `region` partition's enum values. */
  readonly regions: readonly string[];
  /**
   * First day the `day` partition projects, `yyyy/MM/dd`.
   * @default '2020/01/01'
   */
  readonly firstDay?: string;
  /**
   * 1 to create the catalog, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
  /** Provider of the account and Region where Athena runs. */
  readonly provider: TerraformProvider;
}

/**
 * A Glue database and a CloudTrail table over an organization trail's S3 layout, with
 * partition projection on account, Region and day: Athena computes the partitions from the
 * query, so no crawler or partition maintenance runs, and new accounts and days are
 * queryable as soon as their files exist.
 */
export class CloudTrailCatalog extends Construct {
  readonly database: GlueCatalogDatabase;
  readonly table: GlueCatalogTable;
  readonly databaseName: string;
  readonly tableName: string;

  constructor(scope: Construct, id: string, props: CloudTrailCatalogProps) {
    super(scope, id);
    validateProps(this, () => catalogProblems(props));
    const count = props.count ?? 1;
    this.databaseName = props.databaseName;
    this.tableName = props.tableName;
    // The trail's layout, without the trailing slash that the projection template adds back.
    const root = `s3://${props.bucketName}/${organizationTrailPrefix(props.organizationId).replace(/\/$/, '')}`;
    const { account, region, day } = PARTITION_KEYS;

    this.database = gate(
      new GlueCatalogDatabase(this, 'Database', {
        provider: props.provider,
        name: props.databaseName,
        description: 'trailguard investigation: the organization trail, searchable with Athena',
      }),
      count,
    );
    this.table = gate(
      new GlueCatalogTable(this, 'Table', {
        provider: props.provider,
        databaseName: props.databaseName,
        name: props.tableName,
        description: 'CloudTrail records of every account and Region of the organization trail',
        tableType: 'EXTERNAL_TABLE',
        parameters: {
          EXTERNAL: 'TRUE',
          classification: 'cloudtrail',
          'projection.enabled': 'true',
          // Injected: the query names the accounts, so a new account needs no table change.
          [`projection.${account}.type`]: 'injected',
          [`projection.${region}.type`]: 'enum',
          [`projection.${region}.values`]: props.regions.join(','),
          [`projection.${day}.type`]: 'date',
          [`projection.${day}.format`]: DAY_FORMAT.java,
          [`projection.${day}.range`]: `${props.firstDay ?? '2020/01/01'},NOW`,
          [`projection.${day}.interval`]: '1',
          [`projection.${day}.interval.unit`]: 'DAYS',
          // `$${` is Terraform's escape for a literal `${`, which Athena substitutes.
          'storage.location.template': `${root}/${athenaVariable(account)}/CloudTrail/${athenaVariable(region)}/${athenaVariable(day)}`,
        },
        partitionKeys: [account, region, day].map((name) => ({ name, type: 'string' })),
        storageDescriptor: {
          location: `${root}/`,
          inputFormat: CLOUDTRAIL_SERDE.inputFormat,
          outputFormat: CLOUDTRAIL_SERDE.outputFormat,
          serDeInfo: { name: 'CloudTrailSerde', serializationLibrary: CLOUDTRAIL_SERDE.serializationLibrary },
          columns: CLOUDTRAIL_COLUMNS.map((column) => ({ name: column.name, type: hiveType(column.type) })),
        },
        dependsOn: [this.database],
      }),
      count,
    );
  }
}

function athenaVariable(name: string): string {
  return `$$\{${name}}`;
}

function catalogProblems(props: CloudTrailCatalogProps): string[] {
  const glueName = (prop: string, value: string) => check(prop, value, /^[a-z0-9_]{1,255}$/.test(value), 'lowercase letters, digits and underscores');
  return [
    ...glueName('databaseName', props.databaseName),
    ...glueName('tableName', props.tableName),
    ...check('regions', props.regions, props.regions.length > 0, 'at least one Region'),
    ...(props.firstDay === undefined ? [] : check('firstDay', props.firstDay, /^\d{4}\/\d{2}\/\d{2}$/.test(props.firstDay), 'yyyy/MM/dd')),
  ];
}

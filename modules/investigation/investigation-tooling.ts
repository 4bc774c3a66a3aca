import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { investigationQueries, type InvestigationQuery } from '../../investigation/queries';
import { investigatorQueryPolicy } from '../../policies/investigator-query-policy';
import { policyJson } from '../../policies/policy-document';
import { AthenaNamedQueries } from './athena-named-queries';
import { CloudTrailCatalog } from './cloud-trail-catalog';
import { conditionalAttribute, gate } from '../private/conditional';
import { InvestigationWorkgroup } from './investigation-workgroup';
import type { InvestigatorRole } from './investigator-role';
import { QueryResultsBucket } from './query-results-bucket';
import { organizationTrailPrefix } from '../../naming/arns';

export interface InvestigationToolingProps {
  readonly partition: string;
  /** The account holding the evidence; the tooling is created next to it. */
  readonly accountId: string;
  /** Region of the evidence bucket, where Athena runs. */
  readonly region: string;
  readonly organizationId: string;
  readonly evidenceBucketName: string;
  /** Alias name of the key that encrypts the evidence. */
  readonly evidenceKeyAliasName: string;
  /** Regions with CloudTrail files (the table's `region` partition values). */
  readonly trailRegions: readonly string[];
  readonly trailName: string;
  readonly databaseName: string;
  readonly tableName: string;
  readonly workgroupName: string;
  readonly resultsBucketName: string;
  readonly resultsKeyAliasName: string;
  /** The investigator role that gets the query policy (it belongs to the evidence store). */
  readonly investigatorRole: InvestigatorRole;
  /** Name of that inline policy. */
  readonly policyName: string;
  /**
   * The saved questions.
   * @default investigationQueries()
   */
  readonly queries?: readonly InvestigationQuery[];
  /**
   * Bytes one query may scan.
   * @default - InvestigationWorkgroup's default (100 GiB)
   */
  readonly bytesScannedCutoffPerQuery?: number;
  /**
   * 1 to create the tooling, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/**
 * Query tooling next to the evidence: the CloudTrail catalog, a results bucket, an enforced
 * workgroup, the saved queries, and the investigator's permission to use exactly these.
 */
export class InvestigationTooling extends Construct {
  readonly catalog: CloudTrailCatalog;
  readonly results: QueryResultsBucket;
  readonly workgroup: InvestigationWorkgroup;
  readonly namedQueries: AthenaNamedQueries;
  readonly investigatorPolicy: IamRolePolicy;

  constructor(scope: Construct, id: string, props: InvestigationToolingProps) {
    super(scope, id);
    const count = props.count ?? 1;
    const provider = props.provider;
    this.catalog = new CloudTrailCatalog(this, 'Catalog', {
      databaseName: props.databaseName,
      tableName: props.tableName,
      bucketName: props.evidenceBucketName,
      organizationId: props.organizationId,
      regions: props.trailRegions,
      count,
      provider,
    });
    this.results = new QueryResultsBucket(this, 'Results', {
      bucketName: props.resultsBucketName,
      keyAliasName: props.resultsKeyAliasName,
      partition: props.partition,
      accountId: props.accountId,
      count,
      provider,
    });
    this.workgroup = new InvestigationWorkgroup(this, 'Workgroup', {
      workgroupName: props.workgroupName,
      resultsBucketName: props.resultsBucketName,
      resultsKeyArn: conditionalAttribute(this.results.key, 'arn'),
      expectedBucketOwner: props.accountId,
      bytesScannedCutoffPerQuery: props.bytesScannedCutoffPerQuery,
      count,
      provider,
    });
    this.namedQueries = new AthenaNamedQueries(this, 'NamedQueries', {
      queries: props.queries ?? investigationQueries(),
      context: {
        database: props.databaseName,
        table: props.tableName,
        evidenceBucketNames: [props.evidenceBucketName],
        trailName: props.trailName,
      },
      workgroupName: props.workgroupName,
      dependsOn: [this.workgroup.workgroup, this.catalog.database],
      count,
      provider,
    });
    const policy = investigatorQueryPolicy({
      partition: props.partition,
      region: props.region,
      accountId: props.accountId,
      workgroupName: props.workgroupName,
      databaseName: props.databaseName,
      tableName: props.tableName,
      evidenceBucketName: props.evidenceBucketName,
      evidencePrefix: organizationTrailPrefix(props.organizationId),
      resultsBucketName: props.resultsBucketName,
      evidenceKeyAliasName: props.evidenceKeyAliasName,
      resultsKeyAliasName: props.resultsKeyAliasName,
    });
    // Attached by the role's plan-time name, after the role: the role belongs to the evidence
    // store, the permission to this purpose.
    this.investigatorPolicy = gate(
      new IamRolePolicy(this, 'InvestigatorPolicy', {
        provider,
        role: props.investigatorRole.roleName,
        name: props.policyName,
        policy: policyJson(policy),
        dependsOn: [props.investigatorRole.role],
      }),
      count,
    );
  }
}

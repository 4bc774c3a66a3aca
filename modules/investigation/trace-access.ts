import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { LakeformationPermissions } from '@cdktf/provider-aws/lib/lakeformation-permissions';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { crossLayerQueries, type CrossLayerQuery, type TraceQueryContext } from '../../investigation/trace-queries';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';
import { AthenaNamedQueries } from './athena-named-queries';
import { pascalCase } from '../private/construct-ids';
import { gate } from '../private/conditional';
import type { InvestigatorRole } from './investigator-role';

/** What Lake Formation grants on each trace table: read rows and see the schema, nothing else. */
export const TRACE_TABLE_PERMISSIONS = ['SELECT', 'DESCRIBE'] as const;

export interface TraceAccessProps {
  readonly investigatorRole: InvestigatorRole;
  /** The investigator role's ARN, known at plan time (Lake Formation names principals by ARN). */
  readonly investigatorRoleArn: string;
  /** The Glue tables of the traces, by their Security Lake names and sources (the source names the grant's construct id). */
  readonly tables: readonly { readonly source: string; readonly database: string; readonly table: string }[];
  /** The IAM side of the grant (see `investigatorTracePolicy`). */
  readonly policy: PolicyDocument;
  readonly policyName: string;
  /** Names the cross-layer SQL refers to. */
  readonly context: TraceQueryContext;
  readonly workgroupName: string;
  /**
   * The saved cross-layer questions.
   * @default crossLayerQueries()
   */
  readonly queries?: readonly CrossLayerQuery[];
  /** What must exist first: the Security Lake sources (they create the tables) and the workgroup. */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * 1 to grant and save the queries, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/**
 * The investigator's access to the traces, and only to them: Lake Formation SELECT and
 * DESCRIBE on each trace table, the matching Glue reads and data access in IAM, and saved
 * queries that follow an incident from the trail into flows and DNS.
 */
export class TraceAccess extends Construct {
  readonly grants: readonly LakeformationPermissions[];
  readonly investigatorPolicy: IamRolePolicy;
  readonly namedQueries: AthenaNamedQueries<TraceQueryContext>;

  constructor(scope: Construct, id: string, props: TraceAccessProps) {
    super(scope, id);
    const count = props.count ?? 1;
    const provider = props.provider;
    this.grants = props.tables.map((t) => gate(new LakeformationPermissions(this, `Grant${pascalCase(t.source.toLowerCase().replace(/_/g, '-'))}`, {
      provider,
      principal: props.investigatorRoleArn,
      permissions: [...TRACE_TABLE_PERMISSIONS],
      table: { databaseName: t.database, name: t.table },
      dependsOn: [props.investigatorRole.role, ...(props.dependsOn ?? [])],
    }), count));
    this.investigatorPolicy = gate(new IamRolePolicy(this, 'InvestigatorPolicy', {
      provider,
      role: props.investigatorRole.roleName,
      name: props.policyName,
      policy: policyJson(props.policy),
      dependsOn: [props.investigatorRole.role],
    }), count);
    this.namedQueries = new AthenaNamedQueries(this, 'NamedQueries', {
      queries: props.queries ?? crossLayerQueries(),
      context: props.context,
      workgroupName: props.workgroupName,
      dependsOn: props.dependsOn,
      count,
      provider,
    });
  }
}

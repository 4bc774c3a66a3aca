import { GLUE_READ_ACTIONS } from './investigator-query-policy';
import { policyDocument, type PolicyDocument } from './policy-document';

export interface InvestigatorTracePolicyProps {
  readonly partition: string;
  /** The rollup Region, where the trace tables are queried. */
  readonly region: string;
  /** The log-archive account, Security Lake's delegated administrator. */
  readonly accountId: string;
  /** The Glue tables of the traces, by database. */
  readonly tables: readonly { readonly database: string; readonly table: string }[];
}

/**
 * What the investigator needs, beyond the CloudTrail query policy, to read the trace tables:
 * Glue reads of exactly those tables, and Lake Formation's data access. There is no S3 or KMS
 * permission on Security Lake's buckets: Lake Formation vends Athena credentials scoped to
 * the tables it has granted, so the grants (SELECT and DESCRIBE on these tables) decide what
 * is readable. `lakeformation:GetDataAccess` has no resource-level permissions.
 */
export function investigatorTracePolicy(props: InvestigatorTracePolicyProps): PolicyDocument {
  const glue = (resource: string): string => `arn:${props.partition}:glue:${props.region}:${props.accountId}:${resource}`;
  const databases = [...new Set(props.tables.map((t) => t.database))];
  return policyDocument([
    {
      Sid: 'ReadTraceTables',
      Effect: 'Allow',
      Action: [...GLUE_READ_ACTIONS],
      Resource: [
        glue('catalog'),
        ...databases.map((database) => glue(`database/${database}`)),
        ...props.tables.map((t) => glue(`table/${t.database}/${t.table}`)),
      ],
    },
    {
      Sid: 'GetLakeFormationDataAccess',
      Effect: 'Allow',
      Action: 'lakeformation:GetDataAccess',
      Resource: '*',
    },
  ]);
}

import { policyDocument, type PolicyDocument } from './policy-document';

export interface InvestigatorQueryPolicyProps {
  readonly partition: string;
  /** Region of the workgroup, the Glue catalog and the buckets. */
  readonly region: string;
  /** The log-archive account, which holds all of them. */
  readonly accountId: string;
  readonly workgroupName: string;
  readonly databaseName: string;
  readonly tableName: string;
  readonly evidenceBucketName: string;
  /** Prefix of the trail's files in the evidence bucket, `AWSLogs/<org-id>/`. */
  readonly evidencePrefix: string;
  readonly resultsBucketName: string;
  /** Alias names (`alias/...`) of the evidence key and the results key. */
  readonly evidenceKeyAliasName: string;
  readonly resultsKeyAliasName: string;
}

/** Athena actions needed to run, read and stop queries and to use saved queries, in one workgroup. */
export const ATHENA_QUERY_ACTIONS = [
  'athena:GetWorkGroup',
  'athena:StartQueryExecution',
  'athena:StopQueryExecution',
  'athena:GetQueryExecution',
  'athena:BatchGetQueryExecution',
  'athena:ListQueryExecutions',
  'athena:GetQueryResults',
  'athena:GetQueryRuntimeStatistics',
  'athena:ListNamedQueries',
  'athena:GetNamedQuery',
  'athena:BatchGetNamedQuery',
] as const;

/** Catalog reads Athena makes on the caller's behalf to plan a query. */
export const ATHENA_CATALOG_ACTIONS = ['athena:GetDataCatalog', 'athena:GetDatabase', 'athena:GetTableMetadata', 'athena:ListDatabases', 'athena:ListTableMetadata'] as const;
export const GLUE_READ_ACTIONS = ['glue:GetDatabase', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'] as const;
export const RESULTS_OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'] as const;
export const RESULTS_BUCKET_ACTIONS = ['s3:ListBucket', 's3:GetBucketLocation', 's3:ListBucketMultipartUploads'] as const;

/**
 * What the investigator role needs to run the saved queries, and nothing more: Athena in
 * the investigation workgroup, Glue reads of the CloudTrail table, reads of the trail's
 * files, reads and writes of query results, and the two keys only through S3.
 * Keys are named by alias (`kms:ResourceAliases`), so the policy is known at plan time.
 */
export function investigatorQueryPolicy(props: InvestigatorQueryPolicyProps): PolicyDocument {
  const arn = (service: string, resource: string, region = props.region): string =>
    `arn:${props.partition}:${service}:${region}:${props.accountId}:${resource}`;
  const s3 = (resource: string): string => `arn:${props.partition}:s3:::${resource}`;
  const viaS3 = { 'kms:ViaService': `s3.${props.region}.amazonaws.com` };
  return policyDocument([
    {
      Sid: 'RunQueriesInInvestigationWorkgroup',
      Effect: 'Allow',
      Action: [...ATHENA_QUERY_ACTIONS],
      Resource: arn('athena', `workgroup/${props.workgroupName}`),
    },
    {
      Sid: 'ReadAthenaCatalog',
      Effect: 'Allow',
      Action: [...ATHENA_CATALOG_ACTIONS],
      Resource: arn('athena', 'datacatalog/AwsDataCatalog'),
    },
    {
      Sid: 'ReadCloudTrailTable',
      Effect: 'Allow',
      Action: [...GLUE_READ_ACTIONS],
      Resource: [
        arn('glue', 'catalog'),
        arn('glue', `database/${props.databaseName}`),
        arn('glue', `table/${props.databaseName}/${props.tableName}`),
      ],
    },
    {
      Sid: 'ListEvidence',
      Effect: 'Allow',
      Action: ['s3:ListBucket', 's3:GetBucketLocation'],
      Resource: s3(props.evidenceBucketName),
    },
    {
      Sid: 'ReadTrailFiles',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: s3(`${props.evidenceBucketName}/${props.evidencePrefix}*`),
    },
    {
      Sid: 'UseResultsBucket',
      Effect: 'Allow',
      Action: [...RESULTS_BUCKET_ACTIONS],
      Resource: s3(props.resultsBucketName),
    },
    {
      Sid: 'ReadWriteQueryResults',
      Effect: 'Allow',
      Action: [...RESULTS_OBJECT_ACTIONS],
      Resource: s3(`${props.resultsBucketName}/*`),
    },
    {
      Sid: 'DecryptEvidenceViaS3',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: arn('kms', 'key/*'),
      Condition: { StringEquals: viaS3, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': props.evidenceKeyAliasName } },
    },
    {
      Sid: 'EncryptDecryptResultsViaS3',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: arn('kms', 'key/*'),
      Condition: { StringEquals: viaS3, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': props.resultsKeyAliasName } },
    },
  ]);
}

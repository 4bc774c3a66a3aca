import { LOG_LIST_ACTIONS, LOG_READ_ACTIONS } from './evidence-perms';
import { policyDocument, type PolicyDocument } from './policy-document';

export interface InvestigatorReadPolicyProps {
  /** Buckets whose logs the investigator may list and read. */
  readonly bucketArns: readonly string[];
  /** Keys the investigator may decrypt with, by ARN pattern (key ids are not known at plan time). */
  readonly keyArnPatterns: readonly string[];
  /** The alias the key must carry (`kms:ResourceAliases`), which narrows the pattern to one key. */
  readonly keyAliasName: string;
  /** `kms:ViaService` of S3 in the key's Region. */
  readonly s3ViaService: string;
}

/** Read-only access to the logs: list, get, and decrypt through S3. Nothing else. */
export function investigatorReadPolicy(props: InvestigatorReadPolicyProps): PolicyDocument {
  return policyDocument([
    { Sid: 'ListLogBuckets', Effect: 'Allow', Action: [...LOG_LIST_ACTIONS], Resource: [...props.bucketArns] },
    {
      Sid: 'ReadLogObjects',
      Effect: 'Allow',
      Action: [...LOG_READ_ACTIONS],
      Resource: props.bucketArns.map((arn) => `${arn}/*`),
    },
    {
      Sid: 'DecryptLogsThroughS3',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: [...props.keyArnPatterns],
      Condition: {
        'ForAnyValue:StringEquals': { 'kms:ResourceAliases': props.keyAliasName },
        StringEquals: { 'kms:ViaService': props.s3ViaService },
      },
    },
  ]);
}

import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  AccessLogBucket,
  accessLogBucketPolicy,
  EvidenceBucket,
  evidenceBucketPolicy,
  LogKey,
  logKeyPolicy,
  PurposeProfiles,
  type Purpose,
} from 'trailguard';

export interface AuditLogsStackProps {
  /** The platform's own bucket name: trailguard does not choose names here. */
  readonly bucketName: string;
  /** The platform's own KMS alias. */
  readonly keyAliasName: string;
  readonly region: string;
  readonly partition: string;
  /** The account this stack deploys into. */
  readonly accountId: string;
  readonly organizationId: string;
  /** The platform's existing organization trail, which will write into the bucket. */
  readonly trailArn: string;
  readonly trailAccountId: string;
  readonly breakGlassRoleArn: string;
  /** Purposes planned when `purpose_profiles` is not set at plan time. */
  readonly purposes: readonly Purpose[];
}

/**
 * A stack of the platform team's own repo: its own provider and names, and only the evidence
 * store of trailguard (key, Object Lock bucket, access-log bucket), no trailguard stack. The
 * purpose_profiles variable that PurposeProfiles adds decides retention, lock mode, storage
 * transitions and access logging at plan time.
 */
export class AuditLogsStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: AuditLogsStackProps) {
    super(scope, id);
    const provider = new AwsProvider(this, 'Aws', { region: props.region, defaultTags: [{ tags: { team: 'platform' } }] });
    const profiles = new PurposeProfiles(this, 'PurposeProfiles', { defaultPurposes: props.purposes });

    // Policies are built from names, so they are fully known at plan time.
    const arn = (service: string, region: string, account: string, resource: string): string =>
      `arn:${props.partition}:${service}:${region}:${account}:${resource}`;
    const bucketArn = `arn:${props.partition}:s3:::${props.bucketName}`;
    const accessLogBucketName = `${props.bucketName}-access-logs`;

    const key = new LogKey(this, 'LogKey', {
      provider,
      aliasName: props.keyAliasName,
      policy: logKeyPolicy({
        keyAccountRootArn: arn('iam', '', props.accountId, 'root'),
        trailArnPattern: arn('cloudtrail', '*', props.trailAccountId, 'trail/*'),
        trailArn: props.trailArn,
        trailAccountId: props.trailAccountId,
        readerRoleArns: [],
        s3ViaService: `s3.${props.region}.amazonaws.com`,
      }),
    });

    new AccessLogBucket(this, 'AccessLogs', {
      provider,
      bucketName: accessLogBucketName,
      retentionDays: profiles.number('accessLogRetentionDays'),
      policy: accessLogBucketPolicy({
        bucketArn: `arn:${props.partition}:s3:::${accessLogBucketName}`,
        organizationId: props.organizationId,
        sourceBucketArns: [bucketArn],
        sourceAccountId: props.accountId,
        logPrefix: 'evidence/',
        breakGlassRoleArns: [props.breakGlassRoleArn],
      }),
    });

    const evidence = new EvidenceBucket(this, 'Evidence', {
      provider,
      bucketName: props.bucketName,
      kmsKeyArn: key.keyArn,
      objectLockMode: profiles.string('objectLockMode'),
      retentionDays: profiles.number('evidenceRetentionDays'),
      transitions: {
        infrequentAccessAfterDays: profiles.number('infrequentAccessAfterDays'),
        glacierInstantRetrievalAfterDays: profiles.number('glacierInstantRetrievalAfterDays'),
        deepArchiveAfterDays: profiles.number('deepArchiveAfterDays'),
      },
      accessLogging: { targetBucket: accessLogBucketName, targetPrefix: 'evidence/', count: profiles.countWhen('accessLogging') },
      policy: evidenceBucketPolicy({
        bucketArn,
        organizationId: props.organizationId,
        trailArn: props.trailArn,
        trailAccountId: props.trailAccountId,
        trailLogPrefixes: [`AWSLogs/${props.organizationId}/`, `AWSLogs/${props.trailAccountId}/`],
        allowedKmsKeyArns: [arn('kms', props.region, props.accountId, 'key/*'), arn('kms', props.region, props.accountId, props.keyAliasName)],
        breakGlassRoleArns: [props.breakGlassRoleArn],
      }),
    });

    new TerraformOutput(this, 'EvidenceBucketArn', { value: evidence.bucketArn, description: 'Point the organization trail here.' });
  }
}

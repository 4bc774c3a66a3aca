import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EvidenceStore, PurposeProfiles, type Purpose } from 'trailguard';

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
 * A stack of the platform team's own repo: its own provider and names, and only trailguard's
 * evidence store (key, Object Lock bucket, access-log bucket and their policies). The
 * purpose_profiles variable that PurposeProfiles adds decides retention, lock mode, storage
 * transitions and access logging at plan time.
 */
export class AuditLogsStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: AuditLogsStackProps) {
    super(scope, id);
    const provider = new AwsProvider(this, 'Aws', { region: props.region, defaultTags: [{ tags: { team: 'platform' } }] });
    const profiles = new PurposeProfiles(this, 'PurposeProfiles', { defaultPurposes: props.purposes });
    const arn = (service: string, region: string, account: string, resource: string) => `arn:${props.partition}:${service}:${region}:${account}:${resource}`;
    const accessLogBucketName = `${props.bucketName}-access-logs`;

    const store = new EvidenceStore(this, 'Evidence', {
      provider,
      profiles,
      accountId: props.accountId,
      organizationId: props.organizationId,
      trailAccountId: props.trailAccountId,
      breakGlassRoleArns: [props.breakGlassRoleArn],
      accessLoggingCount: profiles.countWhen('accessLogging'),
      // The platform's own names, in one object: every policy is built from them at plan time.
      names: {
        partition: props.partition,
        evidenceBucketName: props.bucketName,
        evidenceBucketArn: `arn:${props.partition}:s3:::${props.bucketName}`,
        accessLogBucketName,
        accessLogBucketArn: `arn:${props.partition}:s3:::${accessLogBucketName}`,
        evidenceAccessLogPrefix: 'evidence/',
        logKeyAliasName: props.keyAliasName,
        logKeyAliasArn: arn('kms', props.region, props.accountId, props.keyAliasName),
        logArchiveRootArn: arn('iam', '', props.accountId, 'root'),
        logArchiveKeyArnPattern: arn('kms', props.region, props.accountId, 'key/*'),
        managementTrailArnPattern: arn('cloudtrail', '*', props.trailAccountId, 'trail/*'),
        trailArn: props.trailArn,
        trailLogPrefixes: [`AWSLogs/${props.organizationId}/`, `AWSLogs/${props.trailAccountId}/`],
        s3ViaService: `s3.${props.region}.amazonaws.com`,
      },
    });

    new TerraformOutput(this, 'EvidenceBucketArn', { value: store.evidenceBucket.bucketArn, description: 'Point the organization trail here.' });
  }
}

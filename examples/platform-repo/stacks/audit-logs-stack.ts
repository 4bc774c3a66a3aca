import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketObjectLockConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-object-lock-configuration';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { conditionalAttribute, gate, PurposeProfiles, policyDocument, policyJson, type Purpose } from 'trailguard';

export interface AuditLogsStackProps {
  /** The platform's own naming: trailguard does not choose these names here. */
  readonly bucketName: string;
  readonly region: string;
  readonly partition: string;
  /** Purposes planned when `purpose_profiles` is not set at plan time. */
  readonly purposes: readonly Purpose[];
}

/**
 * A stack of the platform team's own repo: its own provider, its own names, and trailguard
 * constructs deciding the settings. The purpose_profiles variable that PurposeProfiles adds
 * switches retention, lock mode and the access-log bucket at plan time.
 */
export class AuditLogsStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: AuditLogsStackProps) {
    super(scope, id);
    const provider = new AwsProvider(this, 'Aws', { region: props.region, defaultTags: [{ tags: { team: 'platform' } }] });
    const profiles = new PurposeProfiles(this, 'PurposeProfiles', { defaultPurposes: props.purposes });

    const bucket = new S3Bucket(this, 'Evidence', { provider, bucket: props.bucketName, objectLockEnabled: true });
    new S3BucketVersioningA(this, 'EvidenceVersioning', {
      provider,
      bucket: bucket.id,
      versioningConfiguration: { status: 'Enabled' },
    });
    new S3BucketPublicAccessBlock(this, 'EvidencePublicAccessBlock', {
      provider,
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketObjectLockConfigurationA(this, 'EvidenceObjectLock', {
      provider,
      bucket: bucket.id,
      rule: { defaultRetention: { mode: profiles.string('objectLockMode'), days: profiles.number('evidenceRetentionDays') } },
    });

    const bucketArn = `arn:${props.partition}:s3:::${props.bucketName}`;
    new S3BucketPolicy(this, 'EvidencePolicy', {
      provider,
      bucket: bucket.id,
      policy: policyJson(
        policyDocument([
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [bucketArn, `${bucketArn}/*`],
            Condition: { Bool: { 'aws:SecureTransport': false } },
          },
        ]),
      ),
    });

    // Exists only for the purposes that want S3 access logs.
    const accessLogs = gate(
      new S3Bucket(this, 'AccessLogs', { provider, bucket: `${props.bucketName}-access-logs` }),
      profiles.countWhen('accessLogging'),
    );
    new TerraformOutput(this, 'AccessLogBucketArn', {
      value: conditionalAttribute(accessLogs, 'arn'),
      description: 'The access-log bucket, or null when the planned purposes do not log access.',
    });
  }
}

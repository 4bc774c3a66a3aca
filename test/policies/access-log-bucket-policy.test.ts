import { TrailguardNames } from '../../naming/names';
import { accessLogBucketPolicy, type AccessLogBucketPolicyProps } from '../../policies/access-log-bucket-policy';
import { exampleConfig } from '../support/example-config';

const config = exampleConfig();
const names = new TrailguardNames(config);
const props: AccessLogBucketPolicyProps = {
  bucketArn: names.accessLogBucketArn,
  organizationId: config.organizationId,
  sourceBucketArns: [names.evidenceBucketArn],
  sourceAccountId: config.accounts.logArchive,
  logPrefix: names.evidenceAccessLogPrefix,
  breakGlassRoleArns: [names.roleArn(config.accounts.logArchive, config.breakGlassRoleName)],
};

describe('accessLogBucketPolicy', () => {
  it('lets S3 log delivery write the evidence bucket logs, pinned by source bucket and account', () => {
    expect(accessLogBucketPolicy(props).Statement.find((s) => s.Sid === 'AllowS3ServerAccessLogDelivery')).toEqual({
      Sid: 'AllowS3ServerAccessLogDelivery',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: `${names.accessLogBucketArn}/${names.evidenceBucketName}/*`,
      Condition: { ArnLike: { 'aws:SourceArn': [names.evidenceBucketArn] }, StringEquals: { 'aws:SourceAccount': config.accounts.logArchive } },
    });
  });

  it('has the same guards as the evidence bucket', () => {
    expect(accessLogBucketPolicy(props).Statement.map((s) => s.Sid)).toEqual(
      expect.arrayContaining(['DenyInsecureTransport', 'DenyPrincipalsOutsideOrganization', 'DenyTamperExceptBreakGlass']),
    );
  });

  it('rejects a prefix without a trailing slash and an empty source list', () => {
    expect(() => accessLogBucketPolicy({ ...props, logPrefix: 'logs', sourceBucketArns: [] })).toThrow(
      /sourceBucketArns: got \[\]; expected at least one bucket ARN\n {2}logPrefix: got "logs"; expected a prefix ending with "\/"/,
    );
  });
});

import { investigatorReadPolicy } from '../../policies/investigator-read-policy';

const policy = investigatorReadPolicy({
  bucketArns: ['arn:aws:s3:::evidence'],
  keyArnPatterns: ['arn:aws:kms:eu-west-1:222222222222:key/*'],
  keyAliasName: 'alias/tg/cloudtrail-logs',
  s3ViaService: 's3.eu-west-1.amazonaws.com',
});

describe('investigatorReadPolicy', () => {
  it('allows only list, get and decrypt', () => {
    expect(policy.Statement.flatMap((s) => [s.Action].flat()).sort()).toEqual(
      ['kms:Decrypt', 's3:GetBucketLocation', 's3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'],
    );
    expect(policy.Statement.every((s) => s.Effect === 'Allow')).toBe(true);
  });

  it('decrypts only the aliased key and only through S3', () => {
    expect(policy.Statement.find((s) => s.Sid === 'DecryptLogsThroughS3')?.Condition).toEqual({
      'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/tg/cloudtrail-logs' },
      StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' },
    });
  });
});

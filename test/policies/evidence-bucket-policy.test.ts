import { TrailguardNames } from '../../naming/names';
import { evidenceBucketPolicy, type EvidenceBucketPolicyProps } from '../../policies/evidence-bucket-policy';
import { exampleConfig } from '../support/example-config';

const config = exampleConfig();
const names = new TrailguardNames(config);
const props: EvidenceBucketPolicyProps = {
  bucketArn: names.evidenceBucketArn,
  organizationId: config.organizationId,
  trailArn: names.trailArn,
  trailAccountId: config.accounts.management,
  trailLogPrefixes: names.trailLogPrefixes,
  allowedKmsKeyArns: [names.logArchiveKeyArnPattern, names.logKeyAliasArn],
  breakGlassRoleArns: [names.roleArn(config.accounts.logArchive, config.breakGlassRoleName)],
};
const statement = (sid: string) => evidenceBucketPolicy(props).Statement.find((s) => s.Sid === sid);

describe('evidenceBucketPolicy', () => {
  it("lets CloudTrail write only under the organization's and the management account's prefixes", () => {
    expect(statement('AllowCloudTrailWriteOrganizationTrail')?.Resource).toEqual([
      `${names.evidenceBucketArn}/AWSLogs/${config.organizationId}/*`,
      `${names.evidenceBucketArn}/AWSLogs/${config.accounts.management}/*`,
    ]);
  });

  it('requires the owner ACL and the organization trail as source for writes', () => {
    expect(statement('AllowCloudTrailWriteOrganizationTrail')?.Condition).toEqual({
      StringEquals: { 'aws:SourceArn': names.trailArn, 'aws:SourceAccount': config.accounts.management, 's3:x-amz-acl': 'bucket-owner-full-control' },
    });
  });

  it('denies uploads naming a key outside the log-archive account', () => {
    expect(statement('DenyUploadsWithAnotherKmsKey')?.Condition).toEqual({
      Null: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'false' },
      StringNotLike: { 's3:x-amz-server-side-encryption-aws-kms-key-id': [`arn:aws:kms:${config.homeRegion}:${config.accounts.logArchive}:key/*`, names.logKeyAliasArn] },
    });
  });

  it('appends additional statements', () => {
    const extra = { Sid: 'AllowGuardDutyExport', Effect: 'Allow' as const, Principal: { Service: 'guardduty.amazonaws.com' }, Action: 's3:PutObject', Resource: `${names.evidenceBucketArn}/GuardDuty/*` };
    expect(evidenceBucketPolicy({ ...props, additionalStatements: [extra] }).Statement.at(-1)).toEqual(extra);
  });

  it('rejects empty lists and prefixes without a trailing slash, naming every problem', () => {
    expect(() => evidenceBucketPolicy({ ...props, trailLogPrefixes: ['AWSLogs/o-x'], breakGlassRoleArns: [], allowedKmsKeyArns: [] })).toThrow(
      /trailLogPrefixes: got "AWSLogs\/o-x"; expected a prefix ending with "\/"\n {2}allowedKmsKeyArns: got \[\]; expected at least one key ARN or pattern\n {2}breakGlassRoleArns: got \[\]/,
    );
  });
});

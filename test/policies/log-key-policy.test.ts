import { TrailguardNames } from '../../naming/names';
import { KEY_ADMIN_ACTIONS } from '../../policies/evidence-perms';
import { logKeyPolicy, type LogKeyPolicyProps } from '../../policies/log-key-policy';
import { exampleConfig } from '../support/example-config';
import { logArchivePolicies } from '../support/log-archive-policies';

const config = exampleConfig();
const names = new TrailguardNames(config);
const props: LogKeyPolicyProps = {
  keyAccountRootArn: names.logArchiveRootArn,
  trailArnPattern: names.managementTrailArnPattern,
  trailArn: names.trailArn,
  trailAccountId: config.accounts.management,
  readerRoleArns: [names.investigatorRoleArn],
  s3ViaService: names.s3ViaService,
};
const synthesized = logArchivePolicies(config).logKey;
const statement = (sid: string) => synthesized.Statement.find((s) => s.Sid === sid);

describe('logKeyPolicy', () => {
  // The simulator drops kms:EncryptionContext:* keys, so this condition is proven here.
  it("lets CloudTrail generate data keys only for the management account's trails, from the organization trail", () => {
    expect(statement('AllowCloudTrailEncryptManagementTrails')).toEqual({
      Sid: 'AllowCloudTrailEncryptManagementTrails',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${config.accounts.management}:trail/*` },
        StringEquals: { 'aws:SourceArn': names.trailArn, 'aws:SourceAccount': config.accounts.management },
      },
    });
  });

  it('lets CloudTrail describe the key, from the organization trail only', () => {
    expect(statement('AllowCloudTrailDescribeKey')).toMatchObject({
      Action: 'kms:DescribeKey',
      Condition: { StringEquals: { 'aws:SourceArn': names.trailArn, 'aws:SourceAccount': config.accounts.management } },
    });
  });

  it('lets the investigator role decrypt through S3 only', () => {
    expect(statement('AllowReadersDecryptThroughS3')).toMatchObject({
      Action: 'kms:Decrypt',
      Condition: { ArnEquals: { 'aws:PrincipalArn': [names.investigatorRoleArn] }, StringEquals: { 'kms:ViaService': `s3.${config.homeRegion}.amazonaws.com` } },
    });
  });

  it('gives the account root administration without cryptographic use or grants, action by action', () => {
    expect(statement('AllowKeyAdministrationByAccountRoot')).toMatchObject({ Principal: { AWS: names.logArchiveRootArn }, Action: [...KEY_ADMIN_ACTIONS] });
    expect(KEY_ADMIN_ACTIONS.filter((action) => action.includes('*'))).toEqual([]);
    for (const action of ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:CreateGrant', 'kms:ScheduleKeyDeletion', 'kms:DisableKey']) {
      expect(KEY_ADMIN_ACTIONS.some((pattern) => new RegExp(`^${pattern.replace('*', '.*')}$`).test(action))).toBe(false);
    }
  });

  it('grants kms:* to nobody and allows no wildcard principal', () => {
    for (const s of synthesized.Statement) {
      expect([s.Action].flat()).not.toContain('kms:*');
      expect(s.Principal).not.toBe('*');
    }
  });

  it('appends additional statements, such as a later GuardDuty grant', () => {
    const extra = { Sid: 'AllowGuardDutyEncryptFindings', Effect: 'Allow' as const, Principal: { Service: 'guardduty.amazonaws.com' }, Action: 'kms:GenerateDataKey', Resource: '*' };
    expect(logKeyPolicy({ ...props, additionalStatements: [extra] }).Statement.at(-1)).toEqual(extra);
  });

  it('rejects an additional statement that repeats a Sid', () => {
    const clash = { Sid: 'AllowCloudTrailDescribeKey', Effect: 'Allow' as const, Action: 'kms:DescribeKey', Resource: '*' };
    expect(() => logKeyPolicy({ ...props, additionalStatements: [clash] })).toThrow(/Statement Sid: got "AllowCloudTrailDescribeKey" twice/);
  });

  it('omits the reader statement when there are no readers', () => {
    expect(logKeyPolicy({ ...props, readerRoleArns: [] }).Statement.map((s) => s.Sid)).not.toContain('AllowReadersDecryptThroughS3');
  });
});

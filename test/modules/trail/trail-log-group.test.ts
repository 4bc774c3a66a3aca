import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { TrailLogGroup, type TrailLogGroupProps } from '../../../modules/trail/trail-log-group';
import { resourcesOf } from '../../support/resources';

const base: TrailLogGroupProps = {
  logGroupName: '/org/cloudtrail', partition: 'aws', accountId: '111111111111', region: 'eu-west-1', retentionInDays: 90,
  keyAliasName: 'alias/org/cloudtrail-log-group', trailArn: 'arn:aws:cloudtrail:eu-west-1:111111111111:trail/org', roleName: 'cloudtrail-to-logs',
};
const LOG_GROUP_ARN = 'arn:aws:logs:eu-west-1:111111111111:log-group:/org/cloudtrail';

function synth(props: Partial<TrailLogGroupProps> = {}): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  new AwsProvider(stack, 'Aws', { region: 'eu-west-1' });
  new TrailLogGroup(stack, 'LogGroup', { ...base, ...props });
  // With validations: constructs report problems at synth, each with its construct path.
  return JSON.parse(Testing.synth(stack, true));
}
const only = (stack: any, type: string) => {
  const [first, ...rest] = resourcesOf(stack, type);
  expect(rest).toEqual([]);
  return first;
};

test('encrypts the group with a key that only CloudWatch Logs of the Region may use, for that group', () => {
  const stack = synth();
  const policy = JSON.parse(only(stack, 'aws_kms_key').policy);
  const logs = policy.Statement.find((s: any) => s.Sid === 'AllowCloudWatchLogsForTheTrailLogGroup');
  expect(logs.Principal).toEqual({ Service: 'logs.eu-west-1.amazonaws.com' });
  expect(logs.Condition).toEqual({ ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': LOG_GROUP_ARN } });
  expect(only(stack, 'aws_kms_key').enable_key_rotation).toBe(true);
  expect(only(stack, 'aws_cloudwatch_log_group')).toMatchObject({ name: '/org/cloudtrail', retention_in_days: 90, kms_key_id: expect.stringContaining('aws_kms_key.') });
  expect(only(stack, 'aws_kms_alias').name).toBe('alias/org/cloudtrail-log-group');
});

test('lets only this trail assume the role, and the role write only to this group', () => {
  const stack = synth();
  expect(JSON.parse(only(stack, 'aws_iam_role').assume_role_policy).Statement).toEqual([{
    Sid: 'AllowCloudTrailForThisTrail', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole',
    Condition: { StringEquals: { 'aws:SourceArn': base.trailArn } },
  }]);
  expect(JSON.parse(only(stack, 'aws_iam_role_policy').policy).Statement).toEqual([{
    Sid: 'WriteTrailEventsToItsLogGroup', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `${LOG_GROUP_ARN}:log-stream:*`,
  }]);
});

test('gates every resource on the count', () => {
  const stack = synth({ count: 0 });
  for (const type of ['aws_kms_key', 'aws_kms_alias', 'aws_cloudwatch_log_group', 'aws_iam_role', 'aws_iam_role_policy']) {
    expect([type, only(stack, type).count]).toEqual([type, 0]);
  }
});

test('rejects a reserved alias, a fractional retention and a malformed trail ARN together', () => {
  expect(() => synth({ keyAliasName: 'alias/aws/logs', retentionInDays: 1.5, trailArn: 'trail/org' })).toThrow(
    /\[test\/LogGroup\] keyAliasName: got "alias\/aws\/logs"; expected a customer alias[^\n]*\n\s+\[test\/LogGroup\] retentionInDays: got 1.5[^\n]*\n\s+\[test\/LogGroup\] trailArn: got "trail\/org"/,
  );
});

import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { OrganizationTrail, type OrganizationTrailProps } from '../../../modules/trail/organization-trail';

const base: OrganizationTrailProps = {
  trailName: 'org-trail',
  s3BucketName: 'evidence-bucket',
  kmsKeyId: 'arn:aws:kms:eu-west-1:222222222222:alias/logs',
  s3DataEvents: 'WriteOnly',
  lambdaDataEvents: false,
  insights: true,
  excludedBucketArns: ['arn:aws:s3:::evidence-bucket'],
};

function synth(props: Partial<OrganizationTrailProps> = {}): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AwsProvider(stack, 'Aws', { region: 'eu-west-1' });
  new OrganizationTrail(stack, 'Trail', { ...base, ...props });
  // With validations: constructs report problems at synth, each with its construct path.
  return JSON.parse(Testing.synth(stack, true));
}

test('records every account and Region, global events, with log file validation', () => {
  const trail = Object.values<any>(synth().resource.aws_cloudtrail)[0];
  expect(trail).toMatchObject({
    is_organization_trail: true, is_multi_region_trail: true, include_global_service_events: true,
    enable_log_file_validation: true, enable_logging: true, kms_key_id: base.kmsKeyId, s3_bucket_name: 'evidence-bucket',
  });
  expect(trail.event_selector).toBeUndefined();
});

test('picks the selector alternatives of literal settings in the dynamic block', () => {
  const stack = synth();
  const trail = Object.values<any>(stack.resource.aws_cloudtrail)[0];
  expect(trail.dynamic.advanced_event_selector.for_each).toMatch(/\.s3\.WriteOnly,/);
  expect(trail.dynamic.advanced_event_selector.for_each).toMatch(/\.lambda\[tostring\(false\)\]/);
  const alternatives = Object.values<any>(stack.locals)[0];
  expect(alternatives.s3.None).toEqual([]);
  expect(alternatives.s3.WriteOnly[0].field_selectors).toContainEqual({ field: 'readOnly', equals: ['false'] });
  expect(alternatives.s3.All[0].field_selectors).toContainEqual({ field: 'resources.ARN', not_starts_with: ['arn:aws:s3:::evidence-bucket/'] });
  expect(alternatives.insights.true).toEqual(['ApiCallRateInsight', 'ApiErrorRateInsight']);
});

test('rejects an unknown data event scope and names the allowed ones', () => {
  expect(() => synth({ s3DataEvents: 'Some' })).toThrow(/s3DataEvents: got "Some"; expected one of None, WriteOnly, All/);
});

test('rejects a log group without a role, and reports every problem at once', () => {
  expect(() => synth({ trailName: '-bad', cloudWatchLogsGroupArn: 'arn:aws:logs:eu-west-1:1:log-group:x:*' })).toThrow(
    /trailName: got "-bad"[^\n]*\n\s+\[[^\]]+\] cloudWatchLogsGroupArn and cloudWatchLogsRoleArn: got only one/,
  );
});

test('rejects an excluded bucket that is not a bucket ARN', () => {
  expect(() => synth({ excludedBucketArns: ['evidence-bucket'] })).toThrow(/excludedBucketArns: got "evidence-bucket"; expected bucket ARNs/);
});

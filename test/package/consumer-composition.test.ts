import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketObjectLockConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-object-lock-configuration';
import { App, TerraformStack, Testing } from 'cdktf';
import { PurposeProfiles } from '../../index';

// A platform team's stack: not an AccountStack, its own provider and names.
function consumerStack(): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'platform');
  const provider = new AwsProvider(stack, 'Aws', { region: 'eu-central-1' });
  const profiles = new PurposeProfiles(stack, 'PurposeProfiles', { defaultPurposes: ['investigation'] });
  const bucket = new S3Bucket(stack, 'Evidence', { provider, bucket: 'acme-evidence', objectLockEnabled: true });
  new S3BucketObjectLockConfigurationA(stack, 'EvidenceLock', {
    provider,
    bucket: bucket.id,
    rule: { defaultRetention: { mode: profiles.string('objectLockMode'), days: profiles.number('evidenceRetentionDays') } },
  });
  new S3Bucket(stack, 'AccessLogs', { provider, bucket: 'acme-access-logs', count: profiles.countWhen('accessLogging') });
  return JSON.parse(Testing.synth(stack));
}

describe('trailguard constructs in a consumer TerraformStack', () => {
  it('binds the purpose_profiles variable with the consumer default', () => {
    const synthesized = consumerStack();
    expect(synthesized.variable.purpose_profiles.default).toEqual(['investigation']);
    expect(Object.keys(synthesized.locals.trailguard_logging_plans)).toHaveLength(7);
  });

  it('reads settings from the selected plan at plan time', () => {
    const lock = consumerStack().resource.aws_s3_bucket_object_lock_configuration.EvidenceLock;
    expect(lock.rule.default_retention).toEqual({
      days: '${local.trailguard_logging_plan.evidence_retention_days.value}',
      mode: '${local.trailguard_logging_plan.object_lock_mode.value}',
    });
  });

  it('gates a resource with a bool condition Terraform accepts', () => {
    const accessLogs = consumerStack().resource.aws_s3_bucket.AccessLogs;
    expect(accessLogs.count).toBe('${local.trailguard_logging_plan.access_logging.value ? 1 : 0}');
  });

  it('works under a plain App as well as under Testing', () => {
    const app = new App({ outdir: Testing.app().outdir });
    const stack = new TerraformStack(app, 'plain');
    new AwsProvider(stack, 'Aws', { region: 'us-east-1' });
    expect(() => new PurposeProfiles(stack, 'PurposeProfiles', { defaultPurposes: ['audit', 'detection'] })).not.toThrow();
    expect(JSON.parse(Testing.synth(stack)).output.logging_plan.value).toBe('${local.trailguard_logging_plan}');
  });
});

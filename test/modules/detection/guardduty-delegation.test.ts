import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { GuardDutyDelegation } from '../../../modules/detection/guardduty-delegation';

function synth(adminAccountId: string, findingPublishingFrequency = 'FIFTEEN_MINUTES'): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  const provider = new AwsProvider(stack, 'Aws', { region: 'eu-west-1' });
  new GuardDutyDelegation(stack, 'GuardDuty', { adminAccountId, findingPublishingFrequency, provider });
  // With validations: constructs report problems at synth, each with its construct path.
  return JSON.parse(Testing.synth(stack, true));
}

test('keeps a management detector and delegates after it exists', () => {
  const stack = synth('333333333333');
  const detector = Object.entries<any>(stack.resource.aws_guardduty_detector)[0];
  const admin = Object.values<any>(stack.resource.aws_guardduty_organization_admin_account)[0];
  expect(detector[1]).toMatchObject({ enable: true, finding_publishing_frequency: 'FIFTEEN_MINUTES' });
  expect(admin.admin_account_id).toBe('333333333333');
  expect(admin.depends_on).toEqual([`aws_guardduty_detector.${detector[0]}`]);
});

test('rejects a malformed account id and an unknown frequency together', () => {
  expect(() => synth('3333', 'HOURLY')).toThrow(/adminAccountId: got "3333"; expected a 12-digit account id\n\s+\[[^\]]+\] findingPublishingFrequency: got "HOURLY"/);
});

import { Testing } from 'cdktf';
import { assertControls, checkControls, controlMatchers } from '../../testing';
import { controlFixture } from '../support/control-fixtures';

expect.extend(controlMatchers);

const statusOf = (stack: ReturnType<typeof controlFixture>, control: string) => checkControls(stack, [control]).get(control)?.status;

describe('trailguard/testing on a stack that is not trailguard\'s', () => {
  const MET = ['CloudTrail.1', 'CloudTrail.2', 'CloudTrail.4', 'CloudTrail.5', 'CloudTrail.6', 'CloudTrail.7', 'CloudTrail.9',
    'CloudWatch.1', 'CloudWatch.15', 'CloudWatch.16', 'CloudWatch.17', 'KMS.4', 'SNS.1'];

  it('judges the compliant fixture met, from the stack and from its synthesized JSON alike', () => {
    expect(controlFixture()).toMeetControls(MET);
    expect(() => assertControls(Testing.synth(controlFixture()), MET)).not.toThrow();
  });

  it('denies CloudWatch.1 and CloudWatch.15 to an alarm without an action', () => {
    const stack = controlFixture({ alarmWithoutAction: true });
    expect(statusOf(stack, 'CloudWatch.1')).toBe('not met');
    expect(() => assertControls(stack, ['CloudWatch.1', 'CloudWatch.15'])).toThrow(
      /2 of 2 Security Hub controls not met:\n {2}CloudWatch\.1: not met — .*has no SNS topic action\n {2}CloudWatch\.15: not met — .*no action for the ALARM state/,
    );
  });

  it('denies CloudWatch.1 to a topic without subscriptions', () => {
    expect(() => assertControls(controlFixture({ topicWithoutSubscription: true }), ['CloudWatch.1'])).toThrow(/CloudWatch\.1: not met — .*aws_sns_topic\.Alarms has no subscription/);
  });

  it('denies CloudTrail.4 to a trail without log file validation', () => {
    expect(controlFixture({ trailWithoutValidation: true })).not.toMeetControls(['CloudTrail.4']);
    expect(() => assertControls(controlFixture({ trailWithoutValidation: true }), ['CloudTrail.4'])).toThrow(/CloudTrail\.4: not met — .*log file validation off/);
  });

  it('denies CloudTrail.7 and S3.9 to a trail bucket without server access logging', () => {
    const stack = controlFixture({ bucketWithoutLogging: true });
    expect(statusOf(stack, 'CloudTrail.7')).toBe('not met');
    expect(() => assertControls(stack, ['S3.9'])).toThrow(/aws_s3_bucket\.TrailBucket: no server access logging/);
  });

  it('denies KMS.4 to a key without rotation', () => {
    expect(() => assertControls(controlFixture({ keyWithoutRotation: true }), ['KMS.4'])).toThrow(/KMS\.4: not met — .*aws_kms_key\.Key: automatic rotation off/);
  });

  it('says a control needs plan values when a count is decided at plan time', () => {
    expect(() => assertControls(controlFixture({ planTimeLogGroup: true }), ['CloudWatch.16'])).toThrow(/CloudWatch\.16: needs plan values — .*TrailLogs/);
    // Controls that do not depend on the gated group are still judged from synth.
    expect(controlFixture({ planTimeLogGroup: true })).toMeetControls(['CloudTrail.4', 'KMS.4']);
  });

  it('rejects an unknown control id, naming the known ones', () => {
    expect(() => assertControls(controlFixture(), ['CloudWatch.99'])).toThrow(/unknown control: CloudWatch\.99; expected one of: CloudTrail\.1, /);
  });
});

import { Testing, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { metricFilterDefinitions } from '../../../detections';
import { AlertSubscriptionsVariable } from '../../../modules/detection/alert-subscriptions-variable';
import { AlertTopic } from '../../../modules/detection/alert-topic';
import { CentralEventBus } from '../../../modules/detection/central-event-bus';
import { GuardDutyOrganization } from '../../../modules/detection/guardduty-organization';
import { MetricAlarms } from '../../../modules/detection/metric-alarms';
import { validationProblems } from '../../support/validation';

function stack() {
  const s = new TerraformStack(Testing.app(), 'test');
  return { s, provider: new AwsProvider(s, 'Aws', { region: 'eu-west-1' }) };
}
const filters = metricFilterDefinitions({ evidenceBucketNames: ['tg-evidence-1'], logKeyAliasNames: ['alias/tg/logs'], trailName: 'tg-trail', trailLogGroupName: '/tg/cloudtrail/organization', alarmNamePrefix: 'tg-' });

describe('detection constructs in any stack', () => {
  it('synthesizes in a plain stack outside trailguard\'s', () => {
    const { s, provider } = stack();
    new AlertTopic(s, 'Topic', {
      topicName: 't', topicArn: 'arn:aws:sns:eu-west-1:333333333333:t', keyAliasName: 'alias/t', partition: 'aws', accountId: '333333333333',
      publishingRuleArnPattern: 'arn:aws:events:eu-west-1:333333333333:rule/b/*', administratorRoleArns: ['arn:aws:iam::333333333333:role/deploy'], provider,
    });
    new MetricAlarms(s, 'Alarms', { logGroupName: '/org/trail', metricNamespace: 'ns', namePrefix: 'x-', definitions: filters, provider });
    const resource = JSON.parse(Testing.synth(s)).resource;
    expect(Object.values(resource.aws_cloudwatch_metric_alarm)).toContainEqual(expect.objectContaining({ alarm_name: `x-${filters[0].id}`, threshold: 1 }));
    expect(Object.values(resource.aws_cloudwatch_log_metric_filter)).toContainEqual(expect.objectContaining({ log_group_name: '/org/trail', pattern: filters[0].pattern }));
    expect(Object.values(resource.aws_sns_topic)).toContainEqual(expect.objectContaining({ name: 't' }));
  });

  it('rejects an AWS-managed key alias, an over-long topic name and no administrators in one message', () => {
    const { s, provider } = stack();
    new AlertTopic(s, 'Topic', {
      topicName: 'x'.repeat(257), topicArn: 'arn', keyAliasName: 'alias/aws/sns', partition: 'aws', accountId: '1', publishingRuleArnPattern: 'p',
      administratorRoleArns: ['arn:aws:iam::1:role/deploy'], provider,
    });
    expect(validationProblems(s)).toEqual([
      `[test/Topic] topicName: got "${'x'.repeat(257)}"; expected at most 256 characters (it has 257)`,
      '[test/Topic] keyAliasName: got "alias/aws/sns"; expected a customer alias: "alias/" then letters, digits, "/", "_" or "-", not under "alias/aws/" (AWS reserves it)',
    ]);
    // Without administrators the key policy cannot be written at all: refused before anything is built.
    expect(() => new AlertTopic(s, 'Unadministered', {
      topicName: 't', topicArn: 'arn', keyAliasName: 'alias/t', partition: 'aws', accountId: '1', publishingRuleArnPattern: 'p', administratorRoleArns: [], provider,
    })).toThrow(/administratorRoleArns: got \[\]; expected the security deployment role and break-glass role ARNs/);
  });

  it('rejects a bus policy for something that is not an organization id', () => {
    const { s, provider } = stack();
    new CentralEventBus(s, 'Bus', { busName: 'b', busArn: 'arn', organizationId: '123456789012', forwarderRoleArnPatterns: ['arn:aws:iam::*:role/fwd-*'], breakGlassRoleArns: [], provider });
    expect(validationProblems(s)).toEqual([expect.stringMatching(/^\[test\/Bus\] organizationId: got "123456789012"; expected "o-"/)]);
  });

  it('rejects an alarm period CloudWatch does not accept', () => {
    const { s, provider } = stack();
    new MetricAlarms(s, 'Alarms', { logGroupName: 'g', metricNamespace: 'n', namePrefix: 'p-', definitions: filters, periodSeconds: 90, provider });
    expect(validationProblems(s)).toEqual(['[test/Alarms] periodSeconds: got 90; expected 10, 30 or a multiple of 60']);
  });

  it('rejects an export destination without a key', () => {
    const { s, provider } = stack();
    new GuardDutyOrganization(s, 'GuardDuty', {
      manageableFeatures: ['S3_DATA_EVENTS'], enabledFeatures: [], findingPublishingFrequency: 'SIX_HOURS', exportDestinationArn: 'arn:aws:s3:::b', provider,
    });
    expect(validationProblems(s)).toEqual([expect.stringMatching(/^\[test\/GuardDuty\] exportDestinationArn and exportKeyArn: got only one/)]);
  });

  it('rejects default subscriptions that the Terraform validation would reject', () => {
    const { s } = stack();
    new AlertSubscriptionsVariable(s, 'Subs', { defaultSubscriptions: [{ protocol: 'https', endpoint: 'http://hook.example.com' }, { protocol: 'email', endpoint: 'nobody' }] });
    expect(validationProblems(s)).toEqual([
      expect.stringMatching(/^\[test\/Subs\] defaultSubscriptions\[0\]\.endpoint: got "http:\/\/hook.example.com"; expected a URL starting with https:\/\//),
      expect.stringMatching(/^\[test\/Subs\] defaultSubscriptions\[1\]\.endpoint: got "nobody"/),
    ]);
  });
});

import { busSource, isBusEvent, reachesDefaultRules, toBusEvent } from '../../patterns/cloudtrail-envelope';
import { corpusRecord } from '../support/corpus';

describe('toBusEvent', () => {
  it('wraps an API call record the way EventBridge delivers it', () => {
    const record = corpusRecord('stratus-red-team/cloudtrail_changes.jsonl', 3); // StopLogging by an IAM user
    const event = toBusEvent(record);
    expect(event).toEqual({
      version: '0',
      id: record.eventID,
      'detail-type': 'AWS API Call via CloudTrail',
      source: 'aws.cloudtrail',
      account: record.recipientAccountId,
      time: record.eventTime,
      region: record.awsRegion,
      resources: [],
      detail: record,
    });
  });

  it('gives console sign-ins their own detail-type and the aws.signin source', () => {
    const event = toBusEvent(corpusRecord('awsdocs-aws-cloudtrail-user-guide/console_login_success_mfa.jsonl', 1));
    expect(event['detail-type']).toBe('AWS Console Sign In via CloudTrail');
    expect(event.source).toBe('aws.signin');
  });

  it('gives service events the service-event detail-type, not the API-call one', () => {
    const event = toBusEvent(corpusRecord('awsdocs-aws-kms-developer-guide/other_negative_controls.jsonl', 48)); // RotateKey
    expect(event['detail-type']).toBe('AWS Service Event via CloudTrail');
  });
});

describe('busSource', () => {
  it.each([
    ['iam.amazonaws.com', 'aws.iam'],
    ['organizations.amazonaws.com', 'aws.organizations'],
    ['ec2-instance-connect.amazonaws.com', 'aws.ec2-instance-connect'],
    [undefined, 'aws.unknown'],
  ])('maps %p to %p', (eventSource, source) => {
    expect(busSource(eventSource)).toBe(source);
  });
});

describe('isBusEvent and reachesDefaultRules', () => {
  it('tells an envelope from a bare record', () => {
    const record = corpusRecord('stratus-red-team/cloudtrail_changes.jsonl', 3);
    expect(isBusEvent(toBusEvent(record))).toBe(true);
    expect(isBusEvent(record)).toBe(false);
  });

  it('holds back read-only Get/List/Describe calls from rules in the default state', () => {
    expect(reachesDefaultRules(corpusRecord('panther-analysis/root_usage.jsonl', 10))).toBe(false); // ListAccessKeys, readOnly
    expect(reachesDefaultRules(corpusRecord('panther-analysis/root_usage.jsonl', 18))).toBe(true); // CreateAccessKey
  });
});

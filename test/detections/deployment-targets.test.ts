// The watchers as a real deployment configures them: the example configuration (management
// 111111111111, log-archive 222222222222, workload accounts are any other, home Region eu-west-1,
// prefix tg-example). Each record starts from a real one and changes only the fields named, so
// the one difference decides the verdict. Expected results follow from the documented record
// fields: KMS key-state records name the key in resources[].ARN; CloudWatch Logs records carry
// requestParameters.logGroupName; DeleteAlarms and DisableAlarmActions carry requestParameters.alarmNames.
import { detectionTargets } from '../../detections/deployment-targets';
import { TrailguardNames } from '../../naming/names';
import { corpusRecord } from '../support/corpus';
import { compileAll } from '../support/detections';
import { exampleConfig } from '../support/example-config';

const fire = compileAll(detectionTargets(new TrailguardNames(exampleConfig())));

function derive(file: string, line: number, change: (r: Record<string, any>) => void): Record<string, unknown> {
  const record = structuredClone(corpusRecord(file, line)) as Record<string, any>;
  change(record);
  return record;
}

describe('log key watchers in the example deployment', () => {
  // Panther's DisableKey record, moved to an account and Region of the example organization.
  const keyChange = (eventName: string, account: string, region = 'eu-west-1'): Record<string, unknown> =>
    derive('panther-analysis/kms_disable_or_delete.jsonl', 1, (r) => {
      const arn = `arn:aws:kms:${region}:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
      r.eventName = eventName;
      r.awsRegion = region;
      r.recipientAccountId = account;
      r.requestParameters = { keyId: arn };
      r.resources = [{ ARN: arn, accountId: account, type: 'AWS::KMS::Key' }];
    });

  it.each(['DisableKey', 'ScheduleKeyDeletion'])('fires for %s on a key of the log-archive account', (eventName) => {
    expect(fire(keyChange(eventName, '222222222222'))).toEqual(['filter:kms-key-disable-or-deletion', 'filter:log-key-changes', 'rule:log-key-changes']);
  });

  it('fires for PutKeyPolicy on a key of the management account (the trail log-group key)', () => {
    expect(fire(keyChange('PutKeyPolicy', '111111111111'))).toEqual(['filter:log-key-changes', 'rule:log-key-changes']);
  });

  it('does not fire the log-key watchers for DisableKey on a key of a workload account', () => {
    expect(fire(keyChange('DisableKey', '444455556666'))).toEqual(['filter:kms-key-disable-or-deletion']);
  });

  it('does not fire the log-key watchers for PutKeyPolicy on a key of a workload account', () => {
    expect(fire(keyChange('PutKeyPolicy', '444455556666'))).toEqual([]);
  });

  it('does not fire the log-key watchers for a log-archive key outside the home Region, where no log key is', () => {
    expect(fire(keyChange('DisableKey', '222222222222', 'us-east-1'))).toEqual(['filter:kms-key-disable-or-deletion']);
  });
});

describe('trail log group watchers in the example deployment', () => {
  // Panther's CreateLogStream record (the only logs.amazonaws.com record in the corpus), turned into the named call.
  const logsCall = (eventName: string, requestParameters: object): Record<string, unknown> =>
    derive('panther-analysis/other_negative_controls.jsonl', 284, (r) => {
      r.eventName = eventName;
      r.awsRegion = 'eu-west-1';
      r.recipientAccountId = '111111111111';
      r.requestParameters = requestParameters;
    });
  const trailGroup = '/tg-example/cloudtrail/organization';

  it('keeps the unmodified CreateLogStream record silent', () => {
    expect(fire(corpusRecord('panther-analysis/other_negative_controls.jsonl', 284))).toEqual([]);
  });

  // A DeleteLogGroup record cannot be delivered to the group it deleted: only the rule sees it.
  it('fires the rule alone for DeleteLogGroup on the trail log group', () => {
    expect(fire(logsCall('DeleteLogGroup', { logGroupName: trailGroup }))).toEqual(['rule:trail-log-group-tampering']);
  });

  it.each([
    ['PutRetentionPolicy', { logGroupName: trailGroup, retentionInDays: 1 }],
    ['DisassociateKmsKey', { logGroupName: trailGroup }],
    ['DeleteMetricFilter', { logGroupName: trailGroup, filterName: 'tg-example-root-account-usage' }],
    ['PutMetricFilter', { logGroupName: trailGroup, filterName: 'tg-example-root-account-usage', filterPattern: '{$.eventName=Nothing}', metricTransformations: [] }],
  ])('fires the filter and the rule for %s on the trail log group', (eventName, params) => {
    expect(fire(logsCall(eventName, params))).toEqual(['filter:trail-log-group-tampering', 'rule:trail-log-group-tampering']);
  });

  it.each(['DeleteLogGroup', 'PutRetentionPolicy', 'DeleteMetricFilter', 'DisassociateKmsKey'])('does not fire for %s on another log group', (eventName) => {
    expect(fire(logsCall(eventName, { logGroupName: '/aws/lambda/panther-analysis-api' }))).toEqual([]);
  });

  it('does not fire for DeleteRetentionPolicy on the trail log group, which keeps logs longer', () => {
    expect(fire(logsCall('DeleteRetentionPolicy', { logGroupName: trailGroup }))).toEqual([]);
  });

  it('does not fire for the same call on the trail log group name from another service', () => {
    const record = logsCall('DeleteLogGroup', { logGroupName: trailGroup });
    expect(fire({ ...record, eventSource: 'ssm.amazonaws.com' })).toEqual([]);
  });
});

describe('metric-filter alarm watchers in the example deployment', () => {
  const alarmsCall = (eventName: string, alarmNames: string[]): Record<string, unknown> =>
    derive('panther-analysis/other_negative_controls.jsonl', 284, (r) => {
      r.eventSource = 'monitoring.amazonaws.com';
      r.eventName = eventName;
      r.requestParameters = { alarmNames };
    });

  it.each(['DeleteAlarms', 'DisableAlarmActions'])('fires for %s on a trailguard alarm', (eventName) => {
    expect(fire(alarmsCall(eventName, ['tg-example-log-key-changes']))).toEqual(['filter:trail-log-group-tampering', 'rule:trail-log-group-tampering']);
  });

  it('fires the filter and the rule when a decoy alarm name comes first', () => {
    expect(fire(alarmsCall('DeleteAlarms', ['billing-alarm', 'tg-example-log-key-changes']))).toEqual(['filter:trail-log-group-tampering', 'rule:trail-log-group-tampering']);
  });

  it('fires only the rule when the trailguard alarm comes after five decoys (a filter reads array elements one by one)', () => {
    const decoys = ['a', 'b', 'c', 'd', 'e'].map((x) => `billing-${x}`);
    expect(fire(alarmsCall('DeleteAlarms', [...decoys, 'tg-example-log-key-changes']))).toEqual(['rule:trail-log-group-tampering']);
  });

  it('does not fire for DeleteAlarms on another alarm', () => {
    expect(fire(alarmsCall('DeleteAlarms', ['billing-alarm']))).toEqual([]);
  });

  it('does not fire for EnableAlarmActions on a trailguard alarm', () => {
    expect(fire(alarmsCall('EnableAlarmActions', ['tg-example-log-key-changes']))).toEqual([]);
  });
});

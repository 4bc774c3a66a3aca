// Constructed records: each starts from a real Apache-2.0 record (panther-analysis, stratus-red-team)
// and changes only the fields named in the test, so the one difference decides the verdict.
import { corpusRecord } from '../support/corpus';
import { compileAll } from '../support/detections';
import { ALL_DETECTION_KEYS, TARGETS_A } from './expectations';

const fire = compileAll(TARGETS_A, ALL_DETECTION_KEYS);

function derive(file: string, line: number, change: (r: Record<string, any>) => void): Record<string, unknown> {
  const record = structuredClone(corpusRecord(file, line)) as Record<string, any>;
  change(record);
  return record;
}

describe('root activity near-misses', () => {
  const rootKey = ['panther-analysis/root_usage.jsonl', 18] as const; // Root CreateAccessKey, no invokedBy

  it('fires root detections for the unmodified record', () => {
    expect(fire(derive(...rootKey, () => undefined))).toEqual(['filter:root-account-usage', 'rule:root-access-key-created', 'rule:root-activity']);
  });

  it('does not count a root action invoked by an AWS service as root activity', () => {
    const record = derive(...rootKey, (r) => { r.userIdentity.invokedBy = 'cloudformation.amazonaws.com'; });
    // The root key itself still exists, whoever created it.
    expect(fire(record)).toEqual(['rule:root-access-key-created']);
  });

  it('does not count an AwsServiceEvent attributed to root', () => {
    const record = derive('panther-analysis/root_usage.jsonl', 19, (r) => { r.eventType = 'AwsServiceEvent'; }); // CreateUser
    expect(fire(record)).toEqual([]);
  });

  it('does not flag a root key when root creates a key for an IAM user', () => {
    expect(fire(corpusRecord('panther-analysis/root_usage.jsonl', 23))).toEqual(['filter:root-account-usage', 'rule:root-activity']);
  });

  it('does not flag an IAM user creating their own key', () => {
    const record = derive('stratus-red-team/other_negative_controls.jsonl', 238, (r) => { delete r.requestParameters.userName; });
    expect(fire(record)).toEqual([]);
  });
});

describe('console sign-in near-misses', () => {
  const noMfa = ['panther-analysis/console_login_success_no_mfa.jsonl', 3] as const; // IAMUser, MFAUsed No, Success

  it('fires for an IAM user signing in without MFA', () => {
    expect(fire(derive(...noMfa, () => undefined))).toEqual(['filter:console-sign-in-without-mfa', 'rule:console-sign-in-without-mfa']);
  });

  it('does not fire when the same sign-in used MFA', () => {
    expect(fire(derive(...noMfa, (r) => { r.additionalEventData.MFAUsed = 'Yes'; }))).toEqual([]);
  });

  it('does not fire for an IAM Identity Center (SSO) sign-in without IAM MFA', () => {
    const record = derive(...noMfa, (r) => {
      r.userIdentity = { type: 'AssumedRole', principalId: 'AROAEXAMPLE:alice', arn: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice', accountId: '123456789012' };
    });
    expect(fire(record)).toEqual([]);
  });

  it('does not fire for a federated user sign-in', () => {
    expect(fire(derive(...noMfa, (r) => { r.userIdentity.type = 'FederatedUser'; }))).toEqual([]);
  });

  it('does not fire for a failed sign-in without MFA', () => {
    expect(fire(derive(...noMfa, (r) => { r.responseElements.ConsoleLogin = 'Failure'; }))).toEqual([]);
  });
});

describe('guardrail watcher near-misses (target set A)', () => {
  it('fires for a bucket policy change on an evidence bucket', () => {
    const record = derive('panther-analysis/s3_bucket_policy_changes.jsonl', 4, (r) => { r.requestParameters.bucketName = 'critical-data-bucket'; });
    expect(fire(record)).toEqual(['filter:evidence-bucket-changes', 'filter:s3-bucket-policy-changes', 'rule:evidence-bucket-changes']);
  });

  it('does not fire for a bucket whose name only starts with an evidence bucket name', () => {
    const record = derive('panther-analysis/s3_bucket_policy_changes.jsonl', 4, (r) => { r.requestParameters.bucketName = 'critical-data-bucket-copy'; });
    expect(fire(record)).toEqual(['filter:s3-bucket-policy-changes']);
  });

  it('does not fire for a StopLogging on another trail whose name extends the org trail name', () => {
    const record = derive('stratus-red-team/cloudtrail_changes.jsonl', 3, (r) => {
      r.requestParameters.name = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/example-trail-2';
    });
    expect(fire(record)).toEqual(['filter:cloudtrail-configuration-changes']);
  });

  it('fires for a StopLogging on the org trail named by ARN', () => {
    const record = derive('stratus-red-team/cloudtrail_changes.jsonl', 3, (r) => {
      r.requestParameters.name = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/example-trail';
    });
    expect(fire(record)).toEqual(['filter:cloudtrail-configuration-changes', 'rule:org-trail-tampering']);
  });

  it('does not fire for a DeleteAlias on another alias', () => {
    const record = derive('panther-analysis/kms_disable_or_delete.jsonl', 1, (r) => {
      r.eventName = 'DeleteAlias';
      r.requestParameters = { aliasName: 'alias/my_alias2' };
    });
    expect(fire(record)).toEqual([]);
  });

  it('fires for a DisableKey once the record names the log key', () => {
    const record = derive('panther-analysis/kms_disable_or_delete.jsonl', 1, (r) => {
      r.resources[0].ARN = 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    });
    expect(fire(record)).toEqual(['filter:kms-key-disable-or-deletion', 'filter:log-key-changes', 'rule:log-key-changes']);
  });

  it('fires for an SCP being detached, and only the CIS filter for an SCP being attached', () => {
    const detach = derive('stratus-red-team/organizations_changes.jsonl', 1, (r) => {
      r.eventName = 'DetachPolicy';
      delete r.errorCode;
      delete r.errorMessage;
      r.requestParameters = { policyId: 'p-examplepolicyid111', targetId: 'ou-examplerootid111-exampleouid111' };
    });
    expect(fire(detach)).toEqual(['filter:guardrail-policy-changes', 'filter:organizations-changes', 'rule:guardrail-policy-changes']);
    expect(fire({ ...detach, eventName: 'AttachPolicy' })).toEqual(['filter:organizations-changes']);
  });
});

describe('GuardDuty detector tampering (constructed: the corpus has no GuardDuty write records)', () => {
  // Start from a real KMS API call record and turn it into a GuardDuty call.
  const guardDutyCall = (eventName: string, requestParameters: object): Record<string, unknown> =>
    derive('panther-analysis/kms_disable_or_delete.jsonl', 1, (r) => {
      r.eventSource = 'guardduty.amazonaws.com';
      r.eventName = eventName;
      r.requestParameters = requestParameters;
      delete r.resources;
    });

  it.each([
    ['DeleteDetector', { detectorId: '12abc34d567e8fa901bc2d34eexample' }],
    ['DisassociateFromAdministratorAccount', { detectorId: '12abc34d567e8fa901bc2d34eexample' }],
    ['UpdateDetector', { detectorId: '12abc34d567e8fa901bc2d34eexample', enable: false }],
  ])('fires for %s', (eventName, params) => {
    expect(fire(guardDutyCall(eventName, params))).toEqual(['rule:guardduty-tampering']);
  });

  it.each([
    ['UpdateDetector', { detectorId: '12abc34d567e8fa901bc2d34eexample', enable: true }],
    ['CreateDetector', { enable: true }],
  ])('does not fire for %s that keeps GuardDuty on', (eventName, params) => {
    expect(fire(guardDutyCall(eventName, params))).toEqual([]);
  });
});

describe('GuardDuty findings (constructed in the documented "GuardDuty Finding" event format)', () => {
  const finding = (severity: unknown, source = 'aws.guardduty'): Record<string, unknown> => ({
    version: '0',
    id: 'c8c4daa7-a20c-2f03-0070-b7393dd542ad',
    'detail-type': 'GuardDuty Finding',
    source,
    account: '123456789012',
    time: '1970-01-01T00:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: { schemaVersion: '2.0', accountId: '123456789012', region: 'us-east-1', type: 'UnauthorizedAccess:IAMUser/MaliciousIPCaller', severity },
  });

  it.each([7, 8, 8.9, 9.5])('fires for severity %p', (severity) => {
    expect(fire(finding(severity))).toEqual(['rule:guardduty-high-severity-finding']);
  });

  it.each([6.9, 2, '8'])('does not fire for severity %p', (severity) => {
    expect(fire(finding(severity))).toEqual([]);
  });

  it('does not fire for a finding-shaped event from another source', () => {
    expect(fire(finding(8, 'aws.securityhub'))).toEqual([]);
  });
});

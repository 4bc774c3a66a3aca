import { EvidenceBucket, type EvidenceBucketProps } from '../../../modules/evidence/evidence-bucket';
import { ANY_POLICY, plainStack, synthesized } from '../../support/evidence-module-props';

const props: EvidenceBucketProps = {
  bucketName: 'any-evidence-bucket',
  kmsKeyArn: 'arn:aws:kms:eu-west-1:222222222222:key/1234',
  objectLockMode: 'GOVERNANCE',
  retentionDays: 90,
  transitions: { infrequentAccessAfterDays: 30, glacierInstantRetrievalAfterDays: 60, deepArchiveAfterDays: 180 },
  policy: ANY_POLICY,
};

describe('EvidenceBucket', () => {
  it('works in any stack with plain values', () => {
    const stack = plainStack();
    new EvidenceBucket(stack, 'Evidence', props);
    const json = synthesized(stack);
    expect(Object.values(json.resource.aws_s3_bucket_object_lock_configuration)).toEqual([
      expect.objectContaining({ rule: { default_retention: { mode: 'GOVERNANCE', days: 90 } } }),
    ]);
    expect(Object.values(json.locals)).toEqual(expect.arrayContaining([90, 30, 60, 180]));
    expect(json.resource.aws_s3_bucket_logging).toBeUndefined();
  });

  it('logs to the target bucket with date-partitioned keys when asked', () => {
    const stack = plainStack();
    new EvidenceBucket(stack, 'Evidence', { ...props, accessLogging: { targetBucket: 'any-logs', targetPrefix: 'evidence/' } });
    expect(Object.values(synthesized(stack).resource.aws_s3_bucket_logging)).toEqual([
      expect.objectContaining({ count: 1, target_bucket: 'any-logs', target_prefix: 'evidence/', target_object_key_format: { partitioned_prefix: { partition_date_source: 'EventTime' } } }),
    ]);
  });

  it('rejects every invalid value at once', () => {
    expect(
      () =>
        new EvidenceBucket(plainStack(), 'Evidence', {
          ...props,
          bucketName: 'Bad_Name',
          objectLockMode: 'LEGAL',
          retentionDays: 0,
          transitions: { ...props.transitions, infrequentAccessAfterDays: 10 },
          accessLogging: { targetBucket: 'any-logs', targetPrefix: 'evidence' },
        }),
    ).toThrow(
      /bucketName: got "Bad_Name".*\n {2}objectLockMode: got "LEGAL"; expected one of GOVERNANCE, COMPLIANCE\n {2}retentionDays: got 0; expected a whole number of days, at least 1\n {2}transitions.infrequentAccessAfterDays: got 10; expected a whole number of days, at least 30\n {2}accessLogging.targetPrefix: got "evidence"/,
    );
  });
});

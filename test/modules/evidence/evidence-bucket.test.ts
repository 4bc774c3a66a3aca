import type { TerraformStack } from 'cdktf';
import { AccessLogBucket } from '../../../modules/evidence/access-log-bucket';
import { EvidenceBucket, type EvidenceBucketProps } from '../../../modules/evidence/evidence-bucket';
import { LogKey } from '../../../modules/evidence/log-key';
import { ANY_POLICY, plainStack, synthesized } from '../../support/evidence-module-props';
import { validationProblems } from '../../support/validation';

/** Props for a bucket in `stack`, with its own key (the bucket takes the key construct). */
function propsIn(stack: TerraformStack): EvidenceBucketProps {
  return {
    bucketName: 'any-evidence-bucket',
    logKey: new LogKey(stack, 'Key', { aliasName: 'alias/any/logs', policy: ANY_POLICY }),
    objectLockMode: 'GOVERNANCE',
    retentionDays: 90,
    transitions: { infrequentAccessAfterDays: 30, glacierInstantRetrievalAfterDays: 60, deepArchiveAfterDays: 180 },
    policy: ANY_POLICY,
  };
}

const logsIn = (stack: TerraformStack) => new AccessLogBucket(stack, 'Logs', { bucketName: 'any-logs', retentionDays: 30, policy: ANY_POLICY });

describe('EvidenceBucket', () => {
  it('works in any stack with plain values', () => {
    const stack = plainStack();
    new EvidenceBucket(stack, 'Evidence', propsIn(stack));
    const json = synthesized(stack);
    // Encrypted with the key it was given, by reference.
    expect(Object.values(json.resource.aws_s3_bucket_server_side_encryption_configuration)).toEqual([
      expect.objectContaining({ rule: [expect.objectContaining({ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: expect.stringMatching(/^\$\{aws_kms_key\.Key_/) } })] }),
    ]);
    expect(Object.values(json.resource.aws_s3_bucket_object_lock_configuration)).toEqual([
      expect.objectContaining({ rule: { default_retention: { mode: 'GOVERNANCE', days: 90 } } }),
    ]);
    expect(Object.values(json.locals)).toEqual(expect.arrayContaining([90, 30, 60, 180]));
    expect(json.resource.aws_s3_bucket_logging).toBeUndefined();
  });

  it('logs to the target bucket with date-partitioned keys when asked', () => {
    const stack = plainStack();
    new EvidenceBucket(stack, 'Evidence', { ...propsIn(stack), accessLogging: { bucket: logsIn(stack), targetPrefix: 'evidence/' } });
    expect(Object.values(synthesized(stack).resource.aws_s3_bucket_logging)).toEqual([
      expect.objectContaining({ count: 1, target_bucket: expect.stringMatching(/^\$\{aws_s3_bucket\.Logs_Bucket_[0-9A-F]+\.bucket\}$/), target_prefix: 'evidence/', target_object_key_format: { partitioned_prefix: { partition_date_source: 'EventTime' } } }),
    ]);
  });

  it('rejects every invalid value at once, each with its construct path', () => {
    const stack = plainStack();
    const props = propsIn(stack);
    new EvidenceBucket(stack, 'Evidence', {
      ...props,
      bucketName: 'Bad_Name',
      objectLockMode: 'LEGAL',
      retentionDays: 0,
      transitions: { ...props.transitions, infrequentAccessAfterDays: 10 },
      accessLogging: { bucket: logsIn(stack), targetPrefix: 'evidence' },
    });
    expect(validationProblems(stack)).toEqual([
      '[plain/Evidence] bucketName: got "Bad_Name"; expected 3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit',
      '[plain/Evidence] objectLockMode: got "LEGAL"; expected one of GOVERNANCE, COMPLIANCE',
      '[plain/Evidence] retentionDays: got 0; expected a whole number of days, at least 1',
      '[plain/Evidence] transitions.infrequentAccessAfterDays: got 10; expected a whole number of days, at least 30',
      '[plain/Evidence] accessLogging.targetPrefix: got "evidence"; expected a prefix ending with "/"',
    ]);
  });

  it('fails the synth with every problem listed, not the first', () => {
    const stack = plainStack();
    new EvidenceBucket(stack, 'Evidence', { ...propsIn(stack), bucketName: 'Bad_Name', retentionDays: 0 });
    expect(() => stack.runAllValidations()).toThrow(/\[plain\/Evidence\] bucketName: got "Bad_Name".*\n\s+\[plain\/Evidence\] retentionDays: got 0/);
  });
});

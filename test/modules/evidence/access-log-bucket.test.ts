import { AccessLogBucket } from '../../../modules/evidence/access-log-bucket';
import { ANY_POLICY, plainStack, synthesized } from '../../support/evidence-module-props';
import { validationProblems } from '../../support/validation';

describe('AccessLogBucket', () => {
  it('works in any stack: SSE-S3, versioned, no Object Lock, no transitions', () => {
    const stack = plainStack();
    new AccessLogBucket(stack, 'AccessLogs', { bucketName: 'any-access-logs', retentionDays: 365, policy: ANY_POLICY });
    const json = synthesized(stack);
    expect(Object.values(json.resource.aws_s3_bucket)).toEqual([expect.objectContaining({ object_lock_enabled: false })]);
    expect(json.resource.aws_s3_bucket_object_lock_configuration).toBeUndefined();
    const lifecycle: any = Object.values(json.resource.aws_s3_bucket_lifecycle_configuration)[0];
    expect(lifecycle.rule[0].dynamic).toBeUndefined();
  });

  it('rejects a bad name and a zero retention, naming both', () => {
    const stack = plainStack();
    new AccessLogBucket(stack, 'AccessLogs', { bucketName: 'x', retentionDays: 0, policy: ANY_POLICY });
    expect(validationProblems(stack)).toEqual([
      '[plain/AccessLogs] bucketName: got "x"; expected 3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit',
      '[plain/AccessLogs] retentionDays: got 0; expected a whole number of days, at least 1',
    ]);
  });
});

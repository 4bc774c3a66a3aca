import assert from 'node:assert/strict';
import { test } from 'node:test';
import { App } from 'cdktf';
import { assertControls, checkControls } from 'trailguard/testing';
import { ACME_AUDIT_LOGS_PROPS } from '../stacks/acme-audit-logs-props';
import { AuditLogsStack } from '../stacks/audit-logs-stack';

// The platform team's own check of its own stack, from synth, with trailguard's control checks.
function auditLogsStack(): AuditLogsStack {
  return new AuditLogsStack(new App(), 'acme-audit-logs', ACME_AUDIT_LOGS_PROPS);
}

test('the evidence store meets the bucket and key controls it can decide from synth', () => {
  assertControls(auditLogsStack(), ['S3.2', 'S3.3', 'S3.5', 'S3.6', 'S3.8', 'S3.10', 'S3.12', 'S3.13', 'S3.14', 'KMS.3', 'KMS.4']);
});

test('the access-log bucket is the known exception: no Object Lock, SSE-S3', () => {
  const results = checkControls(auditLogsStack(), ['S3.15', 'S3.17']);
  for (const control of ['S3.15', 'S3.17']) {
    assert.equal(results.get(control)?.status, 'not met');
    assert.match(results.get(control)?.why ?? '', /Evidence_AccessLogBucket/);
  }
  assert.throws(() => assertControls(auditLogsStack(), ['S3.15']), /S3\.15: not met — .*Object Lock not enabled/);
});

import { TrailguardNames } from '../../naming/names';
import { evidenceProtectionRcp } from '../../policies/evidence-protection-rcp';
import { logGuardrailScope } from '../../policies/log-guardrail-scope';
import { exampleConfig } from '../support/example-config';

const rcp = evidenceProtectionRcp(logGuardrailScope(new TrailguardNames(exampleConfig()), 'break-glass'));
const bySid = Object.fromEntries(rcp.Statement.map((s) => [s.Sid, s]));

test('is made of Deny statements for every principal', () => {
  expect(rcp.Statement.every((s) => s.Effect === 'Deny' && s.Principal === '*')).toBe(true);
});

test('lets only the log-delivering services and break-glass write objects', () => {
  expect(bySid.DenyEvidenceWritesExceptLogDelivery.Condition).toEqual({
    ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/break-glass'] },
    StringNotEqualsIfExists: { 'aws:PrincipalServiceName': ['cloudtrail.amazonaws.com', 'guardduty.amazonaws.com', 'logging.s3.amazonaws.com'] },
  });
});

test('denies plain HTTP to everyone, break-glass included', () => {
  expect(bySid.DenyInsecureTransport.Condition).toEqual({ BoolIfExists: { 'aws:SecureTransport': 'false' } });
  expect(bySid.DenyInsecureTransport.Action).toBe('s3:*');
});

test('protects the log key by alias, in the log-archive account only', () => {
  expect(bySid.DenyLogKeyTampering.Resource).toEqual(['arn:aws:kms:*:222222222222:key/*']);
  expect(bySid.DenyLogKeyTampering.Condition?.['ForAnyValue:StringEquals']).toEqual({ 'kms:ResourceAliases': ['alias/tg-example/cloudtrail-logs'] });
});

import type { ConditionBlock, PolicyDocument } from './policy-document';
import { policyDocument } from './policy-document';
import {
  EVIDENCE_BUCKET_TAMPERING_ACTIONS,
  EVIDENCE_WRITER_SERVICES,
  LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  LOG_KEY_TAMPERING_ACTIONS,
} from './guardrail-actions';
import { bucketAndObjectArns, type LogGuardrailScope } from './log-guardrail-scope';

/**
 * The resource control policy on the evidence bucket, its access-log bucket and the log key.
 * Unlike an SCP it binds every caller of these member-account resources: principals of any
 * account (the management account included), and service principals. RCPs allow only Deny
 * statements with `Principal: "*"`.
 */
export function evidenceProtectionRcp(scope: LogGuardrailScope): PolicyDocument {
  const exempt: ConditionBlock = { ArnNotLike: { 'aws:PrincipalArn': [...scope.exemptPrincipalArns] } };
  const buckets = bucketAndObjectArns(scope.protectedBucketArns);
  return policyDocument([
    { Sid: 'DenyEvidenceTampering', Effect: 'Deny', Principal: '*', Action: [...EVIDENCE_BUCKET_TAMPERING_ACTIONS], Resource: buckets, Condition: exempt },
    {
      // Only the services that deliver logs may add objects, so nobody can plant forged log files.
      Sid: 'DenyEvidenceWritesExceptLogDelivery',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: scope.protectedBucketArns.map((arn) => `${arn}/*`),
      Condition: { ...exempt, StringNotEqualsIfExists: { 'aws:PrincipalServiceName': [...EVIDENCE_WRITER_SERVICES] } },
    },
    // No exemption: TLS costs nobody anything, break-glass included.
    { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: buckets, Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } },
    {
      Sid: 'DenyLogKeyTampering',
      Effect: 'Deny',
      Principal: '*',
      Action: [...LOG_KEY_TAMPERING_ACTIONS],
      Resource: [...scope.logKeyArnPatterns],
      Condition: { ...exempt, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': [...scope.logKeyAliasNames] } },
    },
    { Sid: 'DenyLogKeyAliasTampering', Effect: 'Deny', Principal: '*', Action: [...LOG_KEY_ALIAS_TAMPERING_ACTIONS], Resource: [...scope.logKeyAliasArnPatterns], Condition: exempt },
  ]);
}

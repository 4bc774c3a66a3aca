import type { PolicyDocument, PolicyStatement } from './policy-document';
import {
  ALERT_KEY_TAMPERING_ACTIONS,
  EVIDENCE_BUCKET_TAMPERING_ACTIONS,
  EVIDENCE_WRITER_SERVICES,
  LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  LOG_KEY_TAMPERING_ACTIONS,
  ROLE_ASSUMPTION_ACTIONS,
} from './guardrail-actions';
import { bucketAndObjectArns, exemptionOf, type LogGuardrailScope } from './log-guardrail-scope';
import { packStatements } from './policy-size';

/**
 * The resource control policy on the evidence bucket, its access-log bucket, the log key, the
 * alert topics' key and the member accounts' deployment roles: the resource types RCPs cover
 * (S3, KMS, STS). Unlike an SCP it binds every caller of these member-account resources:
 * principals of any account (the management account included), and service principals. RCPs
 * allow only Deny statements with `Principal: "*"`.
 */
export function evidenceProtectionRcpStatements(scope: LogGuardrailScope): PolicyStatement[] {
  const exempt = exemptionOf(scope.exemptPrincipalArns);
  const buckets = bucketAndObjectArns(scope.protectedBucketArns);
  return [
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
    {
      Sid: 'DenyAlertKeyTampering',
      Effect: 'Deny',
      Principal: '*',
      Action: [...ALERT_KEY_TAMPERING_ACTIONS],
      Resource: [...scope.alertKeyArnPatterns],
      Condition: { ...exemptionOf([...scope.exemptPrincipalArns, ...scope.securityDeployerArns]), 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': [...scope.alertKeyAliasNames] } },
    },
    {
      // Binds callers the SCP cannot: the management account's principals and other organizations'.
      Sid: 'DenyDeploymentRoleAssumption',
      Effect: 'Deny',
      Principal: '*',
      Action: [...ROLE_ASSUMPTION_ACTIONS],
      Resource: [...scope.deploymentRoleArns],
      Condition: exemptionOf([...scope.exemptPrincipalArns, ...scope.deployerPrincipalArns]),
    },
  ];
}

/** The evidence-protection RCPs: the statements packed into as few documents as fit 5,120 characters. */
export function evidenceProtectionRcps(scope: LogGuardrailScope): PolicyDocument[] {
  return packStatements(evidenceProtectionRcpStatements(scope));
}

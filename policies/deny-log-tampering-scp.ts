import type { ConditionBlock, PolicyDocument, PolicyStatement } from './policy-document';
import {
  EVIDENCE_BUCKET_TAMPERING_ACTIONS,
  GUARDDUTY_TAMPERING_ACTIONS,
  LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  LOG_KEY_TAMPERING_ACTIONS,
  ORGANIZATION_ESCAPE_ACTIONS,
  TRAIL_TAMPERING_ACTIONS,
} from './guardrail-actions';
import { bucketAndObjectArns, type LogGuardrailScope } from './log-guardrail-scope';
import { packStatements } from './policy-size';

/**
 * The statements of the deny-log-tampering SCP. SCPs never bind service principals or
 * the management account, so AWS services keep writing without a condition for them;
 * every statement exempts the break-glass role, and the GuardDuty statement also the
 * delegated administrator's deployment role, which manages the organization's GuardDuty.
 */
export function denyLogTamperingStatements(scope: LogGuardrailScope): PolicyStatement[] {
  const exempt: ConditionBlock = { ArnNotLike: { 'aws:PrincipalArn': [...scope.exemptPrincipalArns] } };
  return [
    {
      Sid: 'DenyEvidenceBucketTampering',
      Effect: 'Deny',
      Action: [...EVIDENCE_BUCKET_TAMPERING_ACTIONS],
      Resource: bucketAndObjectArns(scope.protectedBucketArns),
      Condition: exempt,
    },
    // Any trail, not only trailguard's: a member account must not blind its own trails either.
    { Sid: 'DenyTrailTampering', Effect: 'Deny', Action: [...TRAIL_TAMPERING_ACTIONS], Resource: '*', Condition: exempt },
    {
      Sid: 'DenyLogKeyTampering',
      Effect: 'Deny',
      Action: [...LOG_KEY_TAMPERING_ACTIONS],
      Resource: [...scope.logKeyArnPatterns],
      Condition: { ...exempt, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': [...scope.logKeyAliasNames] } },
    },
    {
      Sid: 'DenyLogKeyAliasTampering',
      Effect: 'Deny',
      Action: [...LOG_KEY_ALIAS_TAMPERING_ACTIONS],
      Resource: [...scope.logKeyAliasArnPatterns],
      Condition: exempt,
    },
    {
      Sid: 'DenyGuardDutyTampering',
      Effect: 'Deny',
      Action: [...GUARDDUTY_TAMPERING_ACTIONS],
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': [...scope.exemptPrincipalArns, ...scope.guardDutyAdministratorArns] } },
    },
    { Sid: 'DenyLeavingOrganization', Effect: 'Deny', Action: [...ORGANIZATION_ESCAPE_ACTIONS], Resource: '*', Condition: exempt },
  ];
}

/** The deny-log-tampering SCPs: the statements packed into as few documents as fit 5,120 characters. */
export function denyLogTamperingScps(scope: LogGuardrailScope): PolicyDocument[] {
  return packStatements(denyLogTamperingStatements(scope));
}

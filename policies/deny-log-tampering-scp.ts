import type { ConditionBlock, PolicyDocument, PolicyStatement } from './policy-document';
import {
  EVIDENCE_BUCKET_TAMPERING_ACTIONS,
  FORWARDER_RULE_TAMPERING_ACTIONS,
  GUARDDUTY_TAMPERING_ACTIONS,
  LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  LOG_KEY_TAMPERING_ACTIONS,
  ORGANIZATION_ESCAPE_ACTIONS,
  ROLE_TAMPERING_ACTIONS,
  TRAIL_TAMPERING_ACTIONS,
} from './guardrail-actions';
import { bucketAndObjectArns, type LogGuardrailScope } from './log-guardrail-scope';
import { packStatements } from './policy-size';

/**
 * The statements of the deny-log-tampering SCP. SCPs never bind service principals,
 * service-linked roles or the management account, so AWS services keep writing without a
 * condition for them; every statement exempts the break-glass role, the GuardDuty statement
 * also the delegated administrator's deployment role, which manages the organization's
 * GuardDuty, and the forwarder statements also the StackSets execution roles, which deploy them.
 * Exemptions go by role name, so the names themselves are protected: only the break-glass role
 * may create or change a role of its own name or of the execution roles' names.
 */
export function denyLogTamperingStatements(scope: LogGuardrailScope): PolicyStatement[] {
  const exempt: ConditionBlock = { ArnNotLike: { 'aws:PrincipalArn': [...scope.exemptPrincipalArns] } };
  const forwarderExempt: ConditionBlock = { ArnNotLike: { 'aws:PrincipalArn': [...scope.exemptPrincipalArns, ...scope.forwarderDeployerArnPatterns] } };
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
    // Creating the break-glass role, or re-trusting an existing one, would hand out every exemption above.
    { Sid: 'DenyBreakGlassRoleTampering', Effect: 'Deny', Action: [...ROLE_TAMPERING_ACTIONS], Resource: [...scope.exemptPrincipalArns], Condition: exempt },
    // The member accounts' service-linked role creates these; SCPs do not bind it, so nothing legitimate is denied.
    {
      Sid: 'DenyStackSetsExecutionRoleTampering',
      Effect: 'Deny',
      Action: [...ROLE_TAMPERING_ACTIONS],
      Resource: [...scope.forwarderDeployerArnPatterns],
      Condition: exempt,
    },
    { Sid: 'DenyForwarderRuleTampering', Effect: 'Deny', Action: [...FORWARDER_RULE_TAMPERING_ACTIONS], Resource: [...scope.forwarderRuleArnPatterns], Condition: forwarderExempt },
    { Sid: 'DenyForwarderRoleTampering', Effect: 'Deny', Action: [...ROLE_TAMPERING_ACTIONS], Resource: [...scope.forwarderRoleArnPatterns], Condition: forwarderExempt },
  ];
}

/** The deny-log-tampering SCPs: the statements packed into as few documents as fit 5,120 characters. */
export function denyLogTamperingScps(scope: LogGuardrailScope): PolicyDocument[] {
  return packStatements(denyLogTamperingStatements(scope));
}

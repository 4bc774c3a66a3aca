import type { PolicyDocument, PolicyStatement } from './policy-document';
import {
  ALERT_KEY_TAMPERING_ACTIONS,
  ALERT_PIPELINE_TAMPERING_ACTIONS,
  CENTRAL_BUS_PUT_ACTIONS,
  EVENT_BUS_PERMISSION_ACTIONS,
  EVIDENCE_BUCKET_TAMPERING_ACTIONS,
  FORWARDER_RULE_TAMPERING_ACTIONS,
  GUARDDUTY_FINDING_SUPPRESSION_ACTIONS,
  GUARDDUTY_MANAGED_RESOURCE_ACTIONS,
  GUARDRAIL_POLICY_TAG_ACTIONS,
  GUARDRAIL_POLICY_TAMPERING_ACTIONS,
  LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  LOG_KEY_TAMPERING_ACTIONS,
  ORGANIZATION_ESCAPE_ACTIONS,
  ROLE_ASSUMPTION_ACTIONS,
  ROLE_TAMPERING_ACTIONS,
  TRAIL_TAMPERING_ACTIONS,
} from './guardrail-actions';
import { bucketAndObjectArns, exemptionOf, type LogGuardrailScope } from './log-guardrail-scope';
import { packStatements } from './policy-size';

/**
 * The statements of the deny-log-tampering SCP. SCPs bind member-account principals (the
 * security account's included, and delegated administrators calling Organizations), never
 * service principals, service-linked roles or the management account, so AWS services keep
 * writing without a condition for them. Every statement exempts the break-glass role; the
 * statements over what the security stack manages (GuardDuty, the alert pipeline) also exempt
 * the security account's deployment role, and the forwarder statements the StackSets
 * execution roles, which deploy them.
 * Exemptions go by role name, so the names themselves are protected: only the break-glass role
 * may create, re-trust, re-policy or pass a role of an exempt name, and only the configured
 * deployers may assume a deployment role. The drill role, exempt from the bus statement, and the
 * verifier role are protected the same way, their deployment roles excepted, which create them.
 */
export function denyLogTamperingStatements(scope: LogGuardrailScope): PolicyStatement[] {
  const exempt = exemptionOf(scope.exemptPrincipalArns);
  const deployerExempt = exemptionOf([...scope.exemptPrincipalArns, ...scope.securityDeployerArns]);
  const forwarderExempt = exemptionOf([...scope.exemptPrincipalArns, ...scope.forwarderDeployerArnPatterns]);
  const exemptRoleNames = [...scope.exemptPrincipalArns, ...scope.forwarderDeployerArnPatterns, ...scope.deploymentRoleArns];
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
    { Sid: 'DenyLogKeyAliasTampering', Effect: 'Deny', Action: [...LOG_KEY_ALIAS_TAMPERING_ACTIONS], Resource: [...scope.logKeyAliasArnPatterns], Condition: exempt },
    { Sid: 'DenyGuardDutyTampering', Effect: 'Deny', Action: [...GUARDDUTY_MANAGED_RESOURCE_ACTIONS], Resource: '*', Condition: deployerExempt },
    // No trailguard resource needs these, so the deployment role is not exempt.
    { Sid: 'DenyGuardDutyFindingSuppression', Effect: 'Deny', Action: [...GUARDDUTY_FINDING_SUPPRESSION_ACTIONS], Resource: '*', Condition: exempt },
    { Sid: 'DenyLeavingOrganization', Effect: 'Deny', Action: [...ORGANIZATION_ESCAPE_ACTIONS], Resource: '*', Condition: exempt },
    // Creating or re-trusting a role of an exempt name would hand out its exemptions. The StackSets
    // execution roles are created by the member account's service-linked role, which SCPs do not bind.
    { Sid: 'DenyExemptRoleTampering', Effect: 'Deny', Action: [...ROLE_TAMPERING_ACTIONS], Resource: exemptRoleNames, Condition: exempt },
    // The bus trusts the drill role by name: whoever re-creates or re-trusts it sends "no action needed" messages.
    ...(scope.operatorRoleArns.length === 0 ? [] : [{
      Sid: 'DenyOperatorRoleTampering',
      Effect: 'Deny' as const,
      Action: [...ROLE_TAMPERING_ACTIONS],
      Resource: [...scope.operatorRoleArns],
      Condition: exemptionOf([...scope.exemptPrincipalArns, ...scope.deploymentRoleArns]),
    }]),
    {
      Sid: 'DenyDeploymentRoleAssumption',
      Effect: 'Deny',
      Action: [...ROLE_ASSUMPTION_ACTIONS],
      Resource: [...scope.deploymentRoleArns],
      Condition: exemptionOf([...scope.exemptPrincipalArns, ...scope.deployerPrincipalArns]),
    },
    { Sid: 'DenyForwarderRuleTampering', Effect: 'Deny', Action: [...FORWARDER_RULE_TAMPERING_ACTIONS], Resource: [...scope.forwarderRuleArnPatterns], Condition: forwarderExempt },
    { Sid: 'DenyForwarderRoleTampering', Effect: 'Deny', Action: [...ROLE_TAMPERING_ACTIONS], Resource: [...scope.forwarderRoleArnPatterns], Condition: forwarderExempt },
    { Sid: 'DenyAlertPipelineTampering', Effect: 'Deny', Action: [...ALERT_PIPELINE_TAMPERING_ACTIONS], Resource: [...scope.alertPipelineArnPatterns], Condition: deployerExempt },
    {
      // PutPermission and RemovePermission name no bus, so they are scoped to the central buses' account.
      Sid: 'DenyAlertBusPermissionChanges',
      Effect: 'Deny',
      Action: [...EVENT_BUS_PERMISSION_ACTIONS],
      Resource: '*',
      Condition: { ...deployerExempt, StringEquals: { 'aws:PrincipalAccount': scope.securityAccountId } },
    },
    {
      Sid: 'DenyAlertKeyTampering',
      Effect: 'Deny',
      Action: [...ALERT_KEY_TAMPERING_ACTIONS],
      Resource: [...scope.alertKeyArnPatterns],
      Condition: { ...deployerExempt, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': [...scope.alertKeyAliasNames] } },
    },
    {
      Sid: 'DenyForgedAlertEvents',
      Effect: 'Deny',
      Action: [...CENTRAL_BUS_PUT_ACTIONS],
      Resource: [...scope.centralBusArnPatterns],
      // The drill role too: the bus policy lets it put drill events only.
      Condition: exemptionOf([...scope.exemptPrincipalArns, ...scope.forwarderPrincipalArnPatterns, ...scope.drillPrincipalArns]),
    },
    {
      // A delegated administrator for Organizations policies is a member-account principal.
      Sid: 'DenyGuardrailPolicyTampering',
      Effect: 'Deny',
      Action: [...GUARDRAIL_POLICY_TAMPERING_ACTIONS],
      Resource: [...scope.organizationPolicyArnPatterns],
      Condition: { ...exempt, StringEquals: { [`aws:ResourceTag/${scope.guardrailPolicyTag.key}`]: scope.guardrailPolicyTag.value } },
    },
    {
      Sid: 'DenyGuardrailPolicyTagChanges',
      Effect: 'Deny',
      Action: [...GUARDRAIL_POLICY_TAG_ACTIONS],
      Resource: [...scope.organizationPolicyArnPatterns],
      Condition: { ...exempt, 'ForAnyValue:StringEquals': { 'aws:TagKeys': [scope.guardrailPolicyTag.key] } },
    },
  ];
}

/** The deny-log-tampering SCPs: the statements packed into as few documents as fit 5,120 characters. */
export function denyLogTamperingScps(scope: LogGuardrailScope): PolicyDocument[] {
  return packStatements(denyLogTamperingStatements(scope));
}

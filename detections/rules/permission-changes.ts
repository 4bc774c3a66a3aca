import type { DetectionTargets } from '../types';
import { IAM_POLICY_CHANGE_EVENTS } from '../watched-actions';
import { apiCall, POLICY_TEXT_WITH_AWS_PRINCIPAL } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

// IAM is global: its events reach EventBridge only in us-east-1.
const IAM = ['iam.amazonaws.com'];

/** Permission changes: policies on users, roles and groups; trust opened to other accounts; new administrators. */
export function permissionChangeRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'iam-policy-changes',
      name: 'Inline or managed policy changed on a user, role or group',
      severity: 'medium',
      why: 'The CIS IAM-policy filter arrives in minutes; this is the same set of calls (plus default versions and permission boundaries) in seconds.',
      runbook: 'Read the policy that changed (requestParameters) and confirm the change with its owner; revert it from code if nobody claims it.',
      pattern: apiCall(IAM, { eventName: [...IAM_POLICY_CHANGE_EVENTS] }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'permission-changes',
      attack: { techniqueId: 'T1098', name: 'Account Manipulation' },
      falsePositives: 'Every deployment that changes IAM: exclude the deployers by principal ARN.',
    },
    {
      id: 'role-trust-opened',
      name: 'Role created or re-trusted to an AWS account principal or to anyone',
      severity: 'high',
      why:
        'A trust policy naming another account (or "*") lets that account assume the role from outside. The policy is a JSON string in the record, ' +
        'which EventBridge can only search by wildcard, so any AWS-principal trust fires; the organization account list cannot narrow it.',
      runbook: 'Read the trust policy in requestParameters; if the principal is not a known account of yours, restore the previous trust and revoke the role\'s sessions.',
      pattern: apiCall(IAM, {
        $or: [
          { eventName: ['UpdateAssumeRolePolicy'], requestParameters: { policyDocument: POLICY_TEXT_WITH_AWS_PRINCIPAL } },
          { eventName: ['CreateRole'], requestParameters: { assumeRolePolicyDocument: POLICY_TEXT_WITH_AWS_PRINCIPAL } },
        ],
      }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'permission-changes',
      attack: { techniqueId: 'T1098', subTechniqueId: 'T1098.003', name: 'Additional Cloud Roles' },
      falsePositives: 'Cross-account roles created by your own pipelines (exclude them); service and federated trusts do not fire.',
    },
    {
      id: 'new-administrator',
      name: 'AdministratorAccess or an Allow of "*" granted',
      severity: 'high',
      why: 'A new administrator is the usual next step after a foothold. Managed AdministratorAccess, or an inline or managed policy allowing every action, fires.',
      runbook: 'Detach the policy from the principal unless its owner confirms it in minutes, then find who made the call and with which credentials.',
      pattern: apiCall(IAM, {
        $or: [
          { eventName: ['AttachUserPolicy', 'AttachRolePolicy', 'AttachGroupPolicy'], requestParameters: { policyArn: [{ suffix: ':policy/AdministratorAccess' }] } },
          {
            eventName: ['PutUserPolicy', 'PutRolePolicy', 'PutGroupPolicy', 'CreatePolicy', 'CreatePolicyVersion'],
            // Policy documents are JSON text: an allow of every action, in its common spellings.
            requestParameters: {
              policyDocument: [
                { wildcard: '*"Effect":"Allow"*"Action":"\\*"*' }, { wildcard: '*"Effect": "Allow"*"Action": "\\*"*' },
                { wildcard: '*"Effect":"Allow"*"Action":["\\*"]*' }, { wildcard: '*"Effect": "Allow"*"Action": ["\\*"]*' },
              ],
            },
          },
        ],
      }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'permission-changes',
      attack: { techniqueId: 'T1098', subTechniqueId: 'T1098.003', name: 'Additional Cloud Roles' },
      falsePositives: 'Break-glass and platform roles being (re)deployed; a policy whose Allow of "*" is on another statement than its Deny also fires.',
    },
  ];
}

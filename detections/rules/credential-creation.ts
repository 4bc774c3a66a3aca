import type { DetectionTargets } from '../types';
import { apiCall } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

const IAM = ['iam.amazonaws.com'];

/** Credential creation: keys and passwords for other users, root keys, federation tokens, new identity providers. */
export function credentialCreationRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'root-access-key-created',
      name: 'Root access key created',
      severity: 'critical',
      why: 'Root access keys are never needed for daily work and cannot be limited by any policy. A root CreateAccessKey without userName creates a key for root itself.',
      runbook: 'Delete the root access key now, then find out who signed in as root.',
      pattern: apiCall(IAM, { eventName: ['CreateAccessKey'], userIdentity: { type: ['Root'] }, requestParameters: { userName: [{ exists: false }] } }),
      // IAM is a global service: its events reach EventBridge in us-east-1.
      arrivesIn: 'us-east-1',
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1098', subTechniqueId: 'T1098.001', name: 'Additional Cloud Credentials' },
      falsePositives: 'None expected: root keys should not exist.',
    },
    {
      id: 'access-key-for-user',
      name: 'Access key created for a named IAM user',
      severity: 'medium',
      why:
        'A key created with userName is a key for that user, often another one: the classic backdoor. EventBridge cannot compare the caller with ' +
        'userName, so an IAM user naming themselves fires too.',
      runbook: 'Ask the user named in requestParameters.userName whether they created the key; if not, deactivate it and review the caller.',
      pattern: apiCall(IAM, { eventName: ['CreateAccessKey'], requestParameters: { userName: [{ exists: true }] } }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1098', subTechniqueId: 'T1098.001', name: 'Additional Cloud Credentials' },
      falsePositives: 'Self-service key rotation that names the own user; user-provisioning pipelines (exclude them).',
    },
    {
      id: 'login-profile-changed',
      name: 'Console password created or reset for an IAM user',
      severity: 'high',
      why: 'CreateLoginProfile and UpdateLoginProfile set another user\'s console password (a user changing their own calls ChangePassword): a way in, or a takeover.',
      runbook: 'Confirm with the user named in requestParameters.userName; if unexpected, delete the login profile and review the caller\'s other calls.',
      pattern: apiCall(IAM, { eventName: ['CreateLoginProfile', 'UpdateLoginProfile'] }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1098', subTechniqueId: 'T1098.001', name: 'Additional Cloud Credentials' },
      falsePositives: 'Helpdesk password resets.',
    },
    {
      id: 'iam-user-created',
      name: 'IAM user created',
      severity: 'low',
      why: 'Organizations on SSO rarely create IAM users; a new one with keys is durable access that survives role and SSO clean-ups.',
      runbook: 'Find the owner of the new user; if there is none, delete its keys and login profile, then the user.',
      pattern: apiCall(IAM, { eventName: ['CreateUser'] }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1136', subTechniqueId: 'T1136.003', name: 'Create Account: Cloud Account' },
      falsePositives: 'User-provisioning pipelines (exclude them).',
    },
    {
      id: 'federation-token-issued',
      name: 'STS federation token issued',
      severity: 'medium',
      why:
        'GetFederationToken mints sessions from an IAM user\'s long-term key that survive the key\'s deletion for up to 36 hours. ' +
        'STS regional endpoints record the call in their own Region, hence every Region.',
      runbook: 'Find the IAM user that called it; deactivate their access keys and attach an explicit deny for sessions issued before now.',
      pattern: apiCall(['sts.amazonaws.com'], { eventName: ['GetFederationToken'] }),
      arrivesIn: 'every-region',
      // STS records it as a read-only call.
      readOnlyEvents: true,
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1550', subTechniqueId: 'T1550.001', name: 'Application Access Token' },
      falsePositives: 'Legacy brokers that still federate with GetFederationToken (exclude them).',
    },
    {
      id: 'identity-provider-changed',
      name: 'SAML or OIDC identity provider added or changed',
      severity: 'high',
      why: 'A new or changed identity provider lets whoever controls it sign in as any role that trusts the provider.',
      runbook: 'Check the provider\'s metadata or URL against your IdP; delete it if unknown and review the roles that trust it.',
      pattern: apiCall(IAM, {
        eventName: ['CreateSAMLProvider', 'UpdateSAMLProvider', 'CreateOpenIDConnectProvider', 'AddClientIDToOpenIDConnectProvider', 'UpdateOpenIDConnectProviderThumbprint'],
      }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1484', subTechniqueId: 'T1484.002', name: 'Trust Modification' },
      falsePositives: 'IAM Identity Center creates AWSSSO_* SAML providers when it is set up; EKS clusters add OIDC providers.',
    },
    {
      id: 'mfa-device-removed',
      name: 'MFA device deactivated or deleted',
      severity: 'medium',
      why: 'Removing a user\'s MFA device is how a taken-over password becomes a working console login, and how an attacker removes the owner\'s way back in.',
      runbook: 'Ask the user named in requestParameters.userName; if unexpected, disable their console access and keys, then re-enrol MFA.',
      pattern: apiCall(IAM, { eventName: ['DeactivateMFADevice', 'DeleteVirtualMFADevice'] }),
      arrivesIn: 'us-east-1',
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1556', subTechniqueId: 'T1556.006', name: 'Multi-Factor Authentication' },
      falsePositives: 'Users replacing a lost or new phone.',
    },
    {
      id: 'roles-anywhere-trust-changed',
      name: 'IAM Roles Anywhere trust anchor or profile created or changed',
      severity: 'high',
      why: 'A trust anchor makes any certificate from its CA a credential for the roles its profiles name: persistent access from outside AWS.',
      runbook: 'Check the anchor\'s CA against your PKI; disable the anchor if unknown and review the profiles and roles it reaches.',
      pattern: apiCall(['rolesanywhere.amazonaws.com'], { eventName: ['CreateTrustAnchor', 'UpdateTrustAnchor', 'EnableTrustAnchor', 'CreateProfile', 'UpdateProfile'] }),
      // Roles Anywhere is regional.
      arrivesIn: 'every-region',
      techniqueClass: 'credential-creation',
      attack: { techniqueId: 'T1098', subTechniqueId: 'T1098.001', name: 'Additional Cloud Credentials' },
      falsePositives: 'Your own PKI onboarding (exclude its deployer).',
    },
  ];
}

import type { DetectionTargets } from '../types';
import { apiCall, LONG_TERM_CALLER } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

/** Credential access: secrets read in bulk or with long-term keys, decrypted parameters, Windows passwords. */
export function credentialAccessRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'secrets-read-in-bulk-or-by-key',
      name: 'Secrets read in bulk, or by long-term credentials',
      severity: 'medium',
      why:
        'BatchGetSecretValue reads many secrets in one call; applications read secrets on roles, so an IAM user, root or AKIA key reading one is a ' +
        'stolen key harvesting. Counting single reads per caller is beyond EventBridge: see the secrets-read-volume metric filter.',
      runbook: 'List the secrets the caller read (secretId / filters); rotate them and deactivate the key if the caller is not a known application.',
      pattern: apiCall(['secretsmanager.amazonaws.com'], {
        $or: [{ eventName: ['BatchGetSecretValue'] }, { eventName: ['GetSecretValue'], userIdentity: LONG_TERM_CALLER }],
      }),
      arrivesIn: 'every-region',
      readOnlyEvents: true,
      techniqueClass: 'credential-access',
      attack: { techniqueId: 'T1555', subTechniqueId: 'T1555.006', name: 'Cloud Secrets Management Stores' },
      falsePositives: 'Applications that still run on IAM-user keys; batch readers such as External Secrets operators (exclude them).',
    },
    {
      id: 'parameters-decrypted-by-key',
      name: 'SecureString parameters decrypted by long-term credentials, or by path',
      severity: 'medium',
      why: 'GetParametersByPath with decryption dumps a whole tree of secrets; long-term credentials decrypting parameters is a stolen key, not an application.',
      runbook: 'List the parameter names in requestParameters, rotate what they hold, and find whose key made the call.',
      pattern: apiCall(['ssm.amazonaws.com'], {
        requestParameters: { withDecryption: [true] },
        $or: [{ eventName: ['GetParametersByPath'] }, { eventName: ['GetParameter', 'GetParameters'], userIdentity: LONG_TERM_CALLER }],
      }),
      arrivesIn: 'every-region',
      readOnlyEvents: true,
      techniqueClass: 'credential-access',
      attack: { techniqueId: 'T1552', name: 'Unsecured Credentials' },
      falsePositives: 'Configuration loaders that read a path at start-up (exclude their roles).',
    },
    {
      id: 'ec2-password-data-read',
      name: 'EC2 Windows administrator password data read',
      severity: 'medium',
      why: 'GetPasswordData returns the instance\'s encrypted Administrator password; with the key pair it is a local admin login. Failed attempts fire too.',
      runbook: 'Confirm with the instance owner; if unexpected, rotate the Administrator password on the instance and review the caller.',
      pattern: apiCall(['ec2.amazonaws.com'], { eventName: ['GetPasswordData'] }),
      arrivesIn: 'every-region',
      readOnlyEvents: true,
      techniqueClass: 'credential-access',
      attack: { techniqueId: 'T1552', name: 'Unsecured Credentials' },
      falsePositives: 'Administrators retrieving a new Windows instance\'s first password.',
    },
  ];
}

import { API_CALL_DETAIL_TYPE, CONSOLE_SIGN_IN_DETAIL_TYPE } from '../../patterns/cloudtrail-envelope';
import type { DetectionTargets } from '../types';
import type { RuleDraft } from './pattern-parts';

/** Initial access with valid accounts: root, and IAM-user console sign-ins without MFA. */
export function initialAccessRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'root-activity',
      name: 'Root user activity',
      severity: 'critical',
      why: 'Any root action outside break-glass is an incident. Actions AWS services take for root (invokedBy set) are excluded, as in CIS CloudWatch.1.',
      runbook: 'Call the root credential owner; if nobody claims the action, rotate the root password and MFA and review the session.',
      // Console actions and sign-ins come with their own detail-types; service events do not count.
      // Any `aws.` source: root acts in every service, and only AWS can put events with that source.
      pattern: {
        source: [{ prefix: 'aws.' }],
        'detail-type': [API_CALL_DETAIL_TYPE, CONSOLE_SIGN_IN_DETAIL_TYPE, 'AWS Console Action via CloudTrail'],
        detail: { userIdentity: { type: ['Root'], invokedBy: [{ exists: false }] } },
      },
      // Root API calls happen in any Region; root sign-ins are recorded in us-east-1.
      arrivesIn: 'every-region',
      techniqueClass: 'initial-access',
      attack: { techniqueId: 'T1078', subTechniqueId: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' },
      falsePositives: 'Break-glass exercises and the few tasks only root can do.',
    },
    {
      id: 'console-sign-in-without-mfa',
      name: 'IAM user console sign-in without MFA',
      severity: 'medium',
      why:
        'Only IAM users are judged: SSO and federated sign-ins record MFAUsed "No" because MFA happens at the identity provider, ' +
        'so alerting on them would fire on every sign-in. Root sign-ins are covered by root-activity. A record with no MFAUsed at all fires, ' +
        'because an unknown factor count is not proof of MFA.',
      runbook: 'Ask the user to confirm the sign-in, then require an MFA device for them (or move them to SSO).',
      pattern: {
        source: ['aws.signin'],
        'detail-type': [CONSOLE_SIGN_IN_DETAIL_TYPE],
        detail: {
          eventName: ['ConsoleLogin'],
          userIdentity: { type: ['IAMUser'] },
          responseElements: { ConsoleLogin: ['Success'] },
          additionalEventData: { MFAUsed: [{ 'anything-but': 'Yes' }, { exists: false }] },
        },
      },
      // IAM user sign-ins are recorded in us-east-1, us-east-2, eu-north-1, ap-southeast-2 or the Region of a regional endpoint.
      arrivesIn: 'every-region',
      techniqueClass: 'initial-access',
      attack: { techniqueId: 'T1078', subTechniqueId: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' },
      falsePositives: 'IAM users not yet enrolled in MFA.',
    },
  ];
}

import type { DetectionTargets } from '../types';
import { apiCall } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

/** Discovery that one call gives away: user data read, SES sending limits probed. Bursts of Describe calls are a metric filter. */
export function discoveryRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'instance-user-data-read',
      name: 'EC2 instance user data read',
      severity: 'low',
      why: 'User data often holds bootstrap secrets; reading it through the API is how an intruder finds them without touching the instance.',
      runbook: 'Check whether the instance\'s user data holds secrets; move them to Secrets Manager and rotate them if the caller is unknown.',
      pattern: apiCall(['ec2.amazonaws.com'], { eventName: ['DescribeInstanceAttribute'], requestParameters: { attribute: ['userData'] } }),
      arrivesIn: 'every-region',
      readOnlyEvents: true,
      techniqueClass: 'discovery',
      attack: { techniqueId: 'T1552', subTechniqueId: 'T1552.005', name: 'Cloud Instance Metadata API' },
      falsePositives: 'Console users opening "View user data"; inventory tools (exclude them).',
    },
    {
      id: 'email-sending-probed',
      name: 'SES sending quota or identities probed',
      severity: 'low',
      why: 'Spammers with stolen keys first check whether SES is out of the sandbox and which identities can send.',
      runbook: 'Check whether the caller sends mail for a living; if not, deactivate the key and check SES for new identities.',
      pattern: apiCall(['ses.amazonaws.com'], { eventName: ['GetSendQuota', 'GetAccountSendingEnabled', 'GetAccount', 'ListIdentities', 'ListEmailIdentities'] }),
      arrivesIn: 'every-region',
      readOnlyEvents: true,
      techniqueClass: 'discovery',
      attack: { techniqueId: 'T1526', name: 'Cloud Service Discovery' },
      falsePositives: 'Mail-sending applications checking their quota (exclude their roles).',
    },
  ];
}

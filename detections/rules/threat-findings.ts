import type { DetectionTargets } from '../types';
import type { RuleDraft } from './pattern-parts';

/** GuardDuty's own findings: the techniques API events cannot show (stolen instance credentials, mining, C2). */
export function threatFindingRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'guardduty-high-severity-finding',
      name: 'GuardDuty finding of high or critical severity',
      severity: 'high',
      why: 'GuardDuty rates 7.0 to 8.9 high and 9.0 and above critical; lower severities go to the daily review, not a page.',
      runbook: 'Open the finding in the GuardDuty administrator account and follow its remediation for the finding type.',
      pattern: { source: ['aws.guardduty'], 'detail-type': ['GuardDuty Finding'], detail: { severity: [{ numeric: ['>=', 7] }] } },
      // Findings of every member reach the administrator account, in the Region where they were raised.
      arrivesIn: 'every-region',
      techniqueClass: 'threat-findings',
      // Findings span many techniques; the coverage matrix lists them per finding type.
      attack: { techniqueId: 'T1078', subTechniqueId: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' },
      falsePositives: 'GuardDuty\'s own false positives (penetration tests, new egress paths).',
      judgesPrincipals: false,
    },
  ];
}

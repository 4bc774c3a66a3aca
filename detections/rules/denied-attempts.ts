import {
  EVIDENCE_BUCKET_TAMPERING_ACTIONS,
  FORWARDER_RULE_TAMPERING_ACTIONS,
  GUARDDUTY_TAMPERING_ACTIONS,
  LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  LOG_KEY_TAMPERING_ACTIONS,
  ORGANIZATION_ESCAPE_ACTIONS,
  ROLE_TAMPERING_ACTIONS,
  TRAIL_TAMPERING_ACTIONS,
} from '../../policies/guardrail-actions';
import type { DetectionTargets, EventPatternObject } from '../types';
import { apiCallAcrossServices } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

/** The guardrails' protected actions, read from the lists the SCP and RCP deny (one source). */
const PROTECTED_ACTIONS: readonly string[] = [
  ...EVIDENCE_BUCKET_TAMPERING_ACTIONS, ...TRAIL_TAMPERING_ACTIONS, ...LOG_KEY_TAMPERING_ACTIONS, ...LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  ...GUARDDUTY_TAMPERING_ACTIONS, ...ROLE_TAMPERING_ACTIONS, ...FORWARDER_RULE_TAMPERING_ACTIONS, ...ORGANIZATION_ESCAPE_ACTIONS,
];

/**
 * IAM action names that CloudTrail logs under another eventName (S3 is the only service here that
 * differs). Permissions that are checked within another call, or used only by a service, are no
 * call of their own: s3:BypassGovernanceRetention (within DeleteObject), the s3:Replicate* and
 * ObjectOwnerOverrideToBucketOwner permissions (used by S3 replication as the destination's writer)
 * and iam:PassRole (within the call that hands the role over).
 */
const EVENT_NAME_OF_ACTION: Readonly<Record<string, string | undefined>> = {
  's3:DeleteObjectVersion': 'DeleteObject',
  's3:DeleteObjectVersionTagging': 'DeleteObjectTagging',
  's3:PutLifecycleConfiguration': 'PutBucketLifecycle',
  's3:PutBucketObjectLockConfiguration': 'PutObjectLockConfiguration',
  's3:PutEncryptionConfiguration': 'PutBucketEncryption',
  's3:PutReplicationConfiguration': 'PutBucketReplication',
  's3:PutObjectVersionTagging': 'PutObjectTagging',
  's3:BypassGovernanceRetention': undefined,
  's3:ReplicateObject': undefined,
  's3:ReplicateDelete': undefined,
  's3:ReplicateTags': undefined,
  's3:ObjectOwnerOverrideToBucketOwner': undefined,
  'iam:PassRole': undefined,
};

/** `{eventSource, eventName}` alternatives, one per service, for the protected actions. */
export function protectedCallAlternatives(actions: readonly string[] = PROTECTED_ACTIONS): EventPatternObject[] {
  const byService = new Map<string, Set<string>>();
  for (const action of actions) {
    const [service, name] = action.split(':');
    const eventName = action in EVENT_NAME_OF_ACTION ? EVENT_NAME_OF_ACTION[action] : name;
    if (eventName === undefined) continue;
    const names = byService.get(service) ?? new Set<string>();
    names.add(eventName);
    byService.set(service, names);
  }
  return [...byService].map(([service, names]) => ({ eventSource: [`${service}.amazonaws.com`], eventName: [...names] }));
}

/** A denied call on an action the guardrails protect is itself a signal: someone tried. */
export function deniedAttemptRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'guardrail-action-denied',
      name: 'Denied attempt at an action the guardrails protect',
      severity: 'medium',
      why:
        'AccessDenied (or UnauthorizedOperation) on stopping trails, deleting evidence, disabling keys or GuardDuty, re-trusting roles or removing ' +
        'forwarders means someone tried, and will try another way. The CIS unauthorized-calls filter counts every denial, in minutes.',
      runbook: 'Identify the principal and its source IP; if the attempt is not a known misconfigured pipeline, treat the credentials as compromised.',
      pattern: apiCallAcrossServices({
        errorCode: [{ prefix: 'AccessDenied' }, { suffix: 'UnauthorizedOperation' }],
        $or: protectedCallAlternatives(),
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'denied-attempts',
      attack: { techniqueId: 'T1562', name: 'Impair Defenses' },
      falsePositives: 'Pipelines whose role lacks a permission and retries (fix the role or exclude it).',
    },
  ];
}

import { API_CALL_DETAIL_TYPE, CONSOLE_SIGN_IN_DETAIL_TYPE } from '../patterns/cloudtrail-envelope';
import { validateTargets } from './metric-filters';
import type { DetectionTargets, EventPatternObject, EventRuleDefinition } from './types';
import {
  DETECTION_ALARM_EVENTS,
  EVIDENCE_BUCKET_EVENTS,
  GUARDDUTY_TAMPER_EVENTS,
  GUARDRAIL_POLICY_EVENTS,
  LOG_KEY_ALIAS_EVENTS,
  LOG_KEY_STATE_EVENTS,
  TRAIL_LOG_GROUP_EVENTS,
  TRAIL_TAMPER_EVENTS,
} from './watched-actions';

/**
 * The near-real-time rules: seconds instead of the metric filters' delivery delay, but EventBridge
 * receives CloudTrail events on a best-effort basis, which is why the metric filters stay as backup.
 */
export function eventRuleDefinitions(targets: DetectionTargets): EventRuleDefinition[] {
  validateTargets(targets);
  return [
    {
      id: 'root-activity',
      name: 'Root user activity',
      severity: 'critical',
      why: 'Any root action outside break-glass is an incident. Actions AWS services take for root (invokedBy set) are excluded, as in CIS CloudWatch.1.',
      runbook: 'Call the root credential owner; if nobody claims the action, rotate the root password and MFA and review the session.',
      // Console actions and sign-ins come with their own detail-types; service events do not count.
      pattern: {
        'detail-type': [API_CALL_DETAIL_TYPE, CONSOLE_SIGN_IN_DETAIL_TYPE, 'AWS Console Action via CloudTrail'],
        detail: { userIdentity: { type: ['Root'], invokedBy: [{ exists: false }] } },
      },
      // Root API calls happen in any Region; root sign-ins are recorded in us-east-1.
      arrivesIn: 'every-region',
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
    },
    {
      id: 'org-trail-tampering',
      name: 'Organization trail stopped or reconfigured',
      severity: 'critical',
      why: 'Stopping, deleting or narrowing the org trail blinds every other detection. Failed attempts fire too: an attempt is already hostile.',
      runbook: 'Run GetTrailStatus and GetEventSelectors on the trail, restore it from Terraform, and find the caller.',
      pattern: {
        source: ['aws.cloudtrail'],
        'detail-type': [API_CALL_DETAIL_TYPE],
        detail: {
          eventName: [...TRAIL_TAMPER_EVENTS],
          // StopLogging, DeleteTrail and UpdateTrail take `name`; the selector calls take `trailName`. Either may be a name or an ARN.
          $or: [
            { requestParameters: { name: trailNameMatches(targets.trailName) } },
            { requestParameters: { trailName: trailNameMatches(targets.trailName) } },
          ],
        },
      },
      arrivesIn: 'every-region',
    },
    {
      id: 'guardrail-policy-changes',
      name: 'SCP/RCP detached, updated or deleted, or an account leaving',
      severity: 'high',
      why: 'SCPs and RCPs stop member accounts deleting evidence; LeaveOrganization takes an account out from under all of them.',
      runbook: 'Look up the policy id (or the leaving account) in Organizations and re-apply the trailguard policies from Terraform.',
      pattern: {
        source: ['aws.organizations'],
        'detail-type': [API_CALL_DETAIL_TYPE],
        detail: { eventName: [...GUARDRAIL_POLICY_EVENTS] },
      },
      // Organizations is a global service: its events reach EventBridge in us-east-1 of the calling account.
      arrivesIn: 'us-east-1',
    },
    {
      id: 'log-key-changes',
      name: 'Log key disabled, scheduled for deletion or re-policied',
      severity: 'critical',
      why:
        'Without the log key the encrypted logs cannot be read; a new key policy can hand them to someone else. Key ids are random, ' +
        'so key-state changes are scoped to the accounts and Region that hold the log keys: any other key there fires too.',
      runbook: 'Check the key state; cancel the deletion (CancelKeyDeletion), re-enable the key and restore its policy from Terraform.',
      pattern: {
        source: ['aws.kms'],
        'detail-type': [API_CALL_DETAIL_TYPE],
        detail: {
          $or: [
            logKeyScope(targets).length > 0
              ? { eventName: [...LOG_KEY_STATE_EVENTS], resources: { ARN: logKeyScope(targets) } }
              : { eventName: [...LOG_KEY_STATE_EVENTS] },
            { eventName: [...LOG_KEY_ALIAS_EVENTS], requestParameters: { aliasName: [...targets.logKeyAliasNames] } },
          ],
        },
      },
      arrivesIn: 'every-region',
    },
    {
      id: 'trail-log-group-tampering',
      name: 'Trail log group, its metric filters or alarms deleted or changed',
      severity: 'high',
      why:
        'The trail\'s log group feeds every metric filter and lives in the management account, where no SCP applies. Deleting it, ' +
        'rewriting or deleting its filters, or deleting or muting their alarms blinds the backup path; retention and key changes ' +
        'shorten or weaken its copy of the trail. The S3 evidence and these rules remain, hence high, not critical.',
      runbook: 'Re-apply the management stack from Terraform (log group, filters, alarms), then find the caller. A planned apply that changes filters also fires this.',
      pattern: {
        'detail-type': [API_CALL_DETAIL_TYPE],
        detail: {
          // Matched on eventSource: the bus source of CloudWatch (monitoring) calls is not its eventSource prefix.
          $or: [
            {
              eventSource: ['logs.amazonaws.com'],
              eventName: [...TRAIL_LOG_GROUP_EVENTS],
              requestParameters: { logGroupName: [targets.trailLogGroupName] },
            },
            {
              eventSource: ['monitoring.amazonaws.com'],
              eventName: [...DETECTION_ALARM_EVENTS],
              requestParameters: { alarmNames: [{ prefix: targets.alarmNamePrefix }] },
            },
          ],
        },
      },
      // The log group and alarms are in the management account's home Region, which may be any Region.
      arrivesIn: 'every-region',
    },
    {
      id: 'evidence-bucket-changes',
      name: 'Evidence bucket policy, versioning, lock or retention changed',
      severity: 'critical',
      why: 'The evidence buckets hold the logs; weakening their policy, versioning, Object Lock or lifecycle is how evidence is destroyed.',
      runbook: 'Compare the bucket configuration with the Terraform state and revert; find the caller before they try again.',
      pattern: {
        source: ['aws.s3'],
        'detail-type': [API_CALL_DETAIL_TYPE],
        detail: { eventName: [...EVIDENCE_BUCKET_EVENTS], requestParameters: { bucketName: [...targets.evidenceBucketNames] } },
      },
      arrivesIn: 'every-region',
    },
    {
      id: 'guardduty-tampering',
      name: 'GuardDuty detector deleted or disassociated',
      severity: 'high',
      why: 'Deleting a detector or cutting an account from the GuardDuty administrator stops threat detection for that account and Region.',
      runbook: 'Re-enable the detector or re-associate the member from the delegated administrator, then find the caller.',
      pattern: {
        source: ['aws.guardduty'],
        'detail-type': [API_CALL_DETAIL_TYPE],
        detail: {
          $or: [{ eventName: [...GUARDDUTY_TAMPER_EVENTS] }, { eventName: ['UpdateDetector'], requestParameters: { enable: [false] } }],
        },
      },
      // GuardDuty is regional: a detector exists per Region.
      arrivesIn: 'every-region',
    },
    {
      id: 'root-access-key-created',
      name: 'Root access key created',
      severity: 'critical',
      why: 'Root access keys are never needed for daily work and cannot be limited by any policy. A root CreateAccessKey without userName creates a key for root itself.',
      runbook: 'Delete the root access key now, then find out who signed in as root.',
      pattern: {
        source: ['aws.iam'],
        'detail-type': [API_CALL_DETAIL_TYPE],
        detail: {
          eventName: ['CreateAccessKey'],
          userIdentity: { type: ['Root'] },
          requestParameters: { userName: [{ exists: false }] },
        },
      },
      // IAM is a global service: its events reach EventBridge in us-east-1.
      arrivesIn: 'us-east-1',
    },
    {
      id: 'guardduty-high-severity-finding',
      name: 'GuardDuty finding of high or critical severity',
      severity: 'high',
      why: 'GuardDuty rates 7.0 to 8.9 high and 9.0 and above critical; lower severities go to the daily review, not a page.',
      runbook: 'Open the finding in the GuardDuty administrator account and follow its remediation for the finding type.',
      pattern: {
        source: ['aws.guardduty'],
        'detail-type': ['GuardDuty Finding'],
        detail: { severity: [{ numeric: ['>=', 7] }] },
      },
      // Findings of every member reach the administrator account, in the Region where they were raised.
      arrivesIn: 'every-region',
    },
  ];
}

function trailNameMatches(trailName: string): EventPatternObject[keyof EventPatternObject][] {
  return [trailName, { suffix: `:trail/${trailName}` }];
}

/** Exact key ARNs and account/Region prefixes; empty means every key. */
function logKeyScope(targets: DetectionTargets): EventPatternObject[keyof EventPatternObject][] {
  return [...(targets.logKeyArns ?? []), ...(targets.logKeyArnPrefixes ?? []).map((prefix) => ({ prefix }))];
}

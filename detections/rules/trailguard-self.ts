import type { DetectionTargets, EventPatternObject } from '../types';
import {
  DETECTION_ALARM_EVENTS,
  EVIDENCE_BUCKET_EVENTS,
  FORWARDER_RULE_EVENTS,
  FORWARDER_STACK_SET_EVENTS,
  GUARDDUTY_TAMPER_EVENTS,
  GUARDRAIL_POLICY_EVENTS,
  LOG_KEY_ALIAS_EVENTS,
  LOG_KEY_STATE_EVENTS,
  TRAIL_LOG_GROUP_EVENTS,
  TRAIL_TAMPER_EVENTS,
} from '../watched-actions';
import { apiCall, apiCallAcrossServices } from './pattern-parts';
import type { LeafValue, RuleDraft } from './pattern-parts';

/** Watchers of trailguard's own resources: the trail, guardrails, keys, log group, buckets, GuardDuty and forwarders. */
export function trailguardSelfRules(targets: DetectionTargets): RuleDraft[] {
  const forwarders = forwarderAlternatives(targets);
  return [
    {
      id: 'org-trail-tampering',
      name: 'Organization trail stopped or reconfigured',
      severity: 'critical',
      why: 'Stopping, deleting or narrowing the org trail blinds every other detection. Failed attempts fire too: an attempt is already hostile.',
      runbook: 'Run GetTrailStatus and GetEventSelectors on the trail, restore it from Terraform, and find the caller.',
      pattern: apiCall(['cloudtrail.amazonaws.com'], {
        eventName: [...TRAIL_TAMPER_EVENTS],
        // StopLogging, DeleteTrail and UpdateTrail take `name`; the selector calls take `trailName`. Either may be a name or an ARN.
        $or: [
          { requestParameters: { name: trailNameMatches(targets.trailName) } },
          { requestParameters: { trailName: trailNameMatches(targets.trailName) } },
        ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'trailguard-self',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.008', name: 'Disable or Modify Cloud Logs' },
      falsePositives: 'trailguard\'s own applies that change the trail.',
    },
    {
      id: 'guardrail-policy-changes',
      name: 'SCP/RCP detached, updated or deleted, or an account leaving',
      severity: 'high',
      why: 'SCPs and RCPs stop member accounts deleting evidence; LeaveOrganization takes an account out from under all of them.',
      runbook: 'Look up the policy id (or the leaving account) in Organizations and re-apply the trailguard policies from Terraform.',
      pattern: apiCall(['organizations.amazonaws.com'], { eventName: [...GUARDRAIL_POLICY_EVENTS] }),
      // Organizations is a global service: its events reach EventBridge in us-east-1 of the calling account.
      arrivesIn: 'us-east-1',
      techniqueClass: 'trailguard-self',
      attack: { techniqueId: 'T1484', name: 'Domain or Tenant Policy Modification' },
      falsePositives: 'Changes to tag and backup policies (the records do not carry the policy type).',
    },
    {
      id: 'log-key-changes',
      name: 'Log key disabled, scheduled for deletion or re-policied',
      severity: 'critical',
      why:
        'Without the log key the encrypted logs cannot be read; a new key policy can hand them to someone else. Key ids are random, ' +
        'so key-state changes are scoped to the accounts and Region that hold the log keys: any other key there fires too.',
      runbook: 'Check the key state; cancel the deletion (CancelKeyDeletion), re-enable the key and restore its policy from Terraform.',
      pattern: apiCall(['kms.amazonaws.com'], {
        $or: [
          logKeyScope(targets).length > 0
            ? { eventName: [...LOG_KEY_STATE_EVENTS], resources: { ARN: logKeyScope(targets) } }
            : { eventName: [...LOG_KEY_STATE_EVENTS] },
          { eventName: [...LOG_KEY_ALIAS_EVENTS], requestParameters: { aliasName: [...targets.logKeyAliasNames] } },
        ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'trailguard-self',
      attack: { techniqueId: 'T1485', name: 'Data Destruction' },
      falsePositives: 'Other keys in the accounts and Region of the log keys.',
    },
    {
      id: 'trail-log-group-tampering',
      name: 'Trail log group, its metric filters or alarms deleted or changed',
      severity: 'high',
      why:
        'The trail\'s log group feeds every metric filter and lives in the management account, where no SCP applies. Deleting it, ' +
        'rewriting or deleting its filters, or deleting or muting their alarms blinds the backup path; retention and key changes ' +
        'shorten or weaken its copy of the trail. The S3 evidence and these rules remain, hence high, not critical. Any alarm name ' +
        'of a call counts: EventBridge matches an array element by element, so a decoy name first does not hide the others.',
      runbook: 'Re-apply the management stack from Terraform (log group, filters, alarms), then find the caller. A planned apply that changes filters also fires this.',
      // Matched on eventSource: the bus source of CloudWatch (monitoring) calls is not its eventSource prefix.
      pattern: apiCallAcrossServices({
        $or: [
          { eventSource: ['logs.amazonaws.com'], eventName: [...TRAIL_LOG_GROUP_EVENTS], requestParameters: { logGroupName: [targets.trailLogGroupName] } },
          { eventSource: ['monitoring.amazonaws.com'], eventName: [...DETECTION_ALARM_EVENTS], requestParameters: { alarmNames: [{ prefix: targets.alarmNamePrefix }] } },
        ],
      }),
      // The log group and alarms are in the management account's home Region, which may be any Region.
      arrivesIn: 'every-region',
      techniqueClass: 'trailguard-self',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.008', name: 'Disable or Modify Cloud Logs' },
      falsePositives: 'trailguard\'s own applies that change filters or alarms.',
    },
    {
      id: 'evidence-bucket-changes',
      name: 'Evidence bucket policy, versioning, lock or retention changed',
      severity: 'critical',
      why: 'The evidence buckets hold the logs; weakening their policy, versioning, Object Lock or lifecycle is how evidence is destroyed.',
      runbook: 'Compare the bucket configuration with the Terraform state and revert; find the caller before they try again.',
      pattern: apiCall(['s3.amazonaws.com'], { eventName: [...EVIDENCE_BUCKET_EVENTS], requestParameters: { bucketName: [...targets.evidenceBucketNames] } }),
      arrivesIn: 'every-region',
      techniqueClass: 'trailguard-self',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.008', name: 'Disable or Modify Cloud Logs' },
      falsePositives: 'trailguard\'s own applies that change the buckets.',
    },
    {
      id: 'guardduty-tampering',
      name: 'GuardDuty detector deleted or disassociated',
      severity: 'high',
      why: 'Deleting a detector or cutting an account from the GuardDuty administrator stops threat detection for that account and Region.',
      runbook: 'Re-enable the detector or re-associate the member from the delegated administrator, then find the caller.',
      pattern: apiCall(['guardduty.amazonaws.com'], {
        $or: [{ eventName: [...GUARDDUTY_TAMPER_EVENTS] }, { eventName: ['UpdateDetector'], requestParameters: { enable: [false] } }],
      }),
      // GuardDuty is regional: a detector exists per Region.
      arrivesIn: 'every-region',
      techniqueClass: 'trailguard-self',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.001', name: 'Disable or Modify Tools' },
      falsePositives: 'Member off-boarding.',
    },
    ...(forwarders.length === 0 ? [] : [{
      id: 'forwarder-tampering',
      name: 'Forwarding rule deleted, disabled or emptied, or the forwarder StackSet changed',
      severity: 'high' as const,
      why:
        'The forwarders carry every rule\'s events to the security account. In the management account no SCP protects them, and the StackSet ' +
        'that deploys them to members can remove them everywhere at once.',
      runbook: 'Re-apply the management stack (forwarders and StackSet) from Terraform and find the caller; events since the change were not forwarded.',
      pattern: apiCallAcrossServices(forwarders.length === 1 ? forwarders[0] : { $or: forwarders }),
      arrivesIn: 'every-region' as const,
      techniqueClass: 'trailguard-self' as const,
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.001', name: 'Disable or Modify Tools' },
      falsePositives: 'trailguard\'s own applies that replace forwarders.',
    }]),
  ];
}

/** DeleteRule and DisableRule take `name`, RemoveTargets takes `rule`; a StackSet is named by name or `name:id`. */
function forwarderAlternatives(targets: DetectionTargets): EventPatternObject[] {
  const out: EventPatternObject[] = [];
  if (targets.forwarderRuleNamePrefix !== undefined) {
    const prefix = [{ prefix: targets.forwarderRuleNamePrefix }];
    out.push({ eventSource: ['events.amazonaws.com'], eventName: [...FORWARDER_RULE_EVENTS], $or: [{ requestParameters: { name: prefix } }, { requestParameters: { rule: prefix } }] });
  }
  if (targets.forwarderStackSetName !== undefined) {
    const name = targets.forwarderStackSetName;
    out.push({ eventSource: ['cloudformation.amazonaws.com'], eventName: [...FORWARDER_STACK_SET_EVENTS], requestParameters: { stackSetName: [name, { prefix: `${name}:` }] } });
  }
  return out;
}

function trailNameMatches(trailName: string): LeafValue[] {
  return [trailName, { suffix: `:trail/${trailName}` }];
}

/** Exact key ARNs and account/Region prefixes; empty means every key. */
function logKeyScope(targets: DetectionTargets): LeafValue[] {
  return [...(targets.logKeyArns ?? []), ...(targets.logKeyArnPrefixes ?? []).map((prefix) => ({ prefix }))];
}

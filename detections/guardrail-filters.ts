import type { DetectionTargets, MetricFilterDefinition } from './types';
import {
  DETECTION_ALARM_EVENTS,
  EVIDENCE_BUCKET_EVENTS,
  GUARDRAIL_POLICY_EVENTS,
  LOG_KEY_ALIAS_EVENTS,
  LOG_KEY_STATE_EVENTS,
  TRAIL_LOG_GROUP_EVENTS,
} from './watched-actions';

/**
 * trailguard's own watchers: metric filters on the resources that hold and protect the evidence.
 * They back up the EventBridge rules (which are best effort) with the delivered trail.
 */
export function guardrailMetricFilters(targets: DetectionTargets): MetricFilterDefinition[] {
  return [
    {
      id: 'evidence-bucket-changes',
      name: 'Evidence bucket configuration changes',
      securityHubControl: undefined,
      cisControl: undefined,
      pattern: `{($.eventSource=s3.amazonaws.com) && (${anyOf('$.eventName', EVIDENCE_BUCKET_EVENTS)}) && (${anyOf('$.requestParameters.bucketName', targets.evidenceBucketNames, true)})}`,
      severity: 'critical',
      runbook: 'Compare the bucket policy, versioning, Object Lock and lifecycle settings with the deployed Terraform state and revert any drift.',
      why: 'The evidence buckets are what an investigation stands on; weakening their policy, retention or encryption is how logs are destroyed.',
    },
    {
      id: 'log-key-changes',
      name: 'Log encryption key changes',
      securityHubControl: undefined,
      cisControl: undefined,
      pattern: logKeyPattern(targets),
      severity: 'critical',
      runbook: 'Check the key state and policy of the log key; cancel any scheduled deletion and restore the policy from Terraform.',
      why: 'Disabling, deleting or re-policying the log key makes every encrypted log unreadable or readable by others.',
    },
    {
      id: 'trail-log-group-tampering',
      name: 'Trail log group, metric filter or alarm changes',
      securityHubControl: undefined,
      cisControl: undefined,
      pattern: trailLogGroupPattern(targets),
      severity: 'high',
      runbook: 'Re-apply the management stack from Terraform (log group retention and key, filters, alarms), then find the caller.',
      why: 'The log group feeds every metric filter and no SCP protects it; a rewritten filter or muted alarm fails silently.',
    },
    {
      id: 'guardrail-policy-changes',
      name: 'SCP and RCP guardrail changes',
      securityHubControl: undefined,
      cisControl: undefined,
      pattern: `{($.eventSource=organizations.amazonaws.com) && (${anyOf('$.eventName', GUARDRAIL_POLICY_EVENTS)})}`,
      severity: 'high',
      runbook: 'Look up the policy id in Organizations: if it is a trailguard SCP or RCP, re-apply it from Terraform and find who changed it.',
      why: 'The SCPs and RCPs are what stop member accounts deleting logs; detaching or editing them removes that protection silently.',
    },
  ];
}

function logKeyPattern(targets: DetectionTargets): string {
  // A filter's `*` is a wildcard, so a prefix becomes `"<prefix>*"`. KMS key-state records name one key, in resources[0].
  const arns = [...(targets.logKeyArns ?? []), ...(targets.logKeyArnPrefixes ?? []).map((prefix) => `${prefix}*`)];
  const keyScope = arns.length > 0 ? ` && (${anyOf('$.resources[0].ARN', arns, true)})` : '';
  const keyState = `((${anyOf('$.eventName', LOG_KEY_STATE_EVENTS)})${keyScope})`;
  const alias = `((${anyOf('$.eventName', LOG_KEY_ALIAS_EVENTS)}) && (${anyOf('$.requestParameters.aliasName', targets.logKeyAliasNames, true)}))`;
  return `{($.eventSource=kms.amazonaws.com) && (${keyState} || ${alias})}`;
}

/** How many alarm names of one DeleteAlarms/DisableAlarmActions call the filter checks (the 1,024-character limit allows no more with long prefixes). */
export const ALARM_NAMES_CHECKED = 5;

function trailLogGroupPattern(targets: DetectionTargets): string {
  // A DeleteLogGroup record cannot reach the group it deleted, so only the EventBridge rule watches it.
  const logGroupEvents = TRAIL_LOG_GROUP_EVENTS.filter((e) => e !== 'DeleteLogGroup');
  const logGroup = `(($.eventSource=logs.amazonaws.com) && (${anyOf('$.eventName', logGroupEvents)}) && (${anyOf('$.requestParameters.logGroupName', [targets.trailLogGroupName], true)}))`;
  // Filters cannot match any element of an array, so the first ALARM_NAMES_CHECKED names are checked
  // one by one (a decoy name first must not hide the rest); the EventBridge rule checks every element.
  const alarmNames = Array.from({ length: ALARM_NAMES_CHECKED }, (_, i) => anyOf(`$.requestParameters.alarmNames[${i}]`, [`${targets.alarmNamePrefix}*`], true));
  const alarms = `(($.eventSource=monitoring.amazonaws.com) && (${anyOf('$.eventName', DETECTION_ALARM_EVENTS)}) && (${alarmNames.join(' || ')}))`;
  return `{${logGroup} || ${alarms}}`;
}

/** `($.x=A) || ($.x=B)`; deployment names are quoted because they hold `-`, `/` and `:`. */
function anyOf(selector: string, values: readonly string[], quoted = false): string {
  return values.map((v) => `(${selector}=${quoted ? JSON.stringify(v) : v})`).join(' || ');
}

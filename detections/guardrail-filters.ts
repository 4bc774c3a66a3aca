import type { DetectionTargets, MetricFilterDefinition } from './types';
import { EVIDENCE_BUCKET_EVENTS, GUARDRAIL_POLICY_EVENTS, LOG_KEY_ALIAS_EVENTS, LOG_KEY_STATE_EVENTS } from './watched-actions';

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
  const keyScope = targets.logKeyArns !== undefined && targets.logKeyArns.length > 0
    ? ` && (${anyOf('$.resources[0].ARN', targets.logKeyArns, true)})`
    : '';
  const keyState = `((${anyOf('$.eventName', LOG_KEY_STATE_EVENTS)})${keyScope})`;
  const alias = `((${anyOf('$.eventName', LOG_KEY_ALIAS_EVENTS)}) && (${anyOf('$.requestParameters.aliasName', targets.logKeyAliasNames, true)}))`;
  return `{($.eventSource=kms.amazonaws.com) && (${keyState} || ${alias})}`;
}

/** `($.x=A) || ($.x=B)`; deployment names are quoted because they hold `-`, `/` and `:`. */
function anyOf(selector: string, values: readonly string[], quoted = false): string {
  return values.map((v) => `(${selector}=${quoted ? JSON.stringify(v) : v})`).join(' || ');
}

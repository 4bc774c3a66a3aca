import type { MetricFilterDefinition } from './types';

/**
 * Techniques that are volume, not one call: EventBridge matches one event at a time and cannot
 * count, so these metric filters count in the trail's log group and alarm at a threshold per period.
 * They exist only where CloudWatch Logs delivery is on, like every metric filter.
 */
export const VOLUME_METRIC_FILTERS: readonly MetricFilterDefinition[] = [
  {
    id: 'bulk-object-deletions',
    name: 'S3 objects deleted in bulk',
    securityHubControl: undefined,
    cisControl: undefined,
    pattern: '{ ($.eventSource = "s3.amazonaws.com") && (($.eventName = "DeleteObject") || ($.eventName = "DeleteObjects")) && ($.errorCode NOT EXISTS) }',
    threshold: 500,
    severity: 'high',
    runbook: 'Find the principal deleting objects (Logs Insights on the trail log group, eventName DeleteObject*), revoke its sessions, and restore from versions.',
    why: 'Ransomware and sabotage delete objects by the thousand. Needs S3 data events on the trail; each DeleteObjects call counts once.',
  },
  {
    id: 'bulk-snapshot-deletions',
    name: 'Snapshots or AMIs deleted in bulk',
    securityHubControl: undefined,
    cisControl: undefined,
    pattern: '{ (($.eventName = "DeleteSnapshot") || ($.eventName = "DeregisterImage") || ($.eventName = "DeleteDBSnapshot") || ($.eventName = "DeleteDBClusterSnapshot")) && ($.errorCode NOT EXISTS) }',
    threshold: 20,
    severity: 'high',
    runbook: 'Find the principal and stop it (deny by SCP or revoke sessions); check AWS Backup and the Recycle Bin for what can still be restored.',
    why: 'Deleting backups before encrypting or destroying data removes the way back; lifecycle jobs delete a few at a time, an attacker many.',
  },
  {
    id: 'secrets-read-volume',
    name: 'Secrets read in volume',
    securityHubControl: undefined,
    cisControl: undefined,
    pattern: '{ ($.eventSource = "secretsmanager.amazonaws.com") && (($.eventName = "GetSecretValue") || ($.eventName = "BatchGetSecretValue")) }',
    threshold: 100,
    severity: 'medium',
    runbook: 'Group the reads by userIdentity.arn (Logs Insights) and rotate the secrets read by any principal that is not a known application.',
    why: 'Harvesting secrets one GetSecretValue at a time looks like an application; only the count per period gives it away.',
  },
  {
    id: 'discovery-burst-long-term-keys',
    name: 'Burst of Describe and List calls with long-term keys',
    securityHubControl: undefined,
    cisControl: undefined,
    pattern: '{ ($.userIdentity.accessKeyId = "AKIA*") && (($.eventName = "Describe*") || ($.eventName = "List*") || ($.eventName = "Get*")) }',
    threshold: 300,
    severity: 'medium',
    runbook: 'Find the IAM user whose key made the calls; if it is not an inventory tool, deactivate the key and review what it read.',
    why: 'Enumeration with a stolen key reads hundreds of inventories in minutes; people and pipelines work through roles.',
  },
];

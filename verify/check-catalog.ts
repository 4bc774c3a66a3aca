import type { VerifyCall } from './verify-calls';

/** One check verify reports: what it proves, where it runs, and the AWS calls it reads. */
export interface CheckDefinition {
  readonly check: string;
  readonly where: string;
  readonly proves: string;
  readonly calls: readonly VerifyCall[];
}

/**
 * Every check, for the docs and the operator. A test runs verify against a healthy fake
 * organization and compares the checks it reports, and the calls it makes, with this list.
 */
export const CHECK_CATALOG: readonly CheckDefinition[] = [
  { check: 'trail.configuration', where: 'management, home Region', proves: 'the trail exists, is an organization trail, multi-Region, with log file validation and global events, writing to the evidence bucket', calls: ['cloudtrail:GetTrail'] },
  { check: 'trail.logging', where: 'management, home Region', proves: '`IsLogging` is true', calls: ['cloudtrail:GetTrailStatus'] },
  { check: 'trail.delivery', where: 'management, home Region', proves: '`LatestDeliveryTime` is younger than `--max-delivery-age` and `LatestDeliveryError` is empty', calls: ['cloudtrail:GetTrailStatus'] },
  { check: 'trail.digest-delivery', where: 'management, home Region', proves: 'the same for digest files (`LatestDigestDeliveryTime`, `LatestDigestDeliveryError`)', calls: ['cloudtrail:GetTrailStatus'] },
  { check: 'trail.cloudwatch-logs-delivery', where: 'management, home Region, when delivery is planned', proves: 'the same for CloudWatch Logs delivery', calls: ['cloudtrail:GetTrailStatus'] },
  { check: 'trail.event-selectors', where: 'management, home Region', proves: 'the advanced event selectors equal the planned ones', calls: ['cloudtrail:GetEventSelectors'] },
  { check: 'trail.insight-selectors', where: 'management, home Region', proves: 'the Insights types equal the planned ones (none: `InsightNotEnabledException`)', calls: ['cloudtrail:GetInsightSelectors'] },
  { check: 'evidence.object-lock', where: 'log-archive, home Region', proves: 'Object Lock is enabled with the planned default mode and days', calls: ['s3:GetObjectLockConfiguration'] },
  { check: 'evidence.versioning', where: 'log-archive, home Region', proves: 'versioning is `Enabled`', calls: ['s3:GetBucketVersioning'] },
  { check: 'evidence.encryption', where: 'log-archive, home Region', proves: 'default encryption is SSE-KMS with the log key and a bucket key', calls: ['s3:GetBucketEncryption', 'kms:DescribeKey'] },
  { check: 'evidence.public-access-block', where: 'log-archive, home Region', proves: 'all four public access block settings are on', calls: ['s3:GetPublicAccessBlock'] },
  { check: 'evidence.access-logging', where: 'log-archive, home Region', proves: 'server access logging goes to the access-log bucket and prefix, or is off when not planned', calls: ['s3:GetBucketLogging'] },
  { check: 'evidence.lifecycle', where: 'log-archive, home Region', proves: 'the retention rule has the planned expiry, noncurrent expiry and transitions', calls: ['s3:GetBucketLifecycleConfiguration'] },
  { check: 'evidence.bucket-policy', where: 'log-archive, home Region', proves: 'the bucket policy equals the planned one (normalized JSON)', calls: ['s3:GetBucketPolicy'] },
  { check: 'evidence.log-key', where: 'log-archive, home Region', proves: 'the key behind the log key alias is enabled', calls: ['kms:DescribeKey'] },
  { check: 'evidence.log-key-rotation', where: 'log-archive, home Region', proves: 'automatic rotation is on', calls: ['kms:GetKeyRotationStatus'] },
  { check: 'evidence.log-key-policy', where: 'log-archive, home Region', proves: 'the key policy equals the planned one (normalized JSON)', calls: ['kms:GetKeyPolicy'] },
  { check: 'guardrails.policy-types', where: 'management (Organizations)', proves: 'the SCP and RCP policy types are enabled on the root', calls: ['organizations:ListRoots'] },
  { check: 'guardrails.policy-content', where: 'management (Organizations), per policy', proves: 'each SCP and the RCP exists with the planned content', calls: ['organizations:ListPolicies', 'organizations:DescribePolicy'] },
  { check: 'guardrails.policy-attachment', where: 'management (Organizations), per policy', proves: 'each is attached to every planned target', calls: ['organizations:ListPolicies', 'organizations:ListTargetsForPolicy'] },
  { check: 'guardduty.delegated-admin', where: 'management, every governed Region', proves: 'the security account is the enabled delegated administrator', calls: ['guardduty:ListOrganizationAdminAccounts'] },
  { check: 'guardduty.detector', where: 'security, every governed Region', proves: "the administrator's detector is `ENABLED`", calls: ['guardduty:ListDetectors', 'guardduty:GetDetector'] },
  { check: 'guardduty.auto-enable', where: 'security, every governed Region', proves: 'organization auto-enable is `ALL`', calls: ['guardduty:DescribeOrganizationConfiguration'] },
  { check: 'guardduty.features', where: 'security, every governed Region', proves: 'the features auto-enabled for all accounts are the planned ones', calls: ['guardduty:DescribeOrganizationConfiguration'] },
  { check: 'guardduty.members', where: 'security, every governed Region', proves: 'every active organization account is an `Enabled` member (names the ones that are not)', calls: ['guardduty:ListMembers', 'organizations:ListAccounts'] },
  { check: 'guardduty.publishing-destination', where: 'security, every governed Region', proves: 'a publishing destination is `PUBLISHING`', calls: ['guardduty:ListPublishingDestinations'] },
  { check: 'alerts.bus-policy', where: 'security, every governed Region', proves: 'the central bus exists with the planned policy', calls: ['eventbridge:DescribeEventBus'] },
  { check: 'alerts.central-rules', where: 'security, every governed Region', proves: 'every planned rule exists, is `ENABLED` and targets the topic', calls: ['eventbridge:ListRules', 'eventbridge:ListTargetsByRule'] },
  { check: 'alerts.topic-subscription', where: 'security, every governed Region', proves: 'the topic has at least one confirmed subscription (`PendingConfirmation` fails)', calls: ['sns:ListSubscriptionsByTopic'] },
  { check: 'alerts.stackset', where: 'management, home Region', proves: 'the forwarder StackSet is `ACTIVE`', calls: ['cloudformation:DescribeStackSet'] },
  { check: 'alerts.stackset-instances', where: 'management, home Region', proves: 'an instance is `CURRENT` in every active member account × forwarder Region (names missing and outdated ones)', calls: ['cloudformation:ListStackInstances', 'organizations:ListAccounts'] },
  { check: 'alerts.management-forwarders', where: 'management, every forwarder Region', proves: "the management account's own forwarders are `ENABLED` and target the central bus", calls: ['eventbridge:ListRules', 'eventbridge:ListTargetsByRule'] },
  { check: 'alerts.metric-filters', where: 'management, home Region', proves: 'every metric filter is on the trail log group with its exact pattern', calls: ['logs:DescribeMetricFilters'] },
  { check: 'alerts.alarms', where: 'management, home Region', proves: 'every alarm exists with actions enabled', calls: ['cloudwatch:DescribeAlarms'] },
  { check: 'investigation.table', where: 'log-archive, home Region, when planned', proves: 'the Glue table exists with partition projection on', calls: ['glue:GetTable'] },
  { check: 'investigation.workgroup', where: 'log-archive, home Region, when planned', proves: 'the workgroup is `ENABLED` with its configuration enforced', calls: ['athena:GetWorkGroup'] },
  { check: 'investigation.saved-queries', where: 'log-archive, home Region, when planned', proves: 'every saved query is in the workgroup', calls: ['athena:ListNamedQueries', 'athena:BatchGetNamedQuery'] },
];

/** The catalog as a Markdown table (docs/verification.md embeds it). */
export function checkCatalogMarkdown(): string {
  const rows = CHECK_CATALOG.map((c) => `| \`${c.check}\` | ${c.where} | ${c.proves} | ${c.calls.map((call) => `\`${call}\``).join(', ')} |`);
  return ['| check | where | passes when | AWS calls |', '|---|---|---|---|', ...rows].join('\n');
}

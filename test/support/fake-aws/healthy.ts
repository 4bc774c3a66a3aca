import type { ExpectedDeployment } from '../../../verify/expected';
import type { FakeAwsState, FakeGuardDutyRegion } from './state';

/** Two member accounts besides the three trailguard accounts. */
export const MEMBER_ACCOUNTS = [
  { id: '444444444444', name: 'workload-prod' },
  { id: '555555555555', name: 'workload-dev' },
] as const;

export const LOG_KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

/**
 * An organization deployed exactly as planned, delivering now. Tests break one thing each.
 * The policies are served as AWS stores them: re-serialized, with one-element lists as strings,
 * so verify's comparison must normalize rather than compare text.
 */
export function healthyState(expected: ExpectedDeployment, now: Date): FakeAwsState {
  const { accounts, homeRegion, governedRegions, partition } = expected;
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const keyArn = `arn:${partition}:kms:${homeRegion}:${accounts.logArchive}:key/${LOG_KEY_ID}`;
  const allAccounts = [
    { id: accounts.management, name: 'management' },
    { id: accounts.logArchive, name: 'log-archive' },
    { id: accounts.security, name: 'security' },
    ...MEMBER_ACCOUNTS,
  ].map((a) => ({ ...a, state: 'ACTIVE' as const }));
  const alerts = expected.alerts;
  const gd = expected.guardDuty;

  const rules: FakeAwsState['rules'] = {};
  for (const region of governedRegions) {
    rules[`${accounts.security}/${region}`] = (alerts?.centralRulesByRegion[region] ?? []).map((r) => ({ name: r.name, busName: alerts!.busName, state: 'ENABLED', targets: [r.targetArn] }));
  }
  for (const [region, list] of Object.entries(alerts?.managementForwardersByRegion ?? {})) {
    rules[`${accounts.management}/${region}`] = list.map((r) => ({ name: r.name, state: 'ENABLED', targets: [r.targetArn] }));
  }

  return {
    accounts: allAccounts,
    trail: {
      name: expected.trail.name,
      exists: true,
      config: { IsOrganizationTrail: true, IsMultiRegionTrail: true, LogFileValidationEnabled: true, IncludeGlobalServiceEvents: true, S3BucketName: expected.trail.bucketName },
      status: {
        IsLogging: true,
        LatestDeliveryTime: minutesAgo(4),
        LatestDigestDeliveryTime: minutesAgo(35),
        ...(expected.trail.cloudWatchLogGroupName !== undefined && { LatestCloudWatchLogsDeliveryTime: minutesAgo(1) }),
      },
      // Reversed, as a reminder that order is not meaning.
      advancedEventSelectors: JSON.parse(JSON.stringify([...expected.trail.advancedEventSelectors].reverse())),
      insightTypes: [...expected.trail.insightTypes],
    },
    bucket: {
      name: expected.evidence.bucketName,
      objectLock: { mode: expected.evidence.objectLockMode, days: expected.evidence.retentionDays },
      versioning: 'Enabled',
      sse: { algorithm: 'aws:kms', keyId: keyArn, bucketKey: true },
      publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      logging: expected.evidence.accessLogging === undefined ? null : { TargetBucket: expected.evidence.accessLogging.targetBucket, TargetPrefix: expected.evidence.accessLogging.targetPrefix },
      lifecycle: [{
        id: 'retain-then-expire',
        status: 'Enabled',
        expirationDays: expected.evidence.lifecycle.expirationDays,
        noncurrentDays: expected.evidence.lifecycle.noncurrentDays,
        transitions: [...expected.evidence.lifecycle.transitions],
      }],
      policy: asStored(expected.evidence.bucketPolicy),
    },
    key: { aliasName: expected.evidence.keyAliasName, keyId: LOG_KEY_ID, arn: keyArn, enabled: true, keyState: 'Enabled', rotation: true, policy: asStored(expected.evidence.keyPolicy) },
    organization: {
      roots: [{ id: expected.organizationRootId, policyTypes: expected.guardrails.policyTypes.map((Type) => ({ Type, Status: 'ENABLED' })) }],
      policies: expected.guardrails.policies.map((p, index) => ({ id: `p-fake${String(index).padStart(4, '0')}`, name: p.name, type: p.type, content: asStored(p.document), targets: [...p.targetIds] })),
    },
    guardDuty: Object.fromEntries(governedRegions.map((region): [string, FakeGuardDutyRegion] => [region, {
      adminAccounts: gd === undefined ? [] : [{ adminAccountId: gd.adminAccountId, adminStatus: 'ENABLED' }],
      detector: gd === undefined ? null : { id: `det${region.replace(/-/g, '')}`, status: 'ENABLED' },
      autoEnableOrganizationMembers: 'ALL',
      features: (gd?.features ?? []).map((name) => ({ name, autoEnable: 'ALL' })),
      members: allAccounts.filter((a) => a.id !== accounts.security).map((a) => ({ accountId: a.id, relationshipStatus: 'Enabled' })),
      destinations: [{ destinationId: 'dest1', destinationType: 'S3', status: 'PUBLISHING' }],
    }])),
    buses: Object.fromEntries(governedRegions.map((r) => [r, alerts === undefined ? null : { name: alerts.busName, policy: asStored(alerts.busPolicyByRegion[r]) }])),
    rules,
    topics: Object.fromEntries([...Object.values(alerts?.topicArnByRegion ?? {}), ...(alerts?.metricAlarms === undefined ? [] : [alerts.metricAlarms.alarmTopicArn])].map((arn) => [arn, [{ subscriptionArn: `${arn}:0f1e2d3c-aaaa-bbbb-cccc-1234567890ab`, protocol: 'email', endpoint: 'security-alerts@example.com' }]])),
    stackSet: alerts?.stackSet === undefined ? null : {
      name: alerts.stackSet.name,
      status: 'ACTIVE',
      instances: allAccounts.filter((a) => a.id !== accounts.management).flatMap((a) => alerts.stackSet!.regions.map((region) => ({ account: a.id, region, status: 'CURRENT' }))),
    },
    metricFilters: (alerts?.metricAlarms?.filters ?? []).map((f) => ({ logGroupName: alerts!.metricAlarms!.logGroupName, name: f.name, pattern: f.pattern })),
    alarms: (alerts?.metricAlarms?.alarmNames ?? []).map((name) => ({ name, actionsEnabled: true, actions: [alerts?.metricAlarms?.alarmTopicArn ?? ''], state: 'OK', history: [] })),
    glueTables: expected.investigation === undefined ? [] : [{ database: expected.investigation.databaseName, name: expected.investigation.tableName, parameters: { 'projection.enabled': 'true' } }],
    workgroups: expected.investigation === undefined ? [] : [{ name: expected.investigation.workgroupName, state: 'ENABLED', enforce: true }],
    namedQueries: (expected.investigation?.savedQueryNames ?? []).map((name, index) => ({ id: `nq-${index}`, name, workgroup: expected.investigation!.workgroupName })),
    metrics: [],
    delivered: {},
    faults: {},
  };
}

/** A policy as AWS returns it: one-element lists collapsed to strings, statements reordered. */
export function asStored(document: unknown): string {
  const collapse = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.length === 1 && typeof value[0] === 'string' ? value[0] : value.map(collapse);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, collapse(v)]));
    return value;
  };
  const policy = collapse(document) as { Statement?: unknown[] };
  return JSON.stringify({ ...policy, Statement: Array.isArray(policy.Statement) ? [...policy.Statement].reverse() : policy.Statement });
}

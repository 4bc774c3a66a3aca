/**
 * The live state the fake AWS serves: a plain object the tests mutate to stage a scenario
 * (a stopped trail, an old delivery, a detached SCP ...). Each protocol handler reads it.
 */
export interface FakeRule {
  readonly name: string;
  /** undefined: the default bus. */
  readonly busName?: string;
  state: 'ENABLED' | 'DISABLED';
  targets: string[];
}

export interface FakeGuardDutyRegion {
  adminAccounts: { adminAccountId: string; adminStatus: string }[];
  detector: { id: string; status: 'ENABLED' | 'DISABLED' } | null;
  autoEnableOrganizationMembers: string;
  features: { name: string; autoEnable: string }[];
  members: { accountId: string; relationshipStatus: string }[];
  destinations: { destinationId: string; destinationType: string; status: string }[];
}

export interface FakeAwsState {
  accounts: { id: string; name: string; state: 'ACTIVE' | 'SUSPENDED' }[];
  trail: {
    name: string;
    exists: boolean;
    config: { IsOrganizationTrail: boolean; IsMultiRegionTrail: boolean; LogFileValidationEnabled: boolean; IncludeGlobalServiceEvents: boolean; S3BucketName: string };
    status: {
      IsLogging: boolean;
      LatestDeliveryTime?: Date;
      LatestDeliveryError?: string;
      LatestDigestDeliveryTime?: Date;
      LatestDigestDeliveryError?: string;
      LatestCloudWatchLogsDeliveryTime?: Date;
      LatestCloudWatchLogsDeliveryError?: string;
    };
    advancedEventSelectors: unknown[];
    insightTypes: string[];
  };
  bucket: {
    name: string;
    objectLock: { mode: string; days: number };
    versioning: 'Enabled' | 'Suspended';
    sse: { algorithm: string; keyId: string; bucketKey: boolean };
    publicAccessBlock: { BlockPublicAcls: boolean; IgnorePublicAcls: boolean; BlockPublicPolicy: boolean; RestrictPublicBuckets: boolean } | null;
    logging: { TargetBucket: string; TargetPrefix: string } | null;
    lifecycle: { id: string; status: string; expirationDays: number; noncurrentDays: number; transitions: { days: number; storageClass: string }[] }[];
    policy: string | null;
  };
  key: { aliasName: string; keyId: string; arn: string; enabled: boolean; keyState: string; rotation: boolean; policy: string };
  organization: {
    roots: { id: string; policyTypes: { Type: string; Status: string }[] }[];
    policies: { id: string; name: string; type: string; content: string; targets: string[] }[];
  };
  guardDuty: Record<string, FakeGuardDutyRegion>;
  /** Central buses by Region. */
  buses: Record<string, { name: string; policy: string } | null>;
  /** EventBridge rules by `<account>/<region>`. */
  rules: Record<string, FakeRule[]>;
  /** SNS subscriptions by topic ARN (a missing key: no such topic). */
  topics: Record<string, { subscriptionArn: string; protocol: string; endpoint: string }[]>;
  stackSet: { name: string; status: string; instances: { account: string; region: string; status: string }[] } | null;
  metricFilters: { logGroupName: string; name: string; pattern: string }[];
  alarms: { name: string; actionsEnabled: boolean; actions: string[]; state: string; history: { timestamp: Date; summary: string }[] }[];
  glueTables: { database: string; name: string; parameters: Record<string, string> }[];
  workgroups: { name: string; state: string; enforce: boolean }[];
  namedQueries: { id: string; name: string; workgroup: string }[];
  /** CloudWatch metric data points the fake has emitted (drill: rule and topic metrics). */
  metrics: { account: string; region: string; namespace: string; metricName: string; dimensions: Record<string, string>; at: Date; value: number }[];
  /** Messages delivered to subscribers, by topic ARN (what a subscriber would read). */
  delivered: Record<string, string[]>;
  /**
   * Items per page of every list (ListRules, ListAccounts, DescribeAlarms ...).
   * @default DEFAULT_PAGE_SIZE (2)
   */
  pageSize?: number;
  faults: {
    /** Every service but STS answers AccessDenied: a role with no permissions. */
    accessDenied?: boolean;
    /** The first N calls of every operation are throttled, then answered. */
    throttleFirst?: number;
    /** Only these operations (`cloudtrail:GetTrailStatus`) are throttled; by default, all. */
    throttleOnly?: readonly string[];
    /** Drill: the topic never delivers (a broken subscription or key policy). */
    dropDeliveries?: boolean;
    /** Drill: metric points become visible this long after they happen, as CloudWatch's do. */
    metricDelayMs?: number;
  };
}

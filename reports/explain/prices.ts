/**
 * Prices the cost estimate uses: USD, us-east-1, on-demand list prices, as published on the
 * AWS pricing pages named beside each. Other Regions differ by a few percent; check the pages
 * before budgeting on them.
 */
export const PRICES_AS_OF = '2025-11 (AWS public pricing pages)';

export const PRICES = {
  cloudTrailDataEventsPer100k: { usd: 0.1, source: 'aws.amazon.com/cloudtrail/pricing — data events, $0.10 per 100,000' },
  cloudTrailManagementFirstCopy: { usd: 0, source: 'aws.amazon.com/cloudtrail/pricing — first copy of management events is free' },
  cloudTrailInsightsPer100k: { usd: 0.35, source: 'aws.amazon.com/cloudtrail/pricing — Insights, $0.35 per 100,000 events analyzed' },
  cloudWatchLogsIngestPerGb: { usd: 0.5, source: 'aws.amazon.com/cloudwatch/pricing — Logs standard ingestion, $0.50 per GB' },
  cloudWatchLogsStoragePerGbMonth: { usd: 0.03, source: 'aws.amazon.com/cloudwatch/pricing — Logs archival storage, $0.03 per GB-month' },
  cloudWatchAlarmPerMonth: { usd: 0.1, source: 'aws.amazon.com/cloudwatch/pricing — standard-resolution alarm metric, $0.10 per month' },
  cloudWatchCustomMetricPerMonth: { usd: 0.3, source: 'aws.amazon.com/cloudwatch/pricing — custom metric, $0.30 per month (first 10,000)' },
  s3StandardPerGbMonth: { usd: 0.023, source: 'aws.amazon.com/s3/pricing — S3 Standard, first 50 TB, $0.023 per GB-month' },
  s3StandardIaPerGbMonth: { usd: 0.0125, source: 'aws.amazon.com/s3/pricing — S3 Standard-IA, $0.0125 per GB-month' },
  s3GlacierInstantPerGbMonth: { usd: 0.004, source: 'aws.amazon.com/s3/pricing — S3 Glacier Instant Retrieval, $0.004 per GB-month' },
  s3DeepArchivePerGbMonth: { usd: 0.00099, source: 'aws.amazon.com/s3/pricing — S3 Glacier Deep Archive, $0.00099 per GB-month' },
  kmsKeyPerMonth: { usd: 1, source: 'aws.amazon.com/kms/pricing — customer managed key, $1 per month' },
  securityLakeAwsSourceIngestPerGb: { usd: 0.25, source: 'aws.amazon.com/security-lake/pricing — AWS log sources (VPC Flow Logs, Route 53 Resolver query logs) ingested and normalized, first 100 TB/month tier, $0.25 per GB' },
  eventBridgeCrossAccountPerMillion: { usd: 1, source: 'aws.amazon.com/eventbridge/pricing — events sent to another account’s bus, $1.00 per million' },
} as const;

/** Trace volumes when the caller does not give them: flow logs are usually the largest log of an organization. */
export const TRACE_ASSUMPTIONS = {
  flowLogGbPerDay: 10,
  dnsLogGbPerDay: 1,
  note: 'Flow and DNS volumes are assumptions (set --flow-log-gb-per-day and --dns-log-gb-per-day from your VPCs); Security Lake stores them as Parquet, so storage here, at the ingested size, is an upper bound.',
} as const;

/** Assumptions about CloudTrail records, stated so a reader can redo the arithmetic. */
export const ASSUMPTIONS = {
  bytesPerRecord: 1500,
  gzipRatio: 10,
  daysPerMonth: 30,
  note: 'Average record ~1.5 KB of JSON; CloudTrail gzips files to ~1/10 in S3. S3 bills Standard-IA and Glacier IR objects under 128 KB as 128 KB, so many small files cost more. GuardDuty and Athena are usage-priced and not estimated.',
} as const;

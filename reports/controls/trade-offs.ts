/**
 * The design trade-offs behind controls that stay `not met` whatever the purposes: each says
 * what is given up and what covers for it. The report cites them; nothing else decides them.
 */
export const TRADE_OFFS = {
  accountPublicAccessBlock:
    'Account-wide Block Public Access belongs to the account baseline (the account factory, e.g. Control Tower), not to a logging module; ' +
    'trailguard blocks public access on each of its own buckets (S3.8) and does not take the account-wide switch over.',
  accessLogBucketNotLogged:
    'The access-log bucket is not logged itself: its logs would need a further bucket, and that one another. The guardrails deny changing or deleting it instead.',
  queryResultsNotLogged:
    'Athena query results are scratch copies that expire; who queried the evidence is recorded by the trail (Athena and S3 data events) and the workgroup\'s history.',
  noEventNotifications:
    'Changes to the buckets alert through the trail (the evidence-bucket-changes rule and filter) and are denied by the guardrails; a notification per log file would add cost and no signal.',
  accessLogBucketNotLocked:
    'S3 server access logs cannot be delivered to a bucket with an Object Lock default retention, so the access-log bucket relies on versioning, a lifecycle and the deny-tamper guardrails.',
  queryResultsNotVersioned:
    'Query results are scratch copies that expire after a few days; versioning or Object Lock would keep them past their expiry.',
  accessLogBucketSseS3:
    'S3 server access log delivery does not use SSE-KMS default encryption, so the access-log bucket uses S3-managed keys (SSE-S3); with SSE-KMS no log would arrive.',
} as const;

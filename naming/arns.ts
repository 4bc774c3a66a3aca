// How an ARN and the trail's S3 layout are spelled, defined once. TrailguardNames builds every
// deployment name from these; constructs that take plain props use them for the ARNs they derive.

export function arnOf(partition: string, service: string, region: string, accountId: string, resource: string): string {
  return `arn:${partition}:${service}:${region}:${accountId}:${resource}`;
}

export function s3BucketArn(partition: string, bucketName: string): string {
  return `arn:${partition}:s3:::${bucketName}`;
}

/** Where an organization trail writes in its bucket: `AWSLogs/<org-id>/`. */
export function organizationTrailPrefix(organizationId: string): string {
  return `AWSLogs/${organizationId}/`;
}

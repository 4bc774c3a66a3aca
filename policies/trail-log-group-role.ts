import { policyDocument, type PolicyDocument } from './policy-document';

export interface TrailLogGroupRolePolicyProps {
  /** The trail that may assume the role (`aws:SourceArn`), so no other trail can borrow it. */
  readonly trailArn: string;
  /** The log group the role may write to, without the `:*` suffix. */
  readonly logGroupArn: string;
}

/** Trust policy: only CloudTrail, on behalf of this one trail (confused-deputy protection). */
export function trailLogGroupRoleTrustPolicy(props: TrailLogGroupRolePolicyProps): PolicyDocument {
  return policyDocument([
    {
      Sid: 'AllowCloudTrailForThisTrail',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceArn': props.trailArn } },
    },
  ]);
}

/**
 * Permissions: create streams and put events in the one log group, nothing else. An
 * organization trail writes one stream per account and Region, so the streams are a wildcard.
 */
export function trailLogGroupRolePolicy(props: TrailLogGroupRolePolicyProps): PolicyDocument {
  return policyDocument([
    {
      Sid: 'WriteTrailEventsToItsLogGroup',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: `${props.logGroupArn}:log-stream:*`,
    },
  ]);
}

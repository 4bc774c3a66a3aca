/** The 17 commercial Regions enabled by default in every AWS account. */
export const DEFAULT_ENABLED_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  'ca-central-1', 'sa-east-1',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1',
  'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2',
] as const;

/** Opt-in commercial Regions; an organization must enable them before governing them. */
export const OPT_IN_REGIONS = [
  'af-south-1', 'ap-east-1', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7',
  'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1',
] as const;

export const KNOWN_REGIONS: readonly string[] = [...DEFAULT_ENABLED_REGIONS, ...OPT_IN_REGIONS];

/** Organizations, IAM and console sign-in events are recorded in this Region only. */
export const GLOBAL_EVENTS_REGION = 'us-east-1';

/** The governed Regions plus the global-events Region, where CloudTrail records IAM, sign-in and Organizations calls. */
export function withGlobalEventsRegion(regions: readonly string[]): string[] {
  return [...new Set([...regions, GLOBAL_EVENTS_REGION])];
}

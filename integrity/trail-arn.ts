/** The parts of a trail ARN that name its digest files: `arn:<partition>:cloudtrail:<home-region>:<account>:trail/<name>`. */
export interface TrailIdentity {
  readonly trailArn: string;
  readonly partition: string;
  readonly homeRegion: string;
  readonly accountId: string;
  readonly trailName: string;
}

const TRAIL_ARN = /^arn:([a-z-]+):cloudtrail:([a-z0-9-]+):(\d{12}):trail\/([A-Za-z0-9._-]{3,128})$/;

/** Parses a trail ARN, or returns undefined so callers can report it among other problems. */
export function parseTrailArn(trailArn: string): TrailIdentity | undefined {
  const match = TRAIL_ARN.exec(trailArn);
  if (match === null) return undefined;
  const [, partition, homeRegion, accountId, trailName] = match;
  return { trailArn, partition, homeRegion, accountId, trailName };
}

export const TRAIL_ARN_FORM = 'arn:<partition>:cloudtrail:<region>:<12-digit account>:trail/<name>';

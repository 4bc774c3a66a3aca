import { parseTrailArn, TRAIL_ARN_FORM, type TrailIdentity } from '../../integrity/trail-arn';

/** The flags `validate-logs` and `export-evidence` share: which trail, bucket and range. */
export interface RangeOptions {
  readonly bucket: string;
  readonly trail: TrailIdentity;
  readonly start: Date;
  readonly end: Date;
  readonly prefix?: string;
  readonly accounts?: string[];
  readonly regions?: string[];
}

export interface RangeValues {
  readonly bucket?: string;
  readonly 'trail-arn'?: string;
  readonly 'start-time'?: string;
  readonly 'end-time'?: string;
  readonly prefix?: string;
  readonly account?: string[];
  readonly region?: string[];
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;

function time(flag: string, text: string, problems: string[]): Date | undefined {
  if (!ISO.test(text) || Number.isNaN(Date.parse(text))) {
    problems.push(`${flag}: got "${text}"; expected an ISO 8601 time such as 2026-03-01T00:00:00Z (or a date, 2026-03-01)`);
    return undefined;
  }
  return new Date(text);
}

/** Checks the range flags, pushing every problem (flag, value, what is allowed) onto `problems`. */
export function parseRangeOptions(values: RangeValues, problems: string[], now = new Date()): RangeOptions | undefined {
  const required = ['bucket', 'trail-arn', 'start-time'] as const;
  for (const flag of required) if (values[flag] === undefined) problems.push(`--${flag} is required`);
  if (values.bucket !== undefined && !BUCKET.test(values.bucket)) problems.push(`--bucket: got "${values.bucket}"; expected an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)`);
  const trail = values['trail-arn'] === undefined ? undefined : parseTrailArn(values['trail-arn']);
  if (values['trail-arn'] !== undefined && trail === undefined) problems.push(`--trail-arn: got "${values['trail-arn']}"; expected ${TRAIL_ARN_FORM}`);
  const start = values['start-time'] === undefined ? undefined : time('--start-time', values['start-time'], problems);
  const end = values['end-time'] === undefined ? now : time('--end-time', values['end-time'], problems);
  if (start !== undefined && end !== undefined && end <= start) problems.push(`--end-time: got "${end.toISOString()}"; expected a time after --start-time ${start.toISOString()}`);
  for (const account of values.account ?? []) if (!/^\d{12}$/.test(account)) problems.push(`--account: got "${account}"; expected a 12-digit account id`);
  for (const region of values.region ?? []) if (!REGION.test(region)) problems.push(`--region: got "${region}"; expected a Region name such as eu-west-1`);
  if (problems.length > 0 || values.bucket === undefined || trail === undefined || start === undefined || end === undefined) return undefined;
  return { bucket: values.bucket, trail, start, end, prefix: values.prefix, accounts: values.account, regions: values.region };
}

/** The range flags, as the shared CLI definition declares options. */
export const RANGE_OPTIONS = {
  bucket: { type: 'string', placeholder: '<name>', description: 'The bucket the trail writes to' },
  'trail-arn': { type: 'string', placeholder: '<arn>', description: 'The trail, arn:<partition>:cloudtrail:<region>:<account>:trail/<name>' },
  'start-time': { type: 'string', placeholder: '<time>', description: 'Validate from this ISO 8601 time (or date)' },
  'end-time': { type: 'string', placeholder: '<time>', description: 'Validate up to this ISO 8601 time; default: now' },
  prefix: { type: 'string', placeholder: '<prefix>', description: "The trail's S3 key prefix, if it has one" },
  account: { type: 'strings', placeholder: '<id>', description: 'Only this member account; default: every account under the prefix' },
  region: { type: 'strings', placeholder: '<region>', description: 'Only this Region; default: every Region under the prefix' },
  'public-keys': { type: 'string', placeholder: '<file>', description: 'The JSON of aws cloudtrail list-public-keys; default: ListPublicKeys' },
  concurrency: { type: 'string', placeholder: '<n>', description: 'Downloads at once, 1 to 256; default: 8' },
  // Checked with the other flags, so that every problem is reported at once.
  format: { type: 'string', placeholder: 'text|json', default: 'text', description: 'Output format' },
} as const;

/** `--concurrency`: a whole number from 1 to 256. */
export function parseConcurrency(text: string | undefined, problems: string[]): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 256) {
    problems.push(`--concurrency: got "${text}"; expected a whole number from 1 to 256`);
    return undefined;
  }
  return Number(text);
}

/** `--format`: text or json, checked with the other flags. */
export function parseFormatOption(text: string, problems: string[]): 'text' | 'json' {
  if (text === 'text' || text === 'json') return text;
  problems.push(`--format: got "${text}"; expected one of: text, json`);
  return 'text';
}

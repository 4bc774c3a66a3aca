import type { TrailIdentity } from './trail-arn';

// Key layout, from the CloudTrail user guide ("CloudTrail digest file structure"):
//   [prefix/]AWSLogs/[org-id/]<account>/CloudTrail-Digest/<region>/YYYY/MM/DD/
//   <account>_CloudTrail-Digest_<region>_<trail-name>_<home-region>_<YYYYMMDDTHHMMSSZ>.json.gz
// and log files:
//   [prefix/]AWSLogs/[org-id/]<account>/CloudTrail/<region>/YYYY/MM/DD/
//   <account>_CloudTrail_<region>_<YYYYMMDDTHHMMZ>_<unique>.json.gz

/** One account and Region of a trail: the unit that has its own digest chain. */
export interface DigestStream {
  readonly accountId: string;
  readonly region: string;
  /** `[prefix/]AWSLogs/[org-id/]<account>/`, ending in a slash. */
  readonly accountPrefix: string;
}

export function awsLogsPrefix(prefix: string | undefined): string {
  return prefix === undefined || prefix === '' ? 'AWSLogs/' : `${prefix.replace(/\/+$/, '')}/AWSLogs/`;
}

export function digestFolder(stream: DigestStream): string {
  return `${stream.accountPrefix}CloudTrail-Digest/${stream.region}/`;
}

export function logFolder(stream: DigestStream): string {
  return `${stream.accountPrefix}CloudTrail/${stream.region}/`;
}

/** `YYYYMMDDTHHMMSSZ` (digests) from a date. */
function compactSeconds(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function dayPath(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '/');
}

/** The key a digest ending at `end` would have: used as a listing start point and in fixtures. */
export function digestKey(stream: DigestStream, trail: TrailIdentity, end: Date): string {
  const name = `${stream.accountId}_CloudTrail-Digest_${stream.region}_${trail.trailName}_${trail.homeRegion}_${compactSeconds(end)}.json.gz`;
  return `${digestFolder(stream)}${dayPath(end)}/${name}`;
}

/** The key of a log file delivered at `at` (minute precision, as CloudTrail names them). */
export function logKey(stream: DigestStream, at: Date, unique: string): string {
  const minute = compactSeconds(at).slice(0, 13) + 'Z';
  return `${logFolder(stream)}${dayPath(at)}/${stream.accountId}_CloudTrail_${stream.region}_${minute}_${unique}.json.gz`;
}

function parseCompact(text: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?Z$/.exec(text) ?? [];
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)));
}

/** Matches this trail's digest files in one folder and reads the end time from the name. */
export function digestKeyTime(stream: DigestStream, trail: TrailIdentity, key: string): Date | undefined {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const expected = `${stream.accountId}_CloudTrail-Digest_${stream.region}_${trail.trailName}_${trail.homeRegion}_`;
  if (!key.startsWith(digestFolder(stream)) || !name.startsWith(expected)) return undefined;
  const stamp = /^(\d{8}T\d{6}Z)\.json\.gz$/.exec(name.slice(expected.length));
  return stamp === null ? undefined : parseCompact(stamp[1]);
}

/** The delivery minute in a log file's name, or undefined for keys that are not CloudTrail log files. */
export function logKeyTime(stream: DigestStream, key: string): Date | undefined {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const expected = `${stream.accountId}_CloudTrail_${stream.region}_`;
  if (!key.startsWith(logFolder(stream)) || !name.startsWith(expected)) return undefined;
  const stamp = /^(\d{8}T\d{4}Z)_[A-Za-z0-9]+\.json\.gz$/.exec(name.slice(expected.length));
  return stamp === null ? undefined : parseCompact(stamp[1]);
}

/** The folder of `day`, for listing one day of a stream's digests or logs. */
export function dayFolder(folder: string, day: Date): string {
  return `${folder}${dayPath(day)}/`;
}

/** The stream a digest key belongs to, so a predecessor in another bucket or prefix can be listed. */
export function streamOfDigestKey(key: string): DigestStream | undefined {
  const match = /^(.*?AWSLogs\/(?:o-[a-z0-9]+\/)?(\d{12})\/)CloudTrail-Digest\/([a-z0-9-]+)\//.exec(key);
  return match === null ? undefined : { accountPrefix: match[1], accountId: match[2], region: match[3] };
}

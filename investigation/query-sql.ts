import { DAY_FORMAT, PARTITION_KEYS } from './cloudtrail-table';

/** What a query needs to know about the deployment it runs in. */
export interface QueryContext {
  /** Glue database of the CloudTrail table. */
  readonly database: string;
  /** The CloudTrail table. */
  readonly table: string;
  /** Buckets whose configuration changes count as tampering with the evidence. */
  readonly evidenceBucketNames: readonly string[];
  /** Name of the organization trail. */
  readonly trailName: string;
}

/** `"database"."table"`: quoted, since Glue names may start with a digit. */
export function tableRef(context: QueryContext): string {
  return `"${context.database}"."${context.table}"`;
}

const { account, day } = PARTITION_KEYS;

/**
 * The partition filter every query starts with. `account` is injected, so Athena requires
 * static values for it; `day` prunes to the window. CloudTrail delivers a record after it
 * happened, so its file lands in the record's own day or a later one: the window is widened
 * by one day at the end only.
 */
export function partitionFilter(widenStartDays = 0): string {
  const from = `from_iso8601_timestamp('{{start}}')${widenStartDays > 0 ? ` - INTERVAL '${widenStartDays}' DAY` : ''}`;
  return [
    `${account} IN ({{account_ids}})`,
    `AND ${day} BETWEEN date_format(${from}, '${DAY_FORMAT.trino}')`,
    `  AND date_format(from_iso8601_timestamp('{{end}}') + INTERVAL '1' DAY, '${DAY_FORMAT.trino}')`,
  ].join('\n  ');
}

/** Records whose event time lies in the window (the partition filter only prunes files). */
export const IN_WINDOW = "from_iso8601_timestamp(eventtime) BETWEEN from_iso8601_timestamp('{{start}}') AND from_iso8601_timestamp('{{end}}')";

/** The columns an investigator reads first, in timeline order. */
export const TIMELINE_COLUMNS = [
  'eventtime',
  'account',
  'awsregion',
  'eventsource',
  'eventname',
  'useridentity.type AS identity_type',
  'useridentity.arn AS principal_arn',
  'useridentity.accesskeyid AS access_key_id',
  'sourceipaddress',
  'useragent',
  'errorcode',
  'errormessage',
  'requestparameters',
  'eventid',
].join(',\n  ');

/** A SELECT of the timeline columns over the window, with extra conditions. */
export function timeline(context: QueryContext, conditions: readonly string[], limit = 1000): string {
  return [
    `SELECT\n  ${TIMELINE_COLUMNS}`,
    `FROM ${tableRef(context)}`,
    `WHERE ${partitionFilter()}`,
    `  AND ${IN_WINDOW}`,
    ...conditions.map((condition) => `  AND ${condition}`),
    'ORDER BY eventtime',
    `LIMIT ${limit}`,
  ].join('\n');
}

/** A SQL string list: `'a', 'b'`. Values come from definitions and config, never from users. */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}

/** A Logs Insights string list: `"a", "b"`. */
export function insightsList(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

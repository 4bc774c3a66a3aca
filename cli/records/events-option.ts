/** `--events`, for every command that reads CloudTrail records (cli/records/read-records.ts). */
export const EVENTS_OPTION = {
  type: 'string',
  placeholder: '<file|folder|->',
  required: true,
  description: 'CloudTrail records: JSON lines, a CloudTrail log file {"Records":[...]}, either gzipped; a folder (walked in S3 key order) or - for stdin; bare records or EventBridge events',
} as const;

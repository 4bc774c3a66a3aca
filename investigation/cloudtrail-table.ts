/**
 * The CloudTrail table for Athena, as data: the columns of the AWS-documented table
 * ("Create the table for CloudTrail logs in Athena", Athena user guide), the CloudTrail
 * SerDe and input format, and the partition keys of the organization trail's S3 layout
 * `AWSLogs/<org-id>/<account>/CloudTrail/<region>/<yyyy>/<MM>/<dd>/`.
 *
 * The Glue table and the query tests read the same definition, so a query can only name
 * columns the table really has.
 */

/** A Hive column type: a primitive, a struct of named fields, an array or a string map. */
export type ColumnType =
  | { readonly kind: 'string' }
  | { readonly kind: 'struct'; readonly fields: readonly ColumnDefinition[] }
  | { readonly kind: 'array'; readonly element: ColumnType }
  | { readonly kind: 'map' };

export interface ColumnDefinition {
  readonly name: string;
  readonly type: ColumnType;
}

const str: ColumnType = { kind: 'string' };
const map: ColumnType = { kind: 'map' };
const struct = (fields: Record<string, ColumnType>): ColumnType => ({
  kind: 'struct',
  fields: Object.entries(fields).map(([name, type]) => ({ name, type })),
});
const columns = (fields: Record<string, ColumnType>): ColumnDefinition[] => Object.entries(fields).map(([name, type]) => ({ name, type }));

/** The record columns, lowercase as Athena stores them, in the documented order. */
export const CLOUDTRAIL_COLUMNS: readonly ColumnDefinition[] = columns({
  eventversion: str,
  useridentity: struct({
    type: str,
    principalid: str,
    arn: str,
    accountid: str,
    invokedby: str,
    accesskeyid: str,
    username: str,
    onbehalfof: struct({ userid: str, identitystorearn: str }),
    sessioncontext: struct({
      attributes: struct({ mfaauthenticated: str, creationdate: str }),
      sessionissuer: struct({ type: str, principalid: str, arn: str, accountid: str, username: str }),
      ec2roledelivery: str,
      webidfederationdata: struct({ federatedprovider: str, attributes: map }),
    }),
  }),
  eventtime: str,
  eventsource: str,
  eventname: str,
  awsregion: str,
  sourceipaddress: str,
  useragent: str,
  errorcode: str,
  errormessage: str,
  requestparameters: str,
  responseelements: str,
  additionaleventdata: str,
  requestid: str,
  eventid: str,
  resources: { kind: 'array', element: struct({ arn: str, accountid: str, type: str }) },
  eventtype: str,
  apiversion: str,
  readonly: str,
  recipientaccountid: str,
  serviceeventdetails: str,
  sharedeventid: str,
  vpcendpointid: str,
  vpcendpointaccountid: str,
  eventcategory: str,
  addendum: struct({ reason: str, updatedfields: str, originalrequestid: str, originaleventid: str }),
  sessioncredentialfromconsole: str,
  edgedevicedetails: str,
  tlsdetails: struct({ tlsversion: str, ciphersuite: str, clientprovidedhostheader: str }),
});

/**
 * Partition keys, in path order. `account` is injected (any account id a query names is
 * read at once, so accounts that join the organization tomorrow need no table change);
 * `region` is an enum of the Regions that have events; `day` is a projected date.
 */
export const PARTITION_KEYS = { account: 'account', region: 'region', day: 'day' } as const;
export const PARTITION_COLUMNS: readonly string[] = Object.values(PARTITION_KEYS);

/** The format of the `day` partition, as CloudTrail writes it into the path and Athena projects it. */
export const DAY_FORMAT = { java: 'yyyy/MM/dd', trino: '%Y/%m/%d' } as const;

export const CLOUDTRAIL_SERDE = {
  /** The CloudTrail SerDe: reads CloudTrail's `{"Records":[...]}` files record by record. */
  serializationLibrary: 'com.amazon.emr.hive.serde.CloudTrailSerde',
  inputFormat: 'com.amazon.emr.cloudtrail.CloudTrailInputFormat',
  outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
} as const;

/** The Hive type string Glue stores, for example `struct<arn:string,accountid:string>`. */
export function hiveType(type: ColumnType): string {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'map':
      return 'map<string,string>';
    case 'array':
      return `array<${hiveType(type.element)}>`;
    case 'struct':
      return `struct<${type.fields.map((field) => `${field.name}:${hiveType(field.type)}`).join(',')}>`;
  }
}

/**
 * Every addressable path of the table (`useridentity.sessioncontext.sessionissuer.arn`),
 * partition columns included, for checking the columns a query references.
 */
export function columnPaths(): Set<string> {
  const paths = new Set<string>(PARTITION_COLUMNS);
  const visit = (prefix: string, type: ColumnType): void => {
    paths.add(prefix);
    if (type.kind === 'struct') type.fields.forEach((field) => visit(`${prefix}.${field.name}`, field.type));
  };
  CLOUDTRAIL_COLUMNS.forEach((column) => visit(column.name, column.type));
  return paths;
}

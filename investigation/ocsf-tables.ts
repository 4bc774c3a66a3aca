import type { TraceSource } from '../naming/security-lake-names';

/**
 * The columns of Security Lake's trace tables that the saved queries read, as OCSF 1.1.0
 * defines them and Security Lake source version 2 stores them: Network Activity (class 4001)
 * for `VPC_FLOW`, DNS Activity (class 4003) for `ROUTE53`.
 *
 * Sources: the OCSF schema browser, schema.ocsf.io/1.1.0/classes/network_activity and
 * /classes/dns_activity (objects network_endpoint, network_connection_info, network_traffic,
 * dns_query, cloud, account); the Security Lake user guide, "Security Lake queries for AWS
 * source version 2 (OCSF 1.1.0)" and its partition columns `region`, `accountid`, `eventday`.
 * This is a subset: a query may use only what is listed, and what is listed is real.
 */
type Fields = { readonly [name: string]: Fields | 'leaf' };

const endpoint: Fields = { ip: 'leaf', port: 'leaf', instance_uid: 'leaf', interface_uid: 'leaf', vpc_uid: 'leaf', subnet_uid: 'leaf' };
const cloud: Fields = { account: { uid: 'leaf' }, region: 'leaf', zone: 'leaf', provider: 'leaf' };
const base: Fields = {
  time: 'leaf', // epoch milliseconds (OCSF timestamp_t)
  activity_name: 'leaf',
  class_uid: 'leaf',
  severity: 'leaf',
  cloud,
  metadata: { product: { name: 'leaf', vendor_name: 'leaf' }, version: 'leaf' },
};

export const OCSF_TABLE_FIELDS: Readonly<Record<TraceSource, Fields>> = {
  VPC_FLOW: {
    ...base,
    start_time: 'leaf',
    end_time: 'leaf',
    src_endpoint: endpoint,
    dst_endpoint: endpoint,
    connection_info: { protocol_num: 'leaf', direction: 'leaf', tcp_flags: 'leaf', boundary: 'leaf' },
    traffic: { bytes: 'leaf', packets: 'leaf' },
  },
  ROUTE53: {
    ...base,
    src_endpoint: { ip: 'leaf', port: 'leaf', instance_uid: 'leaf', vpc_uid: 'leaf' },
    query: { hostname: 'leaf', type: 'leaf', class: 'leaf' },
    answers: 'leaf', // array of dns_answer (rdata, type, class, ttl); read whole
    rcode: 'leaf',
    rcode_id: 'leaf',
  },
};

/** Partition columns of every Security Lake v2 table: `eventday` is `yyyyMMdd`. */
export const OCSF_PARTITIONS = { region: 'region', account: 'accountid', day: 'eventday' } as const;
export const OCSF_DAY_FORMAT = { trino: '%Y%m%d' } as const;

/** Every addressable path of one trace table, partitions included. */
export function ocsfColumnPaths(source: TraceSource): Set<string> {
  const paths = new Set<string>(Object.values(OCSF_PARTITIONS));
  const visit = (prefix: string, fields: Fields | 'leaf'): void => {
    paths.add(prefix);
    if (fields !== 'leaf') Object.entries(fields).forEach(([name, inner]) => visit(`${prefix}.${name}`, inner));
  };
  Object.entries(OCSF_TABLE_FIELDS[source]).forEach(([name, fields]) => visit(name, fields));
  return paths;
}

import type { TraceSource } from '../naming/security-lake-names';
import { OCSF_DAY_FORMAT, OCSF_PARTITIONS } from './ocsf-tables';
import { IN_WINDOW, partitionFilter, tableRef, type QueryContext } from './query-sql';

/** Where the trace tables are: the rollup Region's Security Lake database. */
export interface TraceQueryContext extends QueryContext {
  readonly traceDatabase: string;
  readonly traceTables: Readonly<Record<TraceSource, string>>;
}

/** The layers of an investigation, and the question each answers. */
export const LAYERS = {
  'api-calls': 'CloudTrail management events: who called which AWS API, from which IP, with which identity.',
  'object-access': 'CloudTrail S3 and Lambda data events and S3 server access logs: who read or wrote which object, who read the evidence.',
  network: 'VPC flow logs (Security Lake VPC_FLOW): which IPs and ports a network interface talked to, how much, accepted or rejected.',
  dns: 'Route 53 Resolver query logs (Security Lake ROUTE53): which names a host in a VPC looked up, and the answers.',
} as const;
export type Layer = keyof typeof LAYERS;

/** A saved Athena query that follows an incident from one layer into another. */
export interface CrossLayerQuery {
  readonly id: string;
  readonly name: string;
  readonly question: string;
  /** The layers it joins. */
  readonly layers: readonly Layer[];
  athena(context: TraceQueryContext): string;
}

const traceRef = (c: TraceQueryContext, source: TraceSource): string => `"${c.traceDatabase}"."${c.traceTables[source]}"`;
const ms = (placeholder: string): string => `to_unixtime(from_iso8601_timestamp('{{${placeholder}}}')) * 1000`;
const TRACE_TIME = 'from_unixtime(time / 1000)';

/**
 * The partition filter of a trace table: the accounts, and the days of the window
 * (Security Lake partitions by the event's own day, so no day is added at the end).
 */
export function tracePartitionFilter(widenStartDays = 0): string {
  const from = `from_iso8601_timestamp('{{start}}')${widenStartDays > 0 ? ` - INTERVAL '${widenStartDays}' DAY` : ''}`;
  return [
    `${OCSF_PARTITIONS.account} IN ({{account_ids}})`,
    `AND ${OCSF_PARTITIONS.day} BETWEEN date_format(${from}, '${OCSF_DAY_FORMAT.trino}')`,
    `  AND date_format(from_iso8601_timestamp('{{end}}'), '${OCSF_DAY_FORMAT.trino}')`,
  ].join('\n  ');
}

const TRACE_IN_WINDOW = `time BETWEEN ${ms('start')} AND ${ms('end')}`;

/** The CloudTrail record an investigator starts from, by its eventID. */
function anchor(c: TraceQueryContext, columns: string): string {
  return [
    'WITH anchor AS (',
    `  SELECT ${columns}`,
    `  FROM ${tableRef(c)}`,
    `  WHERE ${partitionFilter().replace(/\n/g, '\n  ')}`,
    "    AND eventid = '{{event_id}}'",
    '  LIMIT 1',
    ')',
  ].join('\n');
}

const FLOW_COLUMNS = [
  `${TRACE_TIME} AS flow_time`,
  'accountid AS account_id',
  'src_endpoint.instance_uid AS src_instance',
  'src_endpoint.ip AS src_ip',
  'src_endpoint.port AS src_port',
  'dst_endpoint.instance_uid AS dst_instance',
  'dst_endpoint.ip AS dst_ip',
  'dst_endpoint.port AS dst_port',
  'connection_info.protocol_num AS protocol',
  'connection_info.direction AS direction',
  'traffic.bytes AS bytes',
  'traffic.packets AS packets',
].join(',\n  ');

export function crossLayerQueries(): CrossLayerQuery[] {
  return [
    {
      id: 'ip-across-layers',
      name: 'An IP address across API calls and flows',
      question: 'Everything this IP address did in the window: the AWS API calls made from it and every network flow to or from it, in one timeline.',
      layers: ['api-calls', 'network'],
      athena: (c) =>
        [
          "SELECT 'api-call' AS layer, from_iso8601_timestamp(eventtime) AS event_time, account AS account_id,",
          "  useridentity.arn AS actor, concat(eventsource, ' ', eventname) AS detail, errorcode AS outcome",
          `FROM ${tableRef(c)}`,
          `WHERE ${partitionFilter()}`,
          `  AND ${IN_WINDOW}`,
          "  AND sourceipaddress = '{{source_ip}}'",
          'UNION ALL',
          `SELECT 'flow' AS layer, ${TRACE_TIME} AS event_time, accountid AS account_id,`,
          '  coalesce(src_endpoint.instance_uid, dst_endpoint.instance_uid) AS actor,',
          "  concat(src_endpoint.ip, ':', cast(src_endpoint.port AS varchar), ' -> ', dst_endpoint.ip, ':', cast(dst_endpoint.port AS varchar),",
          "    ' (', cast(traffic.bytes AS varchar), ' bytes)') AS detail,",
          '  connection_info.direction AS outcome',
          `FROM ${traceRef(c, 'VPC_FLOW')}`,
          `WHERE ${tracePartitionFilter()}`,
          `  AND ${TRACE_IN_WINDOW}`,
          "  AND (src_endpoint.ip = '{{source_ip}}' OR dst_endpoint.ip = '{{source_ip}}')",
          'ORDER BY event_time',
          'LIMIT 5000',
        ].join('\n'),
    },
    {
      id: 'instance-flows-around-call',
      name: "An instance's flows around an API call",
      question: 'What did this instance talk to in the 30 minutes before and after the API call with this eventID?',
      layers: ['api-calls', 'network'],
      athena: (c) =>
        [
          anchor(c, 'from_iso8601_timestamp(eventtime) AS anchor_time'),
          `SELECT\n  ${FLOW_COLUMNS}`,
          `FROM ${traceRef(c, 'VPC_FLOW')} CROSS JOIN anchor`,
          // One day earlier too: a call just after midnight has flows in the previous day.
          `WHERE ${tracePartitionFilter(1)}`,
          "  AND (src_endpoint.instance_uid = '{{instance_id}}' OR dst_endpoint.instance_uid = '{{instance_id}}')",
          `  AND ${TRACE_TIME} BETWEEN anchor_time - INTERVAL '30' MINUTE AND anchor_time + INTERVAL '30' MINUTE`,
          'ORDER BY flow_time',
          'LIMIT 5000',
        ].join('\n'),
    },
    {
      id: 'dns-before-call',
      name: 'DNS lookups of a host before it called AWS',
      question: 'Which names did this instance (or the call\'s source IP inside a VPC) look up in the 30 minutes before the API call with this eventID?',
      layers: ['api-calls', 'dns'],
      athena: (c) =>
        [
          anchor(c, 'from_iso8601_timestamp(eventtime) AS anchor_time, sourceipaddress AS caller_ip'),
          'SELECT',
          `  ${TRACE_TIME} AS query_time, accountid AS account_id, src_endpoint.instance_uid AS instance_id, src_endpoint.ip AS client_ip,`,
          '  query.hostname AS hostname, query.type AS record_type, rcode, answers',
          `FROM ${traceRef(c, 'ROUTE53')} CROSS JOIN anchor`,
          `WHERE ${tracePartitionFilter(1)}`,
          "  AND (src_endpoint.instance_uid = '{{instance_id}}' OR src_endpoint.ip = caller_ip)",
          `  AND ${TRACE_TIME} BETWEEN anchor_time - INTERVAL '30' MINUTE AND anchor_time`,
          'ORDER BY query_time DESC',
          'LIMIT 1000',
        ].join('\n'),
    },
    {
      id: 'session-calls-with-flows',
      name: "A role session's API calls with its source IPs' flows",
      question: 'What did this role session call, and what else did the IPs it called from send over the network in the window? (A VPC endpoint or instance IP matches its flows; behind NAT, the NAT gateway\'s.)',
      layers: ['api-calls', 'network'],
      athena: (c) =>
        [
          'WITH calls AS (',
          '  SELECT eventtime, account, eventsource, eventname, sourceipaddress, errorcode, eventid',
          `  FROM ${tableRef(c)}`,
          `  WHERE ${partitionFilter().replace(/\n/g, '\n  ')}`,
          `    AND ${IN_WINDOW}`,
          "    AND useridentity.arn = '{{session_arn}}'",
          '),',
          'flows_by_ip AS (',
          '  SELECT src_endpoint.ip AS flow_ip, count(*) AS flows, sum(traffic.bytes) AS bytes_sent,',
          '    approx_distinct(dst_endpoint.ip) AS distinct_peers, slice(array_agg(DISTINCT dst_endpoint.ip), 1, 20) AS some_peers',
          `  FROM ${traceRef(c, 'VPC_FLOW')}`,
          `  WHERE ${tracePartitionFilter().replace(/\n/g, '\n  ')}`,
          `    AND ${TRACE_IN_WINDOW}`,
          '    AND src_endpoint.ip IN (SELECT DISTINCT sourceipaddress FROM calls)',
          '  GROUP BY src_endpoint.ip',
          ')',
          'SELECT eventtime, account, eventsource, eventname, sourceipaddress, errorcode, flows, bytes_sent, distinct_peers, some_peers, eventid',
          'FROM calls LEFT JOIN flows_by_ip ON sourceipaddress = flow_ip',
          'ORDER BY eventtime',
          'LIMIT 1000',
        ].join('\n'),
    },
  ];
}

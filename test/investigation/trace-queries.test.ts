import { columnPaths, PARTITION_KEYS } from '../../investigation/cloudtrail-table';
import { ocsfColumnPaths, OCSF_PARTITIONS } from '../../investigation/ocsf-tables';
import { PLACEHOLDERS, placeholdersIn, withExamples } from '../../investigation/placeholders';
import { crossLayerQueries, type TraceQueryContext } from '../../investigation/trace-queries';
import { parseTrino } from '../support/trino-sql';

const context: TraceQueryContext = {
  database: 'tg_example_investigation',
  table: 'organization_trail',
  evidenceBucketNames: ['tg-example-evidence-222222222222-eu-west-1'],
  trailName: 'tg-example-organization-trail',
  traceDatabase: 'amazon_security_lake_glue_db_eu_west_1',
  traceTables: { VPC_FLOW: 'amazon_security_lake_table_eu_west_1_vpc_flow_2_0', ROUTE53: 'amazon_security_lake_table_eu_west_1_route53_2_0' },
};
const cloudTrail = `${context.database}.${context.table}`;
const flows = `${context.traceDatabase}.${context.traceTables.VPC_FLOW}`;
const dns = `${context.traceDatabase}.${context.traceTables.ROUTE53}`;
// Each table's real columns: the CloudTrail table definition and the OCSF 1.1 list (with its source).
const COLUMNS: Record<string, Set<string>> = { [cloudTrail]: columnPaths(), [flows]: ocsfColumnPaths('VPC_FLOW'), [dns]: ocsfColumnPaths('ROUTE53') };
const PARTITIONS: Record<string, string[]> = {
  [cloudTrail]: [PARTITION_KEYS.account, PARTITION_KEYS.day],
  [flows]: [OCSF_PARTITIONS.account, OCSF_PARTITIONS.day],
  [dns]: [OCSF_PARTITIONS.account, OCSF_PARTITIONS.day],
};
const queries = crossLayerQueries();

describe('cross-layer queries', () => {
  it('answers the four questions of the issue, with unique ids', () => {
    expect(queries.map((q) => q.id)).toEqual(['ip-across-layers', 'instance-flows-around-call', 'dns-before-call', 'session-calls-with-flows']);
  });

  describe.each(queries.map((q) => [q.id, q] as const))('%s', (_id, query) => {
    const sql = query.athena(context);
    const parsed = parseTrino(withExamples(sql));
    const tables = [...new Set(parsed.tableScans.map((scan) => scan.table).filter((table) => !parsed.aliases.includes(table)))].sort();

    it('parses as Trino SQL and joins CloudTrail with a trace table', () => {
      expect(tables).toContain(cloudTrail);
      expect(tables.some((table) => table === flows || table === dns)).toBe(true);
      expect(tables.every((table) => table in COLUMNS)).toBe(true);
    });

    it('references only real columns of the tables it reads (or aliases it defines)', () => {
      const known = new Set(tables.flatMap((table) => [...COLUMNS[table]]));
      expect(parsed.columnPaths.filter((path) => !known.has(path) && !parsed.aliases.includes(path))).toEqual([]);
    });

    it('filters every scan of a table on its account and day partitions', () => {
      const scans = parsed.tableScans.filter((scan) => scan.table in PARTITIONS);
      for (const scan of scans) expect(scan.whereColumns).toEqual(expect.arrayContaining(PARTITIONS[scan.table]));
    });

    it('filters on time: the window, or 30 minutes around the anchoring event', () => {
      expect(sql).toMatch(/\{\{start\}\}/);
      expect(sql).toMatch(/\{\{end\}\}|INTERVAL '30' MINUTE/);
    });

    it('uses only documented placeholders', () => {
      expect(placeholdersIn(sql).filter((name) => !(name in PLACEHOLDERS))).toEqual([]);
    });
  });

  it('rejects a column the OCSF table does not have', () => {
    const parsed = parseTrino(`SELECT src_endpoint.hostname FROM "${context.traceDatabase}"."${context.traceTables.VPC_FLOW}" WHERE accountid IN ('1') AND eventday = '20260101'`);
    expect(parsed.columnPaths.filter((path) => !COLUMNS[flows].has(path))).toEqual(['src_endpoint.hostname']);
  });
});

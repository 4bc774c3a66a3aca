import { columnPaths, PARTITION_KEYS } from '../../investigation/cloudtrail-table';
import { PLACEHOLDERS, placeholdersIn, withExamples } from '../../investigation/placeholders';
import { investigationQueries, REQUIRED_PARTITION_FILTERS, type QueryContext } from '../../investigation/queries';
import { parseTrino } from '../support/trino-sql';

const context: QueryContext = {
  database: 'tg_example_investigation',
  table: 'organization_trail',
  evidenceBucketNames: ['tg-example-evidence-222222222222-eu-west-1'],
  trailName: 'tg-example-organization-trail',
};
const queries = investigationQueries();
const tablePaths = columnPaths();
const tableName = `${context.database}.${context.table}`;

describe('investigation queries', () => {
  it('covers every first question of the issue, once each, with unique ids', () => {
    expect(queries.map((q) => q.id)).toEqual([
      'actions-by-principal',
      'actions-by-access-key',
      'activity-from-ip',
      'permission-changes',
      'console-sign-ins',
      'root-activity',
      'defence-changes',
      'denied-calls-by-principal',
      'event-window',
    ]);
  });

  describe.each(queries.map((q) => [q.id, q] as const))('%s', (_id, query) => {
    const sql = query.athena(context);
    const parsed = parseTrino(withExamples(sql));

    it('parses as Trino SQL', () => {
      expect(parsed.tableScans.length).toBeGreaterThan(0);
    });

    it('references only columns of the table definition (or aliases it defines)', () => {
      const unknown = parsed.columnPaths.filter((path) => !tablePaths.has(path) && !parsed.aliases.includes(path));
      expect(unknown).toEqual([]);
    });

    it('reads only the CloudTrail table', () => {
      const tables = new Set(parsed.tableScans.map((scan) => scan.table).filter((table) => !parsed.aliases.includes(table)));
      expect([...tables]).toEqual([tableName]);
    });

    it('filters every scan of the table on the account and day partitions', () => {
      const scans = parsed.tableScans.filter((scan) => scan.table === tableName);
      expect(scans.length).toBeGreaterThan(0);
      for (const scan of scans) {
        expect(scan.whereColumns).toEqual(expect.arrayContaining([...REQUIRED_PARTITION_FILTERS]));
      }
    });

    it('uses only documented placeholders', () => {
      const used = [...placeholdersIn(sql), ...placeholdersIn(query.insights(context))];
      expect(used.filter((name) => !(name in PLACEHOLDERS))).toEqual([]);
    });

    it('asks the same question in Logs Insights, with the same subject placeholders', () => {
      const subjects = (text: string) => placeholdersIn(text).filter((name) => !['start', 'end', 'account_ids'].includes(name));
      const insightsSubjects = subjects(query.insights(context));
      // The event window is chosen as the Logs Insights time range, since Insights cannot reuse a looked-up time.
      if (query.insightsTimeRange === undefined) expect(insightsSubjects).toEqual(subjects(sql));
      expect(query.insights(context)).toMatch(/^(fields|filter) /);
    });
  });
});

describe('the SQL checks themselves', () => {
  it('rejects SQL that is not Trino', () => {
    expect(() => parseTrino('SELEC eventname FROM t')).toThrow(/does not parse as Trino/);
  });

  it('rejects a column the table does not have', () => {
    const parsed = parseTrino(`SELECT useridentity.nosuchfield, eventname FROM "db"."t" WHERE account IN ('1') AND day = '2026/01/01'`);
    expect(parsed.columnPaths.filter((path) => !tablePaths.has(path))).toEqual(['useridentity.nosuchfield']);
  });

  it('collects nested struct fields and select-list columns as paths', () => {
    const sql = queries.find((q) => q.id === 'actions-by-principal')!.athena(context);
    const parsed = parseTrino(withExamples(sql));
    expect(parsed.columnPaths).toEqual(expect.arrayContaining(['eventtime', 'useridentity.arn', 'useridentity.sessioncontext.sessionissuer.arn', 'account', 'day']));
  });

  it('sees a double-quoted identifier as a column, as Trino does, not as a string', () => {
    const parsed = parseTrino(`SELECT eventname FROM "db"."t" WHERE "account" = '1' AND "day" = '2026/01/01'`);
    expect(parsed.tableScans[0].whereColumns).toEqual([PARTITION_KEYS.account, PARTITION_KEYS.day]);
  });

  it('denies a scan whose WHERE omits the partition columns', () => {
    const parsed = parseTrino(`SELECT eventname FROM "db"."t" WHERE eventname = 'x'`);
    expect(parsed.tableScans[0].whereColumns).not.toEqual(expect.arrayContaining([...REQUIRED_PARTITION_FILTERS]));
  });
});

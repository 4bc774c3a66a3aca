import { BatchGetNamedQueryCommand, GetWorkGroupCommand, paginateListNamedQueries } from '@aws-sdk/client-athena';
import { GetTableCommand } from '@aws-sdk/client-glue';
import { judge, type CheckResult, type CheckScope, type ReadResult } from '../check-result';
import type { VerifyContext } from '../context';
import { read } from '../read';

/** The investigation tooling in the log-archive account: table with projection, enforced workgroup, saved queries. */
export async function investigationChecks(ctx: VerifyContext): Promise<CheckResult[]> {
  const planned = ctx.expected.investigation;
  if (planned === undefined) return [];
  const scope: CheckScope = { account: ctx.expected.accounts.logArchive, region: ctx.expected.homeRegion };
  const { glue, athena } = ctx.aws.clientsFor(scope.account, scope.region);

  const table = await read('glue:GetTable', async () => (await glue.send(new GetTableCommand({ DatabaseName: planned.databaseName, Name: planned.tableName }))).Table ?? null, { codes: ['EntityNotFoundException'], value: null });
  const workgroup = await read('athena:GetWorkGroup', async () => (await athena.send(new GetWorkGroupCommand({ WorkGroup: planned.workgroupName }))).WorkGroup ?? null);
  const ids = await read('athena:ListNamedQueries', async () => {
    const found: string[] = [];
    for await (const page of paginateListNamedQueries({ client: athena }, { WorkGroup: planned.workgroupName })) found.push(...(page.NamedQueryIds ?? []));
    return found;
  });
  let queryNames: ReadResult<string[]> = ids.ok ? { ok: true, data: [] } : ids;
  // BatchGetNamedQuery takes at most 50 ids.
  for (let i = 0; ids.ok && queryNames.ok && i < ids.data.length; i += 50) {
    const batch = ids.data.slice(i, i + 50);
    const page = await read('athena:BatchGetNamedQuery', async () => ((await athena.send(new BatchGetNamedQueryCommand({ NamedQueryIds: batch }))).NamedQueries ?? []).map((q) => q.Name ?? ''));
    queryNames = page.ok ? { ok: true, data: [...queryNames.data, ...page.data] } : page;
  }

  return [
    judge('investigation.table', scope, table, (t) => ({
      pass: t?.Parameters?.['projection.enabled'] === 'true',
      detail: t === null ? `table ${planned.databaseName}.${planned.tableName} does not exist` : t.Parameters?.['projection.enabled'] === 'true' ? 'table with partition projection' : 'partition projection is off',
      expected: { table: `${planned.databaseName}.${planned.tableName}`, 'projection.enabled': 'true' },
      actual: t === null ? null : { table: `${t.DatabaseName}.${t.Name}`, 'projection.enabled': t.Parameters?.['projection.enabled'] ?? null },
    })),
    judge('investigation.workgroup', scope, workgroup, (w) => {
      const actual = w === null ? null : { State: w.State ?? null, EnforceWorkGroupConfiguration: w.Configuration?.EnforceWorkGroupConfiguration ?? false };
      const pass = actual?.State === 'ENABLED' && actual.EnforceWorkGroupConfiguration === true;
      return { pass, detail: pass ? `workgroup ${planned.workgroupName} enabled and enforced` : `workgroup ${planned.workgroupName} is not enabled with its configuration enforced`, expected: { State: 'ENABLED', EnforceWorkGroupConfiguration: true }, actual };
    }),
    judge('investigation.saved-queries', scope, queryNames, (live) => {
      const missing = planned.savedQueryNames.filter((n) => !live.includes(n));
      return { pass: missing.length === 0, detail: missing.length === 0 ? `all ${planned.savedQueryNames.length} saved queries present` : `missing saved queries: ${missing.join(', ')}`, expected: planned.savedQueryNames, actual: live };
    }),
  ];
}

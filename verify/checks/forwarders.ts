import { DescribeStackSetCommand, paginateListStackInstances, type StackInstanceSummary } from '@aws-sdk/client-cloudformation';
import { judge, type CheckResult, type CheckScope } from '../check-result';
import type { VerifyContext } from '../context';
import { all, read } from '../read';
import { judgeRules, readRules } from './rule-targets';

/** The member forwarder StackSet: it exists, and its instances are CURRENT in every active account × Region. */
export async function stackSetChecks(ctx: VerifyContext): Promise<CheckResult[]> {
  const planned = ctx.expected.alerts?.stackSet;
  if (planned === undefined) return [];
  const { management } = ctx.expected.accounts;
  const scope: CheckScope = { account: management, region: ctx.expected.homeRegion };
  const client = ctx.aws.clientsFor(management, ctx.expected.homeRegion).cloudFormation;

  const stackSet = await read('cloudformation:DescribeStackSet', async () => (await client.send(new DescribeStackSetCommand({ StackSetName: planned.name }))).StackSet ?? null, { codes: ['StackSetNotFoundException'], value: null });
  const instances = await read('cloudformation:ListStackInstances', async () => {
    const found: StackInstanceSummary[] = [];
    for await (const page of paginateListStackInstances({ client }, { StackSetName: planned.name })) found.push(...(page.Summaries ?? []));
    return found;
  }, { codes: ['StackSetNotFoundException'], value: [] as StackInstanceSummary[] });
  const accounts = await ctx.activeAccounts();

  return [
    judge('alerts.stackset', scope, stackSet, (s) => ({
      pass: s?.Status === 'ACTIVE',
      detail: s === null ? `StackSet ${planned.name} does not exist` : `StackSet ${planned.name} is ${s.Status ?? 'in an unknown state'}`,
      expected: 'ACTIVE',
      actual: s?.Status ?? null,
    })),
    judge('alerts.stackset-instances', scope, all(instances, accounts), ([list, active]) => {
      // A service-managed StackSet never deploys to the management account: its forwarders are checked apart.
      const wanted = active.filter((a) => a.id !== management).flatMap((a) => planned.regions.map((region) => ({ account: a, region })));
      const byKey = new Map(list.map((i) => [`${i.Account}/${i.Region}`, i]));
      const missing = wanted.filter((w) => !byKey.has(`${w.account.id}/${w.region}`));
      const notCurrent = wanted.flatMap((w) => {
        const instance = byKey.get(`${w.account.id}/${w.region}`);
        return instance === undefined || instance.Status === 'CURRENT' ? [] : [{ ...w, status: instance.Status ?? 'UNKNOWN' }];
      });
      const problems = [
        ...(missing.length > 0 ? [`missing: ${missing.map((m) => `${m.account.id} (${m.account.name}) ${m.region}`).join(', ')}`] : []),
        ...(notCurrent.length > 0 ? [`not CURRENT: ${notCurrent.map((m) => `${m.account.id} (${m.account.name}) ${m.region} ${m.status}`).join(', ')}`] : []),
      ];
      return {
        pass: problems.length === 0,
        detail: problems.length === 0 ? `${wanted.length} forwarder instances CURRENT` : problems.join('; '),
        expected: wanted.map((w) => ({ account: w.account.id, region: w.region, status: 'CURRENT' })),
        actual: list.map((i) => ({ account: i.Account ?? null, region: i.Region ?? null, status: i.Status ?? null })),
      };
    }),
  ];
}

/** The management account's own forwarders in one Region. */
export async function managementForwarderChecks(ctx: VerifyContext, region: string): Promise<CheckResult[]> {
  const alerts = ctx.expected.alerts;
  const planned = alerts?.managementForwardersByRegion[region];
  if (alerts === undefined || planned === undefined) return [];
  const scope: CheckScope = { account: ctx.expected.accounts.management, region };
  const rules = await readRules(ctx.aws.clientsFor(scope.account, region).eventBridge, undefined, alerts.forwarderRulePrefix);
  return [judge('alerts.management-forwarders', scope, rules, (live) => judgeRules('management forwarders', planned, live))];
}

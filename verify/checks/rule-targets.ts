import { ListRulesCommand, ListTargetsByRuleCommand, type EventBridgeClient, type Target } from '@aws-sdk/client-eventbridge';
import type { Judgement, ReadResult } from '../check-result';
import type { ExpectedRule } from '../expected';
import { read } from '../read';

/** A live rule with the ARNs its targets point at. */
export interface LiveRule {
  readonly name: string;
  readonly state: string;
  readonly targetArns: readonly string[];
}

/** The rules of a bus whose names start with `prefix`, each with its targets. */
export async function readRules(client: EventBridgeClient, busName: string | undefined, prefix: string): Promise<ReadResult<LiveRule[]>> {
  const listed = await read('eventbridge:ListRules', async () => {
    const found: { name: string; state: string }[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new ListRulesCommand({ EventBusName: busName, NamePrefix: prefix, NextToken }));
      found.push(...(page.Rules ?? []).map((r) => ({ name: r.Name ?? '', state: String(r.State ?? '') })));
      NextToken = page.NextToken;
    } while (NextToken !== undefined);
    return found;
  });
  if (!listed.ok) return listed;
  const rules: LiveRule[] = [];
  for (const rule of listed.data) {
    // EventBridge has no paginators in the SDK: follow NextToken by hand, as for ListRules.
    const targets = await read('eventbridge:ListTargetsByRule', async () => {
      const found: Target[] = [];
      let NextToken: string | undefined;
      do {
        const page = await client.send(new ListTargetsByRuleCommand({ Rule: rule.name, EventBusName: busName, NextToken }));
        found.push(...(page.Targets ?? []));
        NextToken = page.NextToken;
      } while (NextToken !== undefined);
      return found;
    });
    if (!targets.ok) return targets;
    rules.push({ ...rule, targetArns: targets.data.map((t) => t.Arn ?? '') });
  }
  return { ok: true, data: rules };
}

/** Every planned rule exists, is ENABLED and targets its planned ARN; names the ones that are not. */
export function judgeRules(what: string, planned: readonly ExpectedRule[], live: readonly LiveRule[]): Judgement {
  const byName = new Map(live.map((r) => [r.name, r]));
  const problems = planned.flatMap((rule) => {
    const found = byName.get(rule.name);
    if (found === undefined) return [`${rule.name} missing`];
    return [
      ...(found.state === 'ENABLED' ? [] : [`${rule.name} is ${found.state}`]),
      ...(found.targetArns.includes(rule.targetArn) ? [] : [`${rule.name} does not target ${rule.targetArn}`]),
    ];
  });
  return {
    pass: problems.length === 0,
    detail: problems.length === 0 ? `all ${planned.length} ${what} are ENABLED with their targets` : problems.join('; '),
    expected: planned.map((r) => ({ name: r.name, state: 'ENABLED', target: r.targetArn })),
    actual: live.map((r) => ({ name: r.name, state: r.state, targets: r.targetArns })),
  };
}

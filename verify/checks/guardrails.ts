import { DescribePolicyCommand, paginateListPolicies, paginateListRoots, paginateListTargetsForPolicy, type PolicyType, type Root } from '@aws-sdk/client-organizations';
import { equals, judge, type CheckResult, type CheckScope, type ReadResult } from '../check-result';
import type { VerifyContext } from '../context';
import { normalizePolicy } from '../policy-normal-form';
import { read } from '../read';

/** SCPs and the RCP: content, attachments, and their policy types enabled on the root. */
export async function guardrailChecks(ctx: VerifyContext): Promise<CheckResult[]> {
  const { expected } = ctx;
  const scope: CheckScope = { account: expected.accounts.management, region: 'global' };
  const client = ctx.aws.clientsFor(expected.accounts.management, expected.homeRegion).organizations;

  const roots = await read('organizations:ListRoots', async () => {
    const found: Root[] = [];
    for await (const page of paginateListRoots({ client }, {})) found.push(...(page.Roots ?? []));
    return found;
  });
  const results: CheckResult[] = [
    judge('guardrails.policy-types', scope, roots, (list) => {
      const root = list.find((r) => r.Id === expected.organizationRootId);
      const enabled: string[] = (root?.PolicyTypes ?? []).filter((t) => t.Status === 'ENABLED').map((t) => String(t.Type));
      const missing = expected.guardrails.policyTypes.filter((t) => !enabled.includes(t));
      return {
        pass: root !== undefined && missing.length === 0,
        detail: root === undefined ? `root ${expected.organizationRootId} not found` : missing.length === 0 ? 'SCP and RCP policy types are enabled on the root' : `not enabled on the root: ${missing.join(', ')}`,
        expected: [...expected.guardrails.policyTypes],
        actual: enabled.sort(),
      };
    }),
  ];

  const idsByType = new Map<string, ReadResult<Map<string, string>>>();
  for (const type of new Set(expected.guardrails.policies.map((p) => p.type))) {
    idsByType.set(type, await read('organizations:ListPolicies', async () => {
      const ids = new Map<string, string>();
      for await (const page of paginateListPolicies({ client }, { Filter: type as PolicyType })) {
        for (const p of page.Policies ?? []) if (p.Name !== undefined && p.Id !== undefined) ids.set(p.Name, p.Id);
      }
      return ids;
    }));
  }

  for (const policy of expected.guardrails.policies) {
    const ids = idsByType.get(policy.type)!;
    const id = ids.ok ? ids.data.get(policy.name) : undefined;
    const missing: ReadResult<null> = { ok: true, data: null };
    const content = !ids.ok ? ids : id === undefined ? missing : await read('organizations:DescribePolicy', async () => (await client.send(new DescribePolicyCommand({ PolicyId: id }))).Policy?.Content ?? null);
    const targets = !ids.ok ? ids : id === undefined ? missing : await read('organizations:ListTargetsForPolicy', async () => {
      const found: string[] = [];
      for await (const page of paginateListTargetsForPolicy({ client }, { PolicyId: id })) found.push(...(page.Targets ?? []).map((t) => t.TargetId ?? ''));
      return found.sort();
    });
    results.push(
      judge(`guardrails.policy-content`, scope, content, (text) =>
        text === null
          ? { pass: false, detail: `${policy.type} "${policy.name}" does not exist`, expected: normalizePolicy(policy.document), actual: null }
          : { ...equals(`content of "${policy.name}" (normalized)`, normalizePolicy(policy.document), normalizePolicy(text)) }),
      judge(`guardrails.policy-attachment`, scope, targets, (found) => {
        const absent = policy.targetIds.filter((t) => !(found ?? []).includes(t));
        return {
          pass: found !== null && absent.length === 0,
          detail: found === null ? `${policy.type} "${policy.name}" does not exist` : absent.length === 0 ? `"${policy.name}" is attached to ${policy.targetIds.join(', ')}` : `"${policy.name}" is not attached to ${absent.join(', ')}`,
          expected: [...policy.targetIds],
          actual: found,
        };
      }),
    );
  }
  return results;
}

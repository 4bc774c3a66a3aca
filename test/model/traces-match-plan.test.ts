import { deployedFor } from '../../model/deployed';
import { deploymentModel, SECURITY_LAKE_DELEGATED_VARIABLE } from '../../model/deployment-model';
import { allCombinations } from '../../profiles/purposes';
import { exampleConfig } from '../support/example-config';
import { runCli } from '../support/io';
import { plannedInstances } from '../support/planned-counts';
import { synthesizedStack, synthToDirectory } from '../support/synth';

// The matrix of reports-match-plan.test.ts plans with the variables unset; this one sets
// security_lake_delegated, so the trace components are compared with the plan as well.
const DELEGATED = new Set([SECURITY_LAKE_DELEGATED_VARIABLE]);
const outdir = synthToDirectory();
const stacks = { logArchive: synthesizedStack(outdir, 'log-archive'), management: synthesizedStack(outdir, 'management') };
const config = exampleConfig();
const model = deploymentModel(config);
const CHARACTERISTIC: Record<string, { stack: any; matches: (type: string, body: any) => boolean }> = {
  'security-lake': { stack: stacks.logArchive, matches: (t) => t === 'aws_securitylake_data_lake' },
  'security-lake-sources': { stack: stacks.logArchive, matches: (t) => t === 'aws_securitylake_aws_log_source' },
  'trace-queries': { stack: stacks.logArchive, matches: (t) => t === 'aws_lakeformation_permissions' },
  'security-lake-delegation': { stack: stacks.management, matches: (t, b) => t === 'aws_organizations_delegated_administrator' && b.service_principal === 'securitylake.amazonaws.com' },
};
const regionOf = (body: any) => (body.provider === undefined || body.provider === 'aws' ? config.homeRegion : String(body.provider).replace(/^aws\./, '').replace(/_/g, '-'));

describe.each(allCombinations().map((c) => [c.join(','), c] as const))('purpose_profiles=%s, security_lake_delegated=true', (_key, purposes) => {
  const planned = Object.fromEntries(Object.entries(CHARACTERISTIC).flatMap(([id, { stack, matches }]) => {
    const found = plannedInstances(stack, purposes, DELEGATED).filter((r) => r.instances > 0 && matches(r.type, r.body));
    return found.length === 0 ? [] : [[id, [...new Set(found.map((r) => regionOf(r.body)))].sort()]];
  }));

  test('the model deploys the trace components the plan holds, in its Regions', () => {
    const deployed = deployedFor(model, purposes, DELEGATED).components.filter((c) => c.id in CHARACTERISTIC);
    expect(Object.fromEntries(deployed.map((c) => [c.id, [...c.regions].sort()]))).toEqual(planned);
  });

  test('explain and runbook say the traces are there exactly when the plan holds them', async () => {
    const explain = JSON.parse((await runCli(['explain', '--profiles', purposes.join(','), '--security-lake-delegated', '--format', 'json'])).out);
    const statements: string[] = explain.questions.flatMap((q: any) => q.answers.map((a: any) => a.statement));
    expect(statements.some((s) => /^VPC flow logs and Route 53 Resolver query logs of every account/.test(s))).toBe('security-lake' in planned);
    expect(statements.some((s) => /can read the Security Lake trace tables/.test(s))).toBe('trace-queries' in planned);
    const keys = explain.cost.lines.find((l: any) => l.item === 'KMS customer managed keys');
    const plannedKeys = [stacks.logArchive, stacks.management].reduce((sum, stack) =>
      sum + plannedInstances(stack, purposes, DELEGATED).filter((r) => r.type === 'aws_kms_key' && r.instances > 0).length, 0);
    expect(Number(/^(\d+) ×/.exec(keys.arithmetic)?.[1]) - alertKeys(purposes)).toBe(plannedKeys);
    const runbook = JSON.parse((await runCli(['runbook', '--profiles', purposes.join(','), '--security-lake-delegated', '--format', 'json'])).out);
    expect(runbook.traces.deployed).toBe('trace-queries' in planned);
    expect(runbook.queries.some((q: any) => q.id === 'ip-across-layers')).toBe('trace-queries' in planned);
  });
});

/** Alert keys live in the security stack, which this test does not read: counted from the plan there. */
function alertKeys(purposes: readonly any[]): number {
  const security = synthesizedStack(outdir, 'security');
  return plannedInstances(security, purposes).filter((r) => r.type === 'aws_kms_key' && r.instances > 0).length;
}

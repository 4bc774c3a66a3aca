import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allCombinations } from '../../profiles/purposes';
import { resolvePurposes } from '../../profiles/resolve';
import { synthesizedStack, synthToDirectory } from '../support/synth';
import { exampleConfig } from '../support/example-config';

const STACK_ACCOUNTS = { management: '111111111111', 'log-archive': '222222222222', security: '333333333333' } as const;

describe('the three account stacks', () => {
  const outdir = synthToDirectory();

  test('are synthesized with exactly the ids management, log-archive and security', () => {
    expect(readdirSync(join(outdir, 'stacks')).sort()).toEqual(['log-archive', 'management', 'security']);
  });

  test.each(Object.entries(STACK_ACCOUNTS))('%s assumes the deployment role of its own account only', (stackId, account) => {
    const providers = synthesizedStack(outdir, stackId as keyof typeof STACK_ACCOUNTS).provider.aws;
    expect(providers.length).toBeGreaterThan(0);
    for (const provider of providers) {
      expect(provider.assume_role).toEqual([{ role_arn: `arn:aws:iam::${account}:role/trailguard-deploy`, session_name: 'trailguard' }]);
      expect(provider.allowed_account_ids).toEqual([account]);
      expect(provider.skip_credentials_validation).toBeUndefined();
      expect(provider.access_key).toBeUndefined();
    }
  });

  test('gives regional stacks a default provider in the home Region and an alias per other governed Region', () => {
    for (const stackId of ['management', 'security'] as const) {
      const providers = synthesizedStack(outdir, stackId).provider.aws;
      expect(providers.map((p: any) => [p.alias, p.region])).toEqual([[undefined, 'eu-west-1'], ['us_east_1', 'us-east-1']]);
    }
  });

  test('declares the purpose_profiles variable with the configured default and a validation for each rule', () => {
    for (const stackId of Object.keys(STACK_ACCOUNTS) as (keyof typeof STACK_ACCOUNTS)[]) {
      const variable = synthesizedStack(outdir, stackId).variable.purpose_profiles;
      expect(variable.type).toBe('list(string)');
      expect(variable.default).toEqual(['audit', 'detection']);
      expect(variable.validation.map((v: any) => v.error_message)).toEqual([
        expect.stringContaining('at least one purpose; allowed: "audit", "investigation", "detection"'),
        expect.stringContaining('unknown purpose; allowed: "audit", "investigation", "detection"'),
        expect.stringContaining('names a purpose twice'),
      ]);
    }
  });

  test('carries the resolved settings of all 7 combinations and selects one by the sorted, joined variable', () => {
    const stack = synthesizedStack(outdir, 'security');
    const plans = stack.locals.trailguard_logging_plans;
    for (const combination of allCombinations()) {
      const plan = resolvePurposes(combination);
      expect(plans[plan.key].object_lock_mode).toEqual({ value: plan.settings.objectLockMode.value, reason: plan.settings.objectLockMode.reason });
      expect(plans[plan.key].evidence_retention_days.value).toBe(plan.settings.evidenceRetentionDays.value);
    }
    expect(Object.keys(plans)).toHaveLength(7);
    expect(stack.locals.trailguard_logging_plan).toBe('${local.trailguard_logging_plans[join(",", sort(var.purpose_profiles))]}');
    expect(stack.output.logging_plan.value).toBe('${local.trailguard_logging_plan}');
  });

  test('orders deployment log-archive, then management, then security', () => {
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.management.dependencies).toEqual(['log-archive']);
    expect(manifest.stacks.security.dependencies).toEqual(['management']);
    expect(manifest.stacks['log-archive'].dependencies).toEqual([]);
  });

  test('reads nothing from another account: no remote state and no data sources that call AWS', () => {
    for (const stackId of Object.keys(STACK_ACCOUNTS) as (keyof typeof STACK_ACCOUNTS)[]) {
      const stack = synthesizedStack(outdir, stackId);
      // terraform_remote_state is a data source too, so this covers reading another stack's state.
      expect(stack.data ?? {}).toEqual({});
      expect(JSON.stringify(stack)).not.toMatch(/\$\{data\./);
    }
  });
});

describe('offline plan mode', () => {
  test('gives every provider skip flags and placeholder keys, and no role', () => {
    const outdir = synthToDirectory({ offline: true });
    for (const provider of synthesizedStack(outdir, 'management').provider.aws) {
      expect(provider).toMatchObject({ skip_credentials_validation: true, skip_requesting_account_id: true, skip_metadata_api_check: 'true', access_key: 'offline-plan-placeholder' });
      expect(provider.assume_role).toBeUndefined();
    }
  });
});

describe('synth determinism', () => {
  test('two synths give byte-identical output', () => {
    // The run's synth, made by whichever jest worker asked first, against one made here.
    const first = synthToDirectory({ config: exampleConfig() });
    const second = synthToDirectory({ config: exampleConfig(), fresh: true });
    const files = (root: string): string[] =>
      readdirSync(root).flatMap((name) => (statSync(join(root, name)).isDirectory() ? files(join(root, name)) : [join(root, name)]));
    const firstFiles = files(first).map((file) => relative(first, file)).sort();
    expect(firstFiles).toEqual(files(second).map((file) => relative(second, file)).sort());
    expect(firstFiles.length).toBeGreaterThanOrEqual(4);
    for (const file of firstFiles) {
      expect(readFileSync(join(second, file), 'utf8')).toBe(readFileSync(join(first, file), 'utf8'));
    }
  });
});

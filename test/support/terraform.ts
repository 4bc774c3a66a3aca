import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { offlineTerraformEnv } from '../../tools/scripts/terraform-cli-config';
import { allCombinations, type Purpose } from '../../profiles/purposes';
import { instanceName, planOfInstance, writeBatch, writePlanBatch } from './plan-batch';
import { computeOnce, runCacheDirectory, readCached, writeCached } from './run-cache';
import { variableSetsOf } from './plan-variables';

/**
 * How terraform finds the AWS provider. `in-place` (the default) runs the mirror's binary where
 * it is: Terraform then neither installs it into each folder nor hashes its 700 MB against a lock
 * file before every command, about 0.6 CPU-seconds each, some 30 a run. `mirror` installs it with
 * `terraform init` as a user does; the consumer example goes that way.
 */
export type ProviderSource = 'in-place' | 'mirror';

const CLI_CONFIG: Record<ProviderSource, string> = {
  'in-place': resolve(__dirname, '..', '..', '.tmp', 'terraform-provider-in-place.rc'),
  mirror: resolve(__dirname, '..', '..', '.tmp', 'terraform.rc'),
};
const PROVIDER_VERSION: string = JSON.parse(readFileSync(require.resolve('@cdktf/provider-aws/package.json'), 'utf8')).cdktf.provider.version;
const environments: Partial<Record<ProviderSource, NodeJS.ProcessEnv>> = {};

/**
 * Runs terraform with the project's own CLI configuration. A missing terraform binary or
 * provider mirror throws: the Terraform tiers must fail loudly, never skip.
 */
export function terraform(args: readonly string[], cwd: string, source: ProviderSource = 'in-place'): string {
  const environment = (environments[source] ??= offlineTerraformEnv(CLI_CONFIG[source], process.env, source === 'in-place' ? { version: PROVIDER_VERSION } : undefined));
  try {
    return execFileSync('terraform', args, { cwd, env: environment, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error('terraform was not found on PATH; the Terraform test tiers need Terraform 1.11 and the provider mirror.');
    }
    throw new Error(`terraform ${args.join(' ')} failed in ${cwd}:\n${failure.stderr ?? ''}${failure.stdout ?? ''}`);
  }
}

export function stackDirectory(outdir: string, stackId: string): string {
  return join(outdir, 'stacks', stackId);
}

export function terraformInit(directory: string, source: ProviderSource = 'in-place'): void {
  terraform(['init', '-input=false', '-no-color'], directory, source);
}

/**
 * A synthesized stack is initialized by the first command that runs in it, not by each test file.
 * The marker is written after a successful init only, so a failed one is retried, not trusted.
 */
function ensureInitialized(directory: string): void {
  const marker = join(directory, '.terraform', 'trailguard-initialized');
  if (existsSync(marker)) return;
  terraformInit(directory);
  writeFileSync(marker, '');
}

/**
 * Installs a batch's local modules. A batch has no backend, so with the provider in place it
 * needs no `terraform init`, which would install the provider and hash it (0.7 CPU-seconds).
 */
function installModules(directory: string): void {
  terraform(['get', '-no-color'], directory);
}

/** Names a synthesized stack's configuration, with given extra variables, in the run's cache. */
function configurationKey(directory: string, extraVars: readonly string[] = []): string {
  return createHash('sha256').update(readFileSync(join(directory, 'cdk.tf.json'))).update(extraVars.join('\n')).digest('hex').slice(0, 16);
}

/** `terraform plan` into a plan file, then `terraform show -json` of it. */
function planAndShow(directory: string, planFile: string, variables: readonly string[]): any {
  terraform(['plan', '-input=false', '-lock=false', '-refresh=false', '-no-color', `-out=${planFile}`, ...variables], directory);
  return JSON.parse(terraform(['show', '-json', planFile], directory));
}

/**
 * `terraform validate` of a synthesized stack. Within one jest run a configuration is validated
 * once, and test files validating the same synthesized stack share the output.
 */
export function terraformValidate(directory: string): string {
  const cache = runCacheDirectory();
  if (cache === undefined) return validate(directory);
  const file = join(cache, `${configurationKey(directory)}.validate.txt`);
  computeOnce(`${file}.lock`, () => existsSync(file), () => writeCached(file, validate(directory)));
  return readFileSync(file, 'utf8');
}

/**
 * `terraform validate -json`, told as the text command would tell it, without the warning that
 * the provider runs in place: any other warning is listed and the configuration is not called
 * plainly valid.
 */
function validate(directory: string): string {
  ensureInitialized(directory);
  const result = JSON.parse(terraform(['validate', '-json', '-no-color'], directory));
  const diagnostics = (result.diagnostics as { severity: string; summary: string; detail?: string }[]).filter((d) => d.summary !== 'Provider development overrides are in effect');
  if (result.valid === true && diagnostics.length === 0) return 'Success! The configuration is valid.\n';
  return `${result.valid === true ? 'Valid, with warnings' : 'Invalid'}:\n${diagnostics.map((d) => `${d.severity}: ${d.summary}: ${d.detail ?? ''}`).join('\n')}\n`;
}

/**
 * Plans with the given purposes and returns `terraform show -json` of the plan. Within one jest
 * run, the first request for a synthesized stack plans every purpose combination, with each set
 * of extra variables plan-variables.ts lists for the stack, in one batch (see plan-batch), and
 * caches each plan for all test files. Purposes that are not a combination (another order) are
 * planned alone; plans that must fail go through planFailures.
 */
export function planJson(directory: string, purposes: readonly Purpose[], extraVars: readonly string[] = []): any {
  const cache = runCacheDirectory();
  const canonical = allCombinations().find((c) => c.join() === purposes.join());
  if (cache === undefined || canonical === undefined) return planAlone(directory, purposes, extraVars);
  const variableSets = variableSetsOf(basename(directory));
  const set = variableSets.findIndex((s) => s.join('\n') === extraVars.join('\n'));
  if (set < 0) {
    throw new Error(`planJson: test/support/plan-variables.ts lists no ${JSON.stringify(extraVars)} for the ${basename(directory)} stack; add the set there, so it joins the stack's batch, or use planAlone`);
  }
  const key = configurationKey(directory, [JSON.stringify(variableSets)]);
  const planFile = (index: number, combination: readonly Purpose[]) => join(cache, `${key}-${instanceName(combination, index)}.json`);
  const failed = join(cache, `${key}.failed`);
  computeOnce(join(cache, `${key}.lock`), () => existsSync(planFile(set, canonical)) || existsSync(failed), () => {
    try {
      for (const [index, combination, plan] of planBatch(directory, `batch-${key}`, variableSets)) writeCached(planFile(index, combination), JSON.stringify(plan));
    } catch (error) {
      writeCached(failed, (error as Error).message);
    }
  });
  const batched = readCached(planFile(set, canonical));
  if (batched !== undefined) return batched;
  // The batch failed: this plan must fail alone too (a variable every combination rejects),
  // and planAlone throws its own message. If it plans, the batch itself is broken: say so.
  planAlone(directory, purposes, extraVars);
  throw new Error(`the batched plan failed where the stack alone plans; test/support/plan-batch.ts is wrong:\n${readFileSync(failed, 'utf8')}`);
}

/** Every purpose combination of one stack with each variable set, planned by one terraform plan and one show. */
function planBatch(directory: string, folder: string, variableSets: readonly (readonly string[])[]): [number, readonly Purpose[], any][] {
  const batch = writePlanBatch(directory, folder, allCombinations(), variableSets);
  installModules(batch.directory);
  const combined = planAndShow(batch.directory, 'batch.tfplan', batch.variables);
  return variableSets.flatMap((_, index) => allCombinations().map((combination): [number, readonly Purpose[], any] => {
    const name = instanceName(combination, index);
    return [index, combination, planOfInstance(combined, name, combination)];
  }));
}

/**
 * Plans one combination by itself, uncached: for a stack that a single test plans once, where a
 * batch would plan six combinations for nothing, and for the batch's own proof.
 */
export function planAlone(directory: string, purposes: readonly Purpose[], extraVars: readonly string[] = []): any {
  const variables = [`-var=purpose_profiles=${JSON.stringify(purposes)}`, ...extraVars.map((v) => `-var=${v}`)];
  const planFile = `plan-${createHash('sha256').update(variables.join('\n')).digest('hex').slice(0, 12)}.tfplan`;
  ensureInitialized(directory);
  return planAndShow(directory, planFile, variables);
}

/**
 * Several synthesized stacks with alike providers and no purpose_profiles (such as test
 * fixtures), planned by one terraform plan and one show: name → its plan.
 */
export function planStacks(stackDirectories: Readonly<Record<string, string>>): Record<string, any> {
  const directory = mkdtempSync(join(tmpdir(), 'trailguard-stacks-'));
  const batch = writeBatch(directory, Object.entries(stackDirectories).map(([name, stackDirectory]) => ({ name, stackDirectory })));
  installModules(batch.directory);
  const combined = planAndShow(batch.directory, 'batch.tfplan', []);
  return Object.fromEntries(Object.keys(stackDirectories).map((name) => [name, planOfInstance(combined, name, [])]));
}

/** A plan that must fail: its purposes, and literal values of other variables. */
export interface FailingPlan {
  readonly purposes: readonly string[];
  readonly inputs?: Readonly<Record<string, string>>;
}

/**
 * The messages of plans that must fail, in order, planned in one batch: Terraform reports every
 * instance's errors at once and names the instance of each. Line wrapping is undone. Throws
 * when a case plans without error.
 */
export function planFailures(directory: string, cases: readonly FailingPlan[]): string[] {
  const folder = `failures-${createHash('sha256').update(JSON.stringify(cases)).digest('hex').slice(0, 12)}`;
  const batch = writeBatch(join(directory, folder), cases.map((c, index) => ({ name: `case_${index}`, stackDirectory: directory, ...c })));
  installModules(batch.directory);
  let output = '';
  try {
    output = terraform(['plan', '-json', '-input=false', '-lock=false', '-refresh=false', '-no-color'], batch.directory);
  } catch (error) {
    output = (error as Error).message;
  }
  const diagnostics = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)).filter((m) => m.type === 'diagnostic' && m.diagnostic.severity === 'error').map((m) => m.diagnostic);
  return cases.map((c, index) => {
    const own = diagnostics.filter((d) => d.snippet?.context === `module.case_${index}`);
    if (own.length === 0) throw new Error(`expected the plan with ${JSON.stringify(c)} to fail; Terraform reported: ${diagnostics.map((d) => d.summary).join('; ') || 'no error'}`);
    return own.map((d) => `${d.summary}: ${d.detail}`).join('\n').replace(/\s+/g, ' ');
  });
}

/** The message of each case of `planFailures`, planned together on the first read. */
export function failingPlans(directory: string, cases: readonly FailingPlan[]): (index: number) => string {
  let messages: string[] | undefined;
  return (index) => (messages ??= planFailures(directory, cases))[index];
}

/** Planned resources of a plan, flattened across modules, keyed by address. */
export function plannedResources(plan: any): Map<string, any> {
  const resources = new Map<string, any>();
  const visit = (module: any): void => {
    for (const resource of module?.resources ?? []) resources.set(resource.address, resource);
    for (const child of module?.child_modules ?? []) visit(child);
  };
  visit(plan.planned_values?.root_module);
  return resources;
}

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { offlineTerraformEnv } from '../../tools/scripts/terraform-cli-config';
import type { Purpose } from '../../profiles/purposes';

const CLI_CONFIG = resolve(__dirname, '..', '..', '.tmp', 'terraform.rc');
let environment: NodeJS.ProcessEnv | undefined;

/**
 * Runs terraform with the project's own CLI configuration. A missing terraform binary or
 * provider mirror throws: the Terraform tiers must fail loudly, never skip.
 */
export function terraform(args: readonly string[], cwd: string): string {
  environment ??= offlineTerraformEnv(CLI_CONFIG);
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

export function terraformInit(directory: string): void {
  terraform(['init', '-input=false', '-no-color'], directory);
}

/**
 * Plans with the given purposes and returns `terraform show -json` of the plan. Test files
 * synthesize the same example, so within one jest run a plan of identical configuration and
 * variables is computed once and shared through the run's cache folder (see global-setup).
 */
export function planJson(directory: string, purposes: readonly Purpose[], extraVars: readonly string[] = []): any {
  const variables = [`-var=purpose_profiles=${JSON.stringify(purposes)}`, ...extraVars.map((v) => `-var=${v}`)];
  const cacheFile = planCacheFile(directory, variables);
  if (cacheFile !== undefined && existsSync(cacheFile)) {
    return JSON.parse(readFileSync(cacheFile, 'utf8'));
  }
  const planFile = `plan-${createHash('sha256').update(variables.join('\n')).digest('hex').slice(0, 12)}.tfplan`;
  terraform(['plan', '-input=false', '-lock=false', '-refresh=false', '-no-color', `-out=${planFile}`, ...variables], directory);
  const shown = terraform(['show', '-json', planFile], directory);
  if (cacheFile !== undefined) {
    // Write then rename, so a parallel worker never reads half a file.
    writeFileSync(`${cacheFile}.${process.pid}`, shown);
    renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  }
  return JSON.parse(shown);
}

function planCacheFile(directory: string, variables: readonly string[]): string | undefined {
  const cacheDirectory = process.env.TRAILGUARD_PLAN_CACHE;
  if (cacheDirectory === undefined) {
    return undefined;
  }
  const configuration = readFileSync(join(directory, 'cdk.tf.json'), 'utf8');
  return join(cacheDirectory, `${createHash('sha256').update(configuration).update(variables.join('\n')).digest('hex')}.json`);
}

/** The message of a plan that must fail, with Terraform's line wrapping undone. */
export function planFailure(directory: string, purposes: readonly string[]): string {
  try {
    planJson(directory, purposes as Purpose[]);
  } catch (error) {
    return (error as Error).message.replace(/\s+/g, ' ');
  }
  throw new Error(`expected the plan with purpose_profiles=${JSON.stringify(purposes)} to fail`);
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

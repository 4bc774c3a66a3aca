import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Purpose } from '../../profiles/purposes';

/**
 * One Terraform configuration that plans a synthesized stack for several purpose combinations
 * at once: the stack becomes a local module, instantiated once per combination, with its
 * providers configured once at the root. Terraform and the AWS provider then start once for
 * all of them; starting them (about 5 s per command) is most of what a single plan costs.
 *
 * Each instance is planned exactly as the stack alone would be: the same resources, variables
 * (with their validation) and provider configurations. `planOfInstance` turns the combined
 * `terraform show -json` back into the plan of one instance, with the stack's own addresses.
 */
export interface PlanBatch {
  /** The folder to run terraform in. */
  readonly directory: string;
  /** Module name → the purposes it plans. */
  readonly instances: ReadonlyMap<string, readonly Purpose[]>;
  /** The `-var` arguments of the plan: one per root variable. */
  readonly variables: readonly string[];
}

/**
 * A module name that says what it plans: `purposes_audit_detection`, `vars_1__purposes_detection`.
 * The set comes first: outputs are named `<instance>__<output>`, so no name may begin with another.
 */
export function instanceName(purposes: readonly Purpose[], variableSet = 0): string {
  return `${variableSet === 0 ? '' : `vars_${variableSet}__`}${['purposes', ...purposes].join('_')}`;
}

/**
 * Writes the batch configuration of one stack's combinations, each with every set of extra
 * variables (`name=value` each), into `<stackDirectory>/<folder>`. Each variable of a set
 * becomes a root variable of the stack's own type, passed to that set's instances, so Terraform
 * parses its `-var` value exactly as it would for the stack.
 */
export function writePlanBatch(stackDirectory: string, folder: string, combinations: readonly (readonly Purpose[])[], variableSets: readonly (readonly string[])[]): PlanBatch {
  const rootVariables = variableSets.flatMap((set, index) => set.map((assignment) => {
    const variable = assignment.slice(0, assignment.indexOf('='));
    return { set: index, variable, root: `vars_${index}_${variable}`, value: assignment.slice(variable.length + 1) };
  }));
  const instances = variableSets.flatMap((_, index) => combinations.map((purposes): BatchInstance => ({
    name: instanceName(purposes, index),
    stackDirectory,
    purposes,
    inputs: Object.fromEntries(rootVariables.filter((v) => v.set === index).map((v) => [v.variable, `\${var.${v.root}}`])),
  })));
  const batch = writeBatch(join(stackDirectory, folder), instances, rootVariables.map((v) => ({ name: v.root, typeOf: v.variable })));
  return { ...batch, variables: rootVariables.map((v) => `-var=${v.root}=${v.value}`) };
}

/** One module instance of a batch. */
export interface BatchInstance {
  readonly name: string;
  /** The synthesized stack it instantiates. */
  readonly stackDirectory: string;
  /** Its purpose_profiles, for a stack that has the variable. */
  readonly purposes?: readonly string[];
  /** Values of other variables, as module arguments (literals, or `${var.<root variable>}`). */
  readonly inputs?: Readonly<Record<string, string>>;
}

/** A variable of the batch's root module, typed as the stack variable it stands for. */
export interface RootVariable {
  readonly name: string;
  /** The stack variable whose type it takes. */
  readonly typeOf: string;
}

/**
 * The batch configuration for any instances, valid or not (see planFailures), of one stack or
 * of several whose providers are configured alike (see planStacks).
 */
export function writeBatch(directory: string, instanceList: readonly BatchInstance[], rootVariables: readonly RootVariable[] = []): Omit<PlanBatch, 'variables'> {
  const stackDirectories = [...new Set(instanceList.map((instance) => instance.stackDirectory))];
  const stacks = stackDirectories.map((stackDirectory) => JSON.parse(readFileSync(join(stackDirectory, 'cdk.tf.json'), 'utf8')));
  const { provider, terraform } = stacks[0];
  for (const [index, other] of stacks.entries()) {
    if (JSON.stringify([other.provider, other.terraform?.required_providers]) !== JSON.stringify([provider, terraform?.required_providers])) {
      throw new Error(`${stackDirectories[index]}: its providers differ from ${stackDirectories[0]}'s, so the two cannot share one plan`);
    }
  }
  const aliases: string[] = Object.entries<any[]>(provider ?? {}).flatMap(([name, configs]) => configs.map((c) => (c.alias === undefined ? name : `${name}.${c.alias}`)));
  const providerSources = terraform?.required_providers ?? {};
  const requiredProviders = Object.fromEntries(Object.entries<any>(providerSources).map(([name, requirement]) => [
    name, { ...requirement, configuration_aliases: aliases.filter((a) => a.startsWith(`${name}.`)) },
  ]));
  const sourceOf = (stackDirectory: string): string => `./stack-${stackDirectories.indexOf(stackDirectory)}`;

  stacks.forEach(({ provider: _provider, terraform: _terraform, ...moduleBody }, index) => {
    mkdirSync(join(directory, `stack-${index}`), { recursive: true });
    writeFileSync(join(directory, `stack-${index}`, 'main.tf.json'), JSON.stringify({ ...moduleBody, terraform: { required_providers: requiredProviders } }));
  });
  const outputsOf = (instance: BatchInstance): [string, any][] => Object.entries<any>(stacks[stackDirectories.indexOf(instance.stackDirectory)].output ?? {});
  writeFileSync(join(directory, 'main.tf.json'), JSON.stringify({
    terraform: { required_providers: providerSources },
    provider,
    ...nonEmpty('variable', Object.fromEntries(rootVariables.map((v) => [v.name, { type: stacks[0].variable?.[v.typeOf]?.type ?? 'string' }]))),
    module: Object.fromEntries(instanceList.map((instance) => [instance.name, {
      source: sourceOf(instance.stackDirectory),
      providers: Object.fromEntries(aliases.map((a) => [a, a])),
      ...(instance.purposes !== undefined && { purpose_profiles: instance.purposes }),
      ...instance.inputs,
    }])),
    ...nonEmpty('output', Object.fromEntries(instanceList.flatMap((instance) => outputsOf(instance).map(([output, definition]) => [
      `${instance.name}__${output}`, { value: `\${module.${instance.name}.${output}}`, ...(definition.sensitive === true && { sensitive: true }) },
    ])))),
  }));
  return { directory, instances: new Map(instanceList.map((instance) => [instance.name, (instance.purposes ?? []) as readonly Purpose[]])) };
}

/** `{ [block]: entries }`, or nothing: Terraform rejects an empty block in JSON. */
function nonEmpty(block: string, entries: Record<string, unknown>): Record<string, unknown> {
  return Object.keys(entries).length === 0 ? {} : { [block]: entries };
}

/** The plan of one instance, shaped as `terraform show -json` of the stack planned alone. */
export function planOfInstance(combined: any, name: string, purposes: readonly Purpose[]): any {
  // A name the batch does not hold would read as an empty plan, and every absence check would pass.
  if (combined.configuration?.root_module?.module_calls?.[name] === undefined) throw new Error(`the batch has no instance ${name}`);
  const prefix = `module.${name}.`;
  const relocate = (address: string): string => (address.startsWith(prefix) ? address.slice(prefix.length) : address);
  const moduleValues = (module: any): any => ({
    ...(module.address !== `module.${name}` && { address: relocate(module.address) }),
    resources: (module.resources ?? []).map((resource: any) => ({ ...resource, address: relocate(resource.address) })),
    ...(module.child_modules !== undefined && { child_modules: module.child_modules.map(moduleValues) }),
  });
  const instanceValues = (combined.planned_values?.root_module?.child_modules ?? []).find((m: any) => m.address === `module.${name}`) ?? { address: `module.${name}` };
  const ownOutputs = (outputs: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.entries(outputs ?? {}).filter(([key]) => key.startsWith(`${name}__`)).map(([key, value]) => [key.slice(name.length + 2), value]));
  return {
    format_version: combined.format_version,
    terraform_version: combined.terraform_version,
    variables: purposes.length === 0 ? {} : { purpose_profiles: { value: purposes } },
    planned_values: { outputs: ownOutputs(combined.planned_values?.outputs), root_module: moduleValues(instanceValues) },
    resource_changes: (combined.resource_changes ?? [])
      .filter((c: any) => c.address.startsWith(prefix))
      .map(({ module_address, ...c }: any) => ({ ...c, address: relocate(c.address), ...(module_address !== `module.${name}` && { module_address: relocate(module_address) }) })),
    output_changes: ownOutputs(combined.output_changes),
    configuration: {
      provider_config: combined.configuration?.provider_config,
      root_module: combined.configuration?.root_module?.module_calls?.[name]?.module,
    },
    applyable: combined.applyable,
    complete: combined.complete,
    errored: combined.errored,
  };
}

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Where the offline provider mirror lives; override with TRAILGUARD_PROVIDER_MIRROR. */
export const DEFAULT_PROVIDER_MIRROR = '/opt/tf-plugins';

export function providerMirror(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRAILGUARD_PROVIDER_MIRROR ?? DEFAULT_PROVIDER_MIRROR;
}

/**
 * A Terraform CLI configuration owned by the project: hashicorp providers come from the
 * filesystem mirror and never from the network, and no checkpoint calls are made.
 *
 * With `providerInPlace` (a folder holding the mirror's AWS provider binary) Terraform runs that
 * binary where it is (`dev_overrides`), with no install per folder and no lock file: for the test
 * tiers, which run some fifty terraform commands, each of which would otherwise hash the 700 MB
 * binary against the lock file first. `terraform init` of a folder with a backend still installs
 * the provider, from the mirror.
 */
export function cliConfigText(mirror: string, providerInPlace?: string): string {
  return [
    'disable_checkpoint = true',
    '',
    'provider_installation {',
    ...(providerInPlace === undefined ? [] : ['  dev_overrides {', `    "hashicorp/aws" = ${JSON.stringify(providerInPlace)}`, '  }']),
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirror)}`,
    '    include = ["registry.terraform.io/hashicorp/*"]',
    '  }',
    '  direct {',
    '    exclude = ["registry.terraform.io/hashicorp/*"]',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Writes the CLI configuration and returns the environment to run terraform with: installing
 * from the mirror, or with `inPlace` the mirror's provider binary of `version` run in place.
 */
export function offlineTerraformEnv(configPath: string, env: NodeJS.ProcessEnv = process.env, inPlace?: { readonly version: string }): NodeJS.ProcessEnv {
  const mirror = providerMirror(env);
  const provider = `${mirror}/registry.terraform.io/hashicorp/aws`;
  const binaryDirectory = inPlace === undefined ? undefined : `${provider}/${inPlace.version}/${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;
  if (!existsSync(binaryDirectory ?? provider)) {
    throw new Error(
      `Terraform provider mirror not found: ${binaryDirectory ?? provider} does not exist. ` +
        `Set TRAILGUARD_PROVIDER_MIRROR to a filesystem mirror holding hashicorp/aws ${inPlace?.version ?? '5.100.0'}.`,
    );
  }
  mkdirSync(dirname(configPath), { recursive: true });
  writeFileSync(configPath, cliConfigText(mirror, binaryDirectory));
  return { ...env, TF_CLI_CONFIG_FILE: resolve(configPath), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
}

// `tsx tools/scripts/terraform-cli-config.ts [path]` writes the file for interactive use.
if (require.main === module) {
  const path = process.argv[2] ?? '.tmp/terraform.rc';
  offlineTerraformEnv(path);
  process.stdout.write(`Wrote ${path}. Use it with:\n  export TF_CLI_CONFIG_FILE=${resolve(path)} CHECKPOINT_DISABLE=1\n`);
}

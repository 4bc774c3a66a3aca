import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrailguardConfig } from '../config/load';
import { resolvePurposes } from '../profiles/resolve';
import { applyOverrides } from '../profiles/overrides';
import { SETTING_NAMES, SETTINGS_TABLE } from '../profiles/settings-table';
import type { TrailguardStacks } from './trailguard-app';

/** A short report of what was synthesized and the logging plan of the default purposes. */
export function synthSummary(stacks: TrailguardStacks, config: TrailguardConfig, outdir: string): string {
  const lines = [`Synthesized ${Object.keys(stacks).length} stacks into ${outdir}/stacks:`];
  const accounts = { logArchive: config.accounts.logArchive, management: config.accounts.management, security: config.accounts.security };
  for (const [role, stack] of Object.entries(stacks) as [keyof TrailguardStacks, TrailguardStacks[keyof TrailguardStacks]][]) {
    const id = stack.node.id;
    const synthesized = JSON.parse(readFileSync(join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8')) as { resource?: Record<string, object> };
    const resources = Object.values(synthesized.resource ?? {}).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
    lines.push(`  ${id.padEnd(12)} account ${accounts[role]}  ${String(resources).padStart(3)} resource blocks`);
  }
  const plan = resolvePurposes(config.purposeProfiles, applyOverrides(SETTINGS_TABLE, config.profileOverrides));
  lines.push('', `Logging plan for purpose_profiles = [${plan.purposes.map((p) => `"${p}"`).join(', ')}] (change it at plan time with -var):`);
  for (const name of SETTING_NAMES) {
    lines.push(`  ${name.padEnd(34)} ${JSON.stringify(plan.settings[name].value)}`);
  }
  lines.push('', `Why each value: npx trailguard explain --profiles ${plan.purposes.join(',')}`, '');
  return lines.join('\n');
}

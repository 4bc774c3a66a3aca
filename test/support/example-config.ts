import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, type TrailguardConfig } from '../../config/load';

/** The raw example configuration bundled in cdktf.json, fresh for each caller to modify. */
export function exampleRawConfig(): Record<string, any> {
  const cdktfJson = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cdktf.json'), 'utf8'));
  return structuredClone(cdktfJson.context.trailguard);
}

export function exampleConfig(overrides: Record<string, unknown> = {}): TrailguardConfig {
  return parseConfig({ ...exampleRawConfig(), ...overrides });
}

/**
 * The example with the verifier and drill roles: one configuration for every test file that
 * needs them, so the run synthesizes it once.
 */
export function operatorRolesConfig(): TrailguardConfig {
  return exampleConfig({ verifierRoleName: 'tg-verifier', drillRoleName: 'tg-drill', verifierPrincipals: ['arn:aws:iam::333333333333:role/tg-drill-operator'] });
}

/**
 * The environment variable that switches on the test-only offline plan mode. In it every
 * provider skips credential and account checks and uses placeholder keys, so `terraform
 * plan` runs without AWS. A normal synth never contains these settings.
 */
export const OFFLINE_PLAN_ENV = 'TRAILGUARD_OFFLINE_PLAN';

export function isOfflinePlanMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[OFFLINE_PLAN_ENV] === '1';
}

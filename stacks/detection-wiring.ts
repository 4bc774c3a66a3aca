import { Token } from 'cdktf';
import type { PurposeProfiles } from '../modules/profiles/purpose-profiles';
import type { SettingName } from '../profiles/settings-table';

/** The Terraform condition (no `${}`) that every named boolean setting is on. */
export function allOn(profiles: PurposeProfiles, settings: readonly SettingName[]): string {
  return `(${settings.map((s) => profiles.expression(s)).join(' && ')})`;
}

/** The Terraform condition (no `${}`) that any named boolean setting is on. */
export function anyOn(profiles: PurposeProfiles, settings: readonly SettingName[]): string {
  return `(${settings.map((s) => profiles.expression(s)).join(' || ')})`;
}

/** A `count` of 1 when the condition holds at plan time, else 0. */
export function countIf(condition: string): number {
  return Token.asNumber(`\${${condition} ? 1 : 0}`);
}

import { combinationKey, type Purpose } from './purposes';
import { SETTING_NAMES, SETTINGS_TABLE, type LoggingSettings, type SettingName, type SettingsTable } from './settings-table';

/** One effective setting: its value and the reasons of the purposes that decided it. */
export interface ResolvedSetting<V> {
  readonly value: V;
  readonly reason: string;
  readonly decidedBy: readonly Purpose[];
}

export type ResolvedSettings = { readonly [K in SettingName]: ResolvedSetting<LoggingSettings[K]> };

/** The effective settings of a combination of purposes. */
export interface LoggingPlan {
  readonly purposes: readonly Purpose[];
  readonly key: string;
  readonly settings: ResolvedSettings;
}

/**
 * Combines the chosen purposes: booleans by union, durations by the longest, lock modes
 * and frequencies by the strictest. Each setting keeps the reasons of the purposes that won.
 */
export function resolvePurposes(purposes: readonly Purpose[], table: SettingsTable = SETTINGS_TABLE): LoggingPlan {
  if (purposes.length === 0) {
    throw new Error('purposes: expected at least one of the purposes, got an empty list');
  }
  const sorted = [...new Set(purposes)].sort();
  const settings = Object.fromEntries(SETTING_NAMES.map((name) => [name, resolveSetting(table, name, sorted)]));
  return { purposes: sorted, key: combinationKey(sorted), settings: settings as unknown as ResolvedSettings };
}

function resolveSetting<K extends SettingName>(
  table: SettingsTable,
  name: K,
  purposes: readonly Purpose[],
): ResolvedSetting<LoggingSettings[K]> {
  const definition = table[name];
  const choices = purposes.map((purpose) => ({ purpose, ...definition.byPurpose[purpose] }));
  const value = definition.merge.combine(choices.map((choice) => choice.value));
  const deciding = choices.filter((choice) => definition.merge.contributes(choice.value, value));
  // With nothing contributing (a union of empty lists), every purpose's reason explains the empty value.
  const explaining = deciding.length > 0 ? deciding : choices;
  const reason =
    explaining.length === 1 ? explaining[0].reason : explaining.map((choice) => `${choice.purpose}: ${choice.reason}`).join(' ');
  return { value, reason, decidedBy: deciding.map((choice) => choice.purpose) };
}

import type { Purpose } from './purposes';
import type { LoggingSettings, SettingDefinition, SettingName, SettingsTable } from './settings-table';

/** Per-purpose replacements for table values, from `profileOverrides` in the configuration. */
export type ProfileOverrides = Partial<Record<Purpose, Partial<LoggingSettings>>>;

/** A copy of the table with the overridden values, each reason saying it was overridden and what the default was. */
export function applyOverrides(table: SettingsTable, overrides: ProfileOverrides): SettingsTable {
  const result: Record<string, SettingDefinition<unknown>> = { ...table };
  for (const [purpose, settings] of Object.entries(overrides) as [Purpose, Partial<LoggingSettings>][]) {
    for (const [name, value] of Object.entries(settings ?? {}) as [SettingName, unknown][]) {
      const definition = result[name];
      const original = definition.byPurpose[purpose];
      result[name] = {
        ...definition,
        byPurpose: {
          ...definition.byPurpose,
          [purpose]: {
            value,
            reason: `Overridden in the configuration (profileOverrides.${purpose}.${name}); the default ${JSON.stringify(original.value)} was chosen because: ${original.reason}`,
          },
        },
      };
    }
  }
  return result as unknown as SettingsTable;
}

import type { ResolvedSettings } from '../profiles/resolve';
import type { LoggingSettings, SettingName } from '../profiles/settings-table';

/** The settings that switch something on or off. */
export type SwitchSetting = { [K in SettingName]: LoggingSettings[K] extends boolean ? K : never }[SettingName];

/**
 * When a deployable thing exists: a condition over the purpose settings (and plan-time
 * variables) that is decided once, then rendered as a Terraform `count` by the stacks and
 * evaluated in TypeScript by every report. Neither re-derives the other.
 */
export type Gate =
  | { readonly kind: 'always' }
  | { readonly kind: 'setting'; readonly setting: SwitchSetting }
  | { readonly kind: 'variable-set'; readonly variable: string }
  | { readonly kind: 'all' | 'any'; readonly of: readonly Gate[] };

export const ALWAYS: Gate = { kind: 'always' };

export function settingOn(setting: SwitchSetting): Gate {
  return { kind: 'setting', setting };
}

export function allOf(...of: Gate[]): Gate {
  return { kind: 'all', of };
}

export function anyOf(...of: Gate[]): Gate {
  return { kind: 'any', of };
}

/** A nullable Terraform variable that is set at plan time (its value is only known then). */
export function variableSet(variable: string): Gate {
  return { kind: 'variable-set', variable };
}

/**
 * The gate as a Terraform expression (without `${}`), given how a setting's planned value is
 * referenced. `undefined` for ALWAYS: an ungated resource has no count.
 */
export function gateExpression(gate: Gate, settingExpression: (setting: SwitchSetting) => string): string | undefined {
  switch (gate.kind) {
    case 'always':
      return undefined;
    case 'setting':
      return settingExpression(gate.setting);
    case 'variable-set':
      return `var.${gate.variable} != null`;
    case 'all':
    case 'any': {
      const parts = gate.of.map((part) => gateExpression(part, settingExpression) ?? 'true');
      return `(${parts.join(gate.kind === 'all' ? ' && ' : ' || ')})`;
    }
  }
}

/**
 * Whether the gate holds for resolved settings. Plan-time variables are unknown to a report;
 * `variables` says which are set (default: none, as the variables default to null).
 */
export function gateHolds(gate: Gate, settings: ResolvedSettings, variables: ReadonlySet<string> = new Set()): boolean {
  switch (gate.kind) {
    case 'always':
      return true;
    case 'setting':
      return settings[gate.setting].value;
    case 'variable-set':
      return variables.has(gate.variable);
    case 'all':
      return gate.of.every((part) => gateHolds(part, settings, variables));
    case 'any':
      return gate.of.some((part) => gateHolds(part, settings, variables));
  }
}

/** The gate in words, for reports: "metricAlarms and cloudWatchLogsDelivery". */
export function describeGate(gate: Gate): string {
  switch (gate.kind) {
    case 'always':
      return 'always';
    case 'setting':
      return gate.setting;
    case 'variable-set':
      return `${gate.variable} is set`;
    case 'all':
    case 'any': {
      const parts = gate.of.map((part) => (part.kind === 'all' || part.kind === 'any' ? `(${describeGate(part)})` : describeGate(part)));
      return parts.join(gate.kind === 'all' ? ' and ' : ' or ');
    }
  }
}

/** The settings a gate reads, for reports that cite their reasons. */
export function gateSettings(gate: Gate): SwitchSetting[] {
  switch (gate.kind) {
    case 'setting':
      return [gate.setting];
    case 'all':
    case 'any':
      return [...new Set(gate.of.flatMap(gateSettings))];
    default:
      return [];
  }
}

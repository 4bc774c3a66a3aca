import { TerraformLocal, TerraformOutput, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { allCombinations, PURPOSES, type Purpose } from '../../profiles/purposes';
import { resolvePurposes } from '../../profiles/resolve';
import { SETTING_NAMES, SETTINGS_TABLE, type SettingName, type SettingsTable } from '../../profiles/settings-table';
import { gateExpression, type Gate } from '../../model/gate';

export interface PurposeProfilesProps {
  /** The purposes planned when `purpose_profiles` is not set at plan time. */
  readonly defaultPurposes: readonly Purpose[];
  /**
   * The settings table, with any configuration overrides applied.
   * @default SETTINGS_TABLE
   */
  readonly table?: SettingsTable;
}

/** Terraform names of the variable, locals and output, stable because users type them. */
export const PURPOSE_PROFILES_VARIABLE = 'purpose_profiles';
export const LOGGING_PLAN_OUTPUT = 'logging_plan';
const ALL_PLANS_LOCAL = 'trailguard_logging_plans';
const SELECTED_PLAN_LOCAL = 'trailguard_logging_plan';

/**
 * Binds a stack to the `purpose_profiles` input variable. The TypeScript resolver runs at
 * synth time for every combination; Terraform only looks the chosen one up by its sorted,
 * joined key, so a plan with another value needs no new synth and Terraform never
 * re-implements the merge logic.
 */
export class PurposeProfiles extends Construct {
  readonly variable: TerraformVariable;

  constructor(scope: Construct, id: string, props: PurposeProfilesProps) {
    super(scope, id);
    const table = props.table ?? SETTINGS_TABLE;
    const allowed = PURPOSES.map((purpose) => `"${purpose}"`).join(', ');

    this.variable = new TerraformVariable(this, 'Variable', {
      type: 'list(string)',
      default: [...props.defaultPurposes],
      description: `Purposes the logs serve, one or more of ${allowed}. Every setting follows from them.`,
      // In Terraform JSON, a condition is an expression only inside ${}.
      validation: [
        { condition: '${length(var.purpose_profiles) > 0}', errorMessage: `purpose_profiles must name at least one purpose; allowed: ${allowed}.` },
        {
          condition: `\${alltrue([for p in var.purpose_profiles : contains([${allowed}], p)])}`,
          errorMessage: `purpose_profiles has an unknown purpose; allowed: ${allowed}.`,
        },
        {
          condition: '${length(distinct(var.purpose_profiles)) == length(var.purpose_profiles)}',
          errorMessage: `purpose_profiles names a purpose twice; allowed, each at most once: ${allowed}.`,
        },
      ],
    });
    this.variable.overrideLogicalId(PURPOSE_PROFILES_VARIABLE);

    const plans = Object.fromEntries(
      allCombinations().map((purposes) => {
        const plan = resolvePurposes(purposes, table);
        return [plan.key, toTerraformPlan(plan.settings)];
      }),
    );
    new TerraformLocal(this, 'AllPlans', plans).overrideLogicalId(ALL_PLANS_LOCAL);
    new TerraformLocal(this, 'SelectedPlan', `\${local.${ALL_PLANS_LOCAL}[join(",", sort(var.${PURPOSE_PROFILES_VARIABLE}))]}`)
      .overrideLogicalId(SELECTED_PLAN_LOCAL);

    new TerraformOutput(this, 'LoggingPlan', {
      value: Token.asAny(`\${local.${SELECTED_PLAN_LOCAL}}`),
      description: 'The effective logging settings for purpose_profiles, each with the reason it has that value.',
    }).overrideLogicalId(LOGGING_PLAN_OUTPUT);
  }

  /** The Terraform expression (without ${}) of a setting's planned value. */
  expression(name: SettingName): string {
    return `local.${SELECTED_PLAN_LOCAL}.${snakeCase(name)}.value`;
  }

  number(name: SettingName): number {
    return Token.asNumber(`\${${this.expression(name)}}`);
  }

  string(name: SettingName): string {
    return Token.asString(`\${${this.expression(name)}}`);
  }

  list(name: SettingName): string[] {
    return Token.asList(`\${${this.expression(name)}}`);
  }

  /** A `count` of 1 when a boolean setting is on for the planned purposes, else 0. */
  countWhen(name: SettingName): number {
    return conditionalCount(this.expression(name));
  }

  /**
   * The `count` of a deployment-model gate: 1 when it holds for the planned purposes, else 0;
   * `undefined` for a thing that always exists (no count at all).
   */
  countFor(gate: Gate): number | undefined {
    const condition = gateExpression(gate, (setting) => this.expression(setting));
    return condition === undefined ? undefined : conditionalCount(condition);
  }

  /** A deployment-model gate as a Terraform condition (without `${}`): `true` when ungated. */
  conditionFor(gate: Gate): string {
    return gateExpression(gate, (setting) => this.expression(setting)) ?? 'true';
  }
}

// A raw expression, not Fn.conditional: Fn treats a "${...}" string argument as a string
// literal and escapes it, which Terraform rejects as a non-bool condition.
function conditionalCount(condition: string): number {
  return Token.asNumber(`\${${condition} ? 1 : 0}`);
}

function toTerraformPlan(settings: Record<string, { value: unknown; reason: string }>): Record<string, unknown> {
  return Object.fromEntries(
    SETTING_NAMES.map((name) => [snakeCase(name), { value: settings[name].value, reason: settings[name].reason }]),
  );
}

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

import { Testing, TerraformStack } from 'cdktf';
import { CONTROL_CHECKS, runChecks, type CheckResult } from '../reports/controls/checks';
import { viewOfPlans } from '../reports/controls/from-plan';
import { viewOfSynth, type SynthesizedStack } from '../reports/controls/from-synth';
import type { ResourceView } from '../reports/controls/resources';

/**
 * What the control checks read: a cdktf stack, its synthesized JSON (`Testing.synth(stack)` or
 * `cdk.tf.json`), `terraform show -json` of its plan, or several of these by name when a
 * control spans stacks (the trail in one account, its bucket in another).
 */
export type ControlsInput = TerraformStack | SynthesizedStack | PlanJson | Readonly<Record<string, TerraformStack | SynthesizedStack | PlanJson>>;

/** `terraform show -json` of a saved plan. */
export interface PlanJson {
  readonly format_version: string;
  readonly planned_values: unknown;
}

const isPlan = (value: unknown): value is PlanJson => typeof value === 'object' && value !== null && 'planned_values' in value;
const isSingle = (value: unknown): boolean =>
  value instanceof TerraformStack || typeof value === 'string' || isPlan(value) || (typeof value === 'object' && value !== null && ('resource' in value || 'terraform' in value));

/** The controls' view of the input: plans when given plans, else synthesized JSON. */
export function controlsView(input: ControlsInput): ResourceView {
  const named: Record<string, unknown> = isSingle(input) ? { stack: input } : { ...(input as Record<string, unknown>) };
  const entries = Object.entries(named).map(([name, value]) => [name, value instanceof TerraformStack ? Testing.synth(value) : value] as const);
  const plans = entries.filter(([, value]) => isPlan(value));
  if (plans.length > 0 && plans.length < entries.length) {
    throw new Error('assertControls: give every stack as a plan or every stack as synthesized JSON, not a mix');
  }
  return plans.length > 0 ? viewOfPlans(Object.fromEntries(plans)) : viewOfSynth(Object.fromEntries(entries) as Record<string, SynthesizedStack>);
}

/** Each named control's result, without judging it. */
export function checkControls(input: ControlsInput, controls: readonly string[]): Map<string, CheckResult> {
  return runChecks(controlsView(input), controls);
}

/** Why the given controls are not all met, one line each; empty when they are. */
export function controlFailures(results: ReadonlyMap<string, CheckResult>): string[] {
  return [...results].filter(([, r]) => r.status !== 'met').map(([control, r]) =>
    `${control}: ${r.status === 'undetermined' ? 'needs plan values' : r.status} — ${r.why}`);
}

/**
 * Throws, naming every failing control and why, unless each of `controls` is met. A control that
 * only a plan can decide (a count or value known at plan time) fails with "needs plan values":
 * pass the plan's JSON instead.
 */
export function assertControls(input: ControlsInput, controls: readonly string[]): Map<string, CheckResult> {
  const results = checkControls(input, controls);
  const failures = controlFailures(results);
  if (failures.length > 0) {
    throw new Error(`${failures.length} of ${controls.length} Security Hub controls not met:\n  ${failures.join('\n  ')}`);
  }
  return results;
}

/** Every control id a check exists for. */
export const CHECKED_CONTROLS: readonly string[] = [...CONTROL_CHECKS.keys()];

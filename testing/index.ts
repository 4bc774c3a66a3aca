// trailguard/testing: the Security Hub control checks, for any synthesized cdktf stack or plan.
export { assertControls, checkControls, controlFailures, controlsView, CHECKED_CONTROLS, type ControlsInput, type PlanJson } from './assert-controls';
export { controlMatchers, setupControlMatchers } from './matchers';
export type { CheckResult, ControlStatus } from '../reports/controls/checks';
export { CONTROL_CATALOG, type ControlEntry } from '../reports/controls/catalog';

import type { ResourceView } from '../resources';
import type { CheckResult, ControlCheck } from './check';
import { CLOUDTRAIL_CHECKS } from './cloudtrail';
import { CLOUDWATCH_CHECKS } from './cloudwatch';
import { S3_CHECKS } from './s3';
import { SERVICE_CHECKS } from './services';

export type { CheckResult, ControlCheck, ControlStatus } from './check';

/** Every control check, by control id. */
export const CONTROL_CHECKS: ReadonlyMap<string, ControlCheck> = new Map(
  [...CLOUDTRAIL_CHECKS, ...CLOUDWATCH_CHECKS, ...S3_CHECKS, ...SERVICE_CHECKS].map((check) => [check.control, check]),
);

/** Runs the named controls' checks over a view; an id without a check is a usage error. */
export function runChecks(view: ResourceView, controls: readonly string[]): Map<string, CheckResult> {
  const unknown = controls.filter((id) => !CONTROL_CHECKS.has(id));
  if (unknown.length > 0) {
    throw new Error(`unknown control${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}; expected one of: ${[...CONTROL_CHECKS.keys()].join(', ')}`);
  }
  return new Map(controls.map((id) => [id, (CONTROL_CHECKS.get(id) as ControlCheck).check(view)]));
}

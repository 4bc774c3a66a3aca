import type { ResourceView, TfResource } from '../resources';

/** A control's state, as Security Hub reports it for an account. */
export type ControlStatus = 'met' | 'not met' | 'not applicable';

/** What a check concludes; synth alone may leave a control `undetermined` (it needs plan values). */
export interface CheckResult {
  readonly status: ControlStatus | 'undetermined';
  readonly why: string;
  /** Addresses of the resources judged. */
  readonly resources: readonly string[];
}

/** One Security Hub control, judged from Terraform resources (cdk-nag style: one pure rule). */
export interface ControlCheck {
  readonly control: string;
  check(view: ResourceView): CheckResult;
}

/** A resource passes (undefined), fails (the reason), or depends on one whose existence only the plan decides. */
export type Verdict = string | undefined | { readonly undecided: string };

/** A resource the rule needs: undecided when only the plan can say whether it exists. */
export function needed(resource: TfResource | undefined, missing: string): Verdict {
  if (resource === undefined) return missing;
  return resource.decided ? undefined : { undecided: resource.address };
}

/**
 * The common shape: the control applies to `resources`; each passes unless `failure` returns
 * a reason. No resource: not applicable. An undecided resource: the plan must decide.
 */
export function eachResource(resources: readonly TfResource[], failure: (resource: TfResource) => Verdict, subject: string): CheckResult {
  const addresses = resources.map((r) => r.address);
  if (resources.length === 0) return { status: 'not applicable', why: `no ${subject}`, resources: [] };
  const verdicts = resources.map((r) => ({ r, verdict: r.decided ? failure(r) : { undecided: r.address } }));
  // A resource that certainly fails decides the control, whatever the plan makes of the others.
  const failures = verdicts.flatMap(({ r, verdict }) => (typeof verdict === 'string' ? [`${r.address}: ${verdict}`] : []));
  if (failures.length > 0) return { status: 'not met', why: failures.join('; '), resources: addresses };
  const undecided = verdicts.flatMap(({ verdict }) => (typeof verdict === 'object' && verdict !== null ? [verdict.undecided] : []));
  if (undecided.length > 0) {
    return { status: 'undetermined', why: `needs plan values: whether ${[...new Set(undecided)].join(', ')} exist is decided at plan time`, resources: addresses };
  }
  return { status: 'met', why: `every ${subject} passes`, resources: addresses };
}

/** A value the plan leaves unknown cannot be judged from synth; in a plan, unknown values are computed by AWS. */
export function isUnknown(resource: TfResource, attribute: string): boolean {
  return resource.unknown.has(attribute);
}

/** Terraform JSON nests blocks as one-element lists in plans and as objects in synth. */
export function blocks(value: unknown): any[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

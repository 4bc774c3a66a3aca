/** A GuardDuty export key of the example's log-archive account in its home Region. */
export const EXPORT_KEY = 'guardduty_export_key_arn=arn:aws:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';
/** Security Lake's delegated administrator is in place, so the log-archive stack plans the traces. */
export const SECURITY_LAKE_DELEGATED = 'security_lake_delegated=true';

/**
 * Every set of extra variables the Terraform tests plan each stack with, beside none. A stack's
 * first plan in a run plans every purpose combination with each set, in one batch: each
 * `terraform plan` and `show` costs about 17 CPU-seconds before it plans a single instance, and
 * each instance about 2.
 */
export const PLANNED_VARIABLES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'log-archive': [[SECURITY_LAKE_DELEGATED]],
  security: [[EXPORT_KEY]],
};

/** The variable sets of a stack's batch: none first, then the ones listed above. */
export function variableSetsOf(stackId: string): readonly (readonly string[])[] {
  return [[], ...(PLANNED_VARIABLES[stackId] ?? [])];
}

import type { AwsAccess } from './aws-clients';
import type { CheckResult } from './check-result';
import { activeAccountsReader, type VerifyContext } from './context';
import type { ExpectedDeployment } from './expected';
import { boundedMap } from './fan-out';
import { alarmChecks } from './checks/alarms';
import { alertBusChecks } from './checks/alert-bus';
import { evidenceChecks } from './checks/evidence';
import { managementForwarderChecks, stackSetChecks } from './checks/forwarders';
import { guardDutyChecks } from './checks/guardduty';
import { guardrailChecks } from './checks/guardrails';
import { investigationChecks } from './checks/investigation';
import { trailChecks } from './checks/trail';

export interface VerifyOptions {
  readonly expected: ExpectedDeployment;
  readonly aws: AwsAccess;
  readonly maxDeliveryAgeMs: number;
  /** Check groups in flight at once. */
  readonly concurrency: number;
  /** @default - the clock */
  readonly now?: () => Date;
  /** Called as check groups finish, for progress on a terminal. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Every check, fanned out over the three accounts and the governed Regions with bounded
 * concurrency; the results come back in a stable order (area, then Region).
 */
export async function runVerify(options: VerifyOptions): Promise<CheckResult[]> {
  const ctx: VerifyContext = {
    expected: options.expected,
    aws: options.aws,
    maxDeliveryAgeMs: options.maxDeliveryAgeMs,
    now: options.now ?? (() => new Date()),
    activeAccounts: activeAccountsReader(options.aws, options.expected),
  };
  const regions = options.expected.governedRegions;
  const forwarderRegions = Object.keys(options.expected.alerts?.managementForwardersByRegion ?? {});
  const groups: (() => Promise<CheckResult[]>)[] = [
    () => trailChecks(ctx),
    () => evidenceChecks(ctx),
    () => guardrailChecks(ctx),
    ...regions.map((region) => () => guardDutyChecks(ctx, region)),
    ...regions.map((region) => () => alertBusChecks(ctx, region)),
    () => stackSetChecks(ctx),
    ...forwarderRegions.map((region) => () => managementForwarderChecks(ctx, region)),
    () => alarmChecks(ctx),
    () => investigationChecks(ctx),
  ];
  const results = await boundedMap(groups, options.concurrency, (group) => group(), options.onProgress);
  return results.flat();
}

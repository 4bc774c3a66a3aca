import type { TrailguardNames } from '../naming/names';

/**
 * What the log-tampering guardrails protect and whom they exempt, as plan-time ARNs.
 * Nothing here is a computed attribute, so a reviewer reads the exact policies in the plan.
 */
export interface LogGuardrailScope {
  /** `aws:PrincipalArn` patterns the guardrails do not bind: the break-glass role in any account. */
  readonly exemptPrincipalArns: readonly string[];
  /** Buckets that hold evidence (the trail bucket and its access-log bucket). */
  readonly protectedBucketArns: readonly string[];
  /** Account-scoped key ARN patterns; key ids are unknown until the log-archive deploy. */
  readonly logKeyArnPatterns: readonly string[];
  /** Aliases that mark a key as a log key (`kms:ResourceAliases` values). */
  readonly logKeyAliasNames: readonly string[];
  /** The same aliases as resources, so they cannot be moved off the key. */
  readonly logKeyAliasArnPatterns: readonly string[];
  /**
   * Roles that administer GuardDuty for the organization (the delegated administrator's
   * deployment role), exempt from the GuardDuty statement only: without it, a changed purpose
   * could never update or remove the administrator's own detector.
   */
  readonly guardDutyAdministratorArns: readonly string[];
  /**
   * Roles that deploy the member accounts' forwarders: the service-managed StackSets execution
   * roles. Exempt from the forwarder statements only, and protected by name like the break-glass role.
   */
  readonly forwarderDeployerArnPatterns: readonly string[];
  /** The member accounts' forwarding rules, by their deterministic names. */
  readonly forwarderRuleArnPatterns: readonly string[];
  /** The member accounts' forwarding roles, by their deterministic names. */
  readonly forwarderRoleArnPatterns: readonly string[];
}

/**
 * The scope of trailguard's own deployment. The trail log-group key lives in the management
 * account, where neither SCPs nor RCPs bind, so only the log-archive key is listed.
 */
export function logGuardrailScope(names: TrailguardNames, breakGlassRoleName: string, guardDutyAdministratorArns: readonly string[] = []): LogGuardrailScope {
  return {
    guardDutyAdministratorArns,
    exemptPrincipalArns: [names.anyAccountRoleArnPattern(breakGlassRoleName)],
    protectedBucketArns: [names.evidenceBucketArn, names.accessLogBucketArn],
    logKeyArnPatterns: [names.logArchiveKeyArnPatternAllRegions],
    logKeyAliasNames: [names.logKeyAliasName],
    logKeyAliasArnPatterns: [names.logKeyAliasArnPattern],
    forwarderDeployerArnPatterns: [names.stackSetsExecutionRoleArnPattern],
    forwarderRuleArnPatterns: [names.forwarderRuleArnPattern],
    forwarderRoleArnPatterns: [names.memberForwarderRoleArnPattern],
  };
}

/** A bucket and every object in it: bucket-level and object-level actions need both forms. */
export function bucketAndObjectArns(bucketArns: readonly string[]): string[] {
  return bucketArns.flatMap((arn) => [arn, `${arn}/*`]);
}

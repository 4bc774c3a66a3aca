import type { TrailguardNames } from '../naming/names';
import type { ConditionBlock } from './policy-document';

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
   * The security account's deployment role. It manages GuardDuty and the alert pipeline, so it is
   * exempt from the statements over those resources (without it, a changed purpose could never
   * update or remove them), and from nothing else.
   */
  readonly securityDeployerArns: readonly string[];
  /**
   * The deployment roles of the member accounts (log-archive and security). Their names are
   * protected like the break-glass role's, and only `deployerPrincipalArns` may assume them.
   */
  readonly deploymentRoleArns: readonly string[];
  /** `aws:PrincipalArn` patterns that may assume the deployment roles (`deployerPrincipals`). */
  readonly deployerPrincipalArns: readonly string[];
  /**
   * Roles that deploy the member accounts' forwarders: the service-managed StackSets execution
   * roles. Exempt from the forwarder statements only, and protected by name like the break-glass role.
   */
  readonly forwarderDeployerArnPatterns: readonly string[];
  /** The member accounts' forwarding rules, by their deterministic names. */
  readonly forwarderRuleArnPatterns: readonly string[];
  /** The member accounts' forwarding roles, by their deterministic names. */
  readonly forwarderRoleArnPatterns: readonly string[];
  /** Who may put events on the central buses: every forwarding role, the management account's included. */
  readonly forwarderPrincipalArnPatterns: readonly string[];
  /**
   * The security account's drill role (`drillRoleName`), which puts the drill event on the central
   * buses. Exempt from the statement over the buses only: the bus policy keeps it to drill events.
   */
  readonly drillPrincipalArns: readonly string[];
  /**
   * The roles trailguard's commands assume in the member accounts (the drill role in the security
   * account, the verifier role in log-archive and security). The bus trusts the drill role by
   * name, so the names are protected: only the break-glass role and the deployment roles, which
   * create them, may create, re-trust, re-policy, delete or pass a role of these names.
   */
  readonly operatorRoleArns: readonly string[];
  /** The alert pipeline of the security account: trailguard's central rules, the buses, the topics, the key alias. */
  readonly alertPipelineArnPatterns: readonly string[];
  /** The central buses, which only the forwarders may put events on. */
  readonly centralBusArnPatterns: readonly string[];
  /** The account of the central buses, to which the bus-permission statement is scoped. */
  readonly securityAccountId: string;
  /** Account-scoped key ARN patterns of the alert topics' keys, narrowed by `alertKeyAliasNames`. */
  readonly alertKeyArnPatterns: readonly string[];
  readonly alertKeyAliasNames: readonly string[];
  /** Every policy of the organization; trailguard's are picked out by `guardrailPolicyTag`. */
  readonly organizationPolicyArnPatterns: readonly string[];
  readonly guardrailPolicyTag: { readonly key: string; readonly value: string };
}

/** Who is exempt from what, and who may deploy: from the configuration. */
export interface GuardrailAccess {
  readonly breakGlassRoleName: string;
  /** The member accounts' deployment role names. */
  readonly deploymentRoles: { readonly logArchive: string; readonly security: string };
  /** `aws:PrincipalArn` patterns that may assume the deployment roles. */
  readonly deployerPrincipals: readonly string[];
  /**
   * The drill role (`drillRoleName`), in the security and management accounts.
   * @default - no drill role
   */
  readonly drillRoleName?: string;
  /**
   * The verifier role (`verifierRoleName`), in every account.
   * @default - no verifier role
   */
  readonly verifierRoleName?: string;
}

/**
 * The scope of trailguard's own deployment. The trail log-group key lives in the management
 * account, where neither SCPs nor RCPs bind, so only the log-archive key is listed.
 */
export function logGuardrailScope(names: TrailguardNames, access: GuardrailAccess): LogGuardrailScope {
  const problems = [
    ...(access.deployerPrincipals.length === 0 ? ['deployerPrincipals: got []; expected at least one principal ARN pattern'] : []),
    ...access.deployerPrincipals.filter((arn) => /^arn:[^:]*:iam::\*/.test(arn)).map((arn) => `deployerPrincipals: got "${arn}"; expected a principal of a named account, not any account`),
  ];
  if (problems.length > 0) throw new Error(`Invalid guardrail access:\n  ${problems.join('\n  ')}`);
  return {
    exemptPrincipalArns: [names.anyAccountRoleArnPattern(access.breakGlassRoleName)],
    protectedBucketArns: [names.evidenceBucketArn, names.accessLogBucketArn],
    logKeyArnPatterns: [names.logArchiveKeyArnPatternAllRegions],
    logKeyAliasNames: [names.logKeyAliasName],
    logKeyAliasArnPatterns: [names.logKeyAliasArnPattern],
    securityDeployerArns: [names.accountRoleArn('security', access.deploymentRoles.security)],
    deploymentRoleArns: [names.accountRoleArn('logArchive', access.deploymentRoles.logArchive), names.accountRoleArn('security', access.deploymentRoles.security)],
    deployerPrincipalArns: [...access.deployerPrincipals],
    forwarderDeployerArnPatterns: [names.stackSetsExecutionRoleArnPattern],
    forwarderRuleArnPatterns: [names.forwarderRuleArnPattern],
    forwarderRoleArnPatterns: [names.memberForwarderRoleArnPattern],
    forwarderPrincipalArnPatterns: [names.memberForwarderRoleArnPattern, names.managementForwarderRoleArn],
    drillPrincipalArns: access.drillRoleName === undefined ? [] : [names.accountRoleArn('security', access.drillRoleName)],
    // SCPs bind neither the management account nor its drill and verifier roles' tampering.
    operatorRoleArns: [
      ...(access.drillRoleName === undefined ? [] : [names.accountRoleArn('security', access.drillRoleName)]),
      ...(access.verifierRoleName === undefined ? [] : (['logArchive', 'security'] as const).map((account) => names.accountRoleArn(account, access.verifierRoleName!))),
    ],
    alertPipelineArnPatterns: [
      names.centralRuleArnPatternAllRegions,
      names.centralEventBusArnPatternAllRegions,
      names.alertTopicArnPatternAllRegions,
      names.alertKeyAliasArnPatternAllRegions,
    ],
    centralBusArnPatterns: [names.centralEventBusArnPatternAllRegions],
    securityAccountId: names.accountId('security'),
    alertKeyArnPatterns: [names.securityKeyArnPatternAllRegions],
    alertKeyAliasNames: [names.alertKeyAliasName],
    organizationPolicyArnPatterns: [names.organizationPolicyArnPattern],
    guardrailPolicyTag: names.guardrailPolicyTag,
  };
}

/** A bucket and every object in it: bucket-level and object-level actions need both forms. */
export function bucketAndObjectArns(bucketArns: readonly string[]): string[] {
  return bucketArns.flatMap((arn) => [arn, `${arn}/*`]);
}

/** `aws:PrincipalArn` is none of these: the exemption every guardrail statement carries. */
export function exemptionOf(principalArns: readonly string[]): ConditionBlock {
  return { ArnNotLike: { 'aws:PrincipalArn': [...principalArns] } };
}

import { Construct } from 'constructs';
import type { TrailguardConfig } from '../config/load';
import { deploymentModel } from '../model/deployment-model';
import { plannedGuardDutyExportGrants } from '../model/planned-documents';
import { LogArchiveStack } from '../stacks/log-archive-stack';
import { ManagementStack } from '../stacks/management-stack';
import { SecurityStack } from '../stacks/security-stack';

/** Stack ids, which are also the `cdktf deploy <id>` names. Renaming one moves its state. */
export const STACK_IDS = { logArchive: 'log-archive', management: 'management', security: 'security' } as const;

export interface TrailguardStacks {
  readonly logArchive: LogArchiveStack;
  readonly management: ManagementStack;
  readonly security: SecurityStack;
}

/**
 * Creates the three account stacks from one validated configuration. Each builds its account's
 * part of the one deployment model; what it needs of another account is derived from the
 * configuration through TrailguardNames, never read from that account's state.
 */
export function createTrailguardStacks(scope: Construct, config: TrailguardConfig, options: { offline?: boolean } = {}): TrailguardStacks {
  const model = deploymentModel(config);
  const names = model.names;
  const offline = options.offline;
  // The read-only role trailguard verify assumes, in every account, when the configuration names it.
  const operatorTrust = { principals: config.verifierPrincipals, securityAccountId: config.accounts.security, organizationId: config.organizationId };
  const verifier = config.verifierRoleName === undefined ? undefined : { roleName: config.verifierRoleName, ...operatorTrust };
  // The role trailguard drill assumes, where it acts (security: buses; management: its canary alarm), trusted like the verifier.
  const drill = config.drillRoleName === undefined ? undefined : { roleName: config.drillRoleName, ...operatorTrust };

  const guardDutyExport = plannedGuardDutyExportGrants(names, config.accounts.security);
  const logArchive = new LogArchiveStack(scope, STACK_IDS.logArchive, {
    accountId: config.accounts.logArchive,
    deploymentRoleName: config.deploymentRoles.logArchive,
    model,
    offline,
    verifier,
    organizationId: config.organizationId,
    managementAccountId: config.accounts.management,
    breakGlassRoleName: config.breakGlassRoleName,
    investigatorPrincipals: config.investigatorPrincipals,
    extraEvidenceBucketStatements: guardDutyExport.bucket,
    extraLogKeyStatements: guardDutyExport.key,
  });
  const management = new ManagementStack(scope, STACK_IDS.management, {
    accountId: config.accounts.management,
    deploymentRoleName: config.deploymentRoles.management,
    model,
    offline,
    verifier,
    drill,
    organizationRootId: config.organizationRootId,
    organizationId: config.organizationId,
    accounts: config.accounts,
    guardrailAccess: {
      breakGlassRoleName: config.breakGlassRoleName,
      deploymentRoles: config.deploymentRoles,
      deployerPrincipals: config.deployerPrincipals,
      drillRoleName: config.drillRoleName,
      verifierRoleName: config.verifierRoleName,
    },
    guardrailTargets: config.guardrailTargets,
    alertSubscriptions: config.alertSubscriptions,
  });
  const security = new SecurityStack(scope, STACK_IDS.security, {
    accountId: config.accounts.security,
    deploymentRoleName: config.deploymentRoles.security,
    model,
    offline,
    verifier,
    drill,
    organizationId: config.organizationId,
    breakGlassRoleName: config.breakGlassRoleName,
    alertSubscriptions: config.alertSubscriptions,
  });

  // The trail writes into the evidence bucket; detections watch the trail.
  management.addDependency(logArchive);
  security.addDependency(management);
  return { logArchive, management, security };
}

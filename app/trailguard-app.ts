import { Construct } from 'constructs';
import type { TrailguardConfig } from '../config/load';
import { TrailguardNames } from '../naming/names';
import { guardDutyExportBucketStatements, guardDutyExportKeyStatements } from '../policies/guardduty-export-grants';
import { applyOverrides } from '../profiles/overrides';
import { SETTINGS_TABLE } from '../profiles/settings-table';
import type { AccountStackProps } from '../stacks/account-stack';
import { LogArchiveStack } from '../stacks/log-archive-stack';
import { ManagementStack } from '../stacks/management-stack';
import { SecurityStack } from '../stacks/security-stack';
import { GLOBAL_EVENTS_REGION } from '../config/regions';

/** Stack ids, which are also the `cdktf deploy <id>` names. Renaming one moves its state. */
export const STACK_IDS = { logArchive: 'log-archive', management: 'management', security: 'security' } as const;

export interface TrailguardStacks {
  readonly logArchive: LogArchiveStack;
  readonly management: ManagementStack;
  readonly security: SecurityStack;
}

/**
 * Creates the three account stacks from one validated configuration. Each stack gets only
 * the fields it needs; what it needs of another account is derived from the configuration
 * through TrailguardNames, never read from that account's state.
 */
export function createTrailguardStacks(scope: Construct, config: TrailguardConfig, options: { offline?: boolean } = {}): TrailguardStacks {
  const names = new TrailguardNames(config);
  const common = (accountId: string, deploymentRoleName: string, regions: readonly string[]): AccountStackProps => ({
    accountId,
    deploymentRoleName,
    names,
    homeRegion: config.homeRegion,
    regions,
    defaultPurposes: config.purposeProfiles,
    settingsTable: applyOverrides(SETTINGS_TABLE, config.profileOverrides),
    offline: options.offline,
    verifier: config.verifierRoleName === undefined ? undefined : { roleName: config.verifierRoleName, principals: config.verifierPrincipals, securityAccountId: config.accounts.security },
  });

  // GuardDuty keeps findings 90 days; the security account's detectors export them into the evidence.
  const guardDutyExport = { partition: names.partition, bucketArn: names.evidenceBucketArn, adminAccountId: config.accounts.security };
  const logArchive = new LogArchiveStack(scope, STACK_IDS.logArchive, {
    ...common(config.accounts.logArchive, config.deploymentRoles.logArchive, [config.homeRegion]),
    organizationId: config.organizationId,
    managementAccountId: config.accounts.management,
    breakGlassRoleName: config.breakGlassRoleName,
    investigatorPrincipals: config.investigatorPrincipals,
    extraEvidenceBucketStatements: guardDutyExportBucketStatements(guardDutyExport),
    extraLogKeyStatements: guardDutyExportKeyStatements(guardDutyExport),
    governedRegions: config.governedRegions,
  });
  const management = new ManagementStack(scope, STACK_IDS.management, {
    ...common(config.accounts.management, config.deploymentRoles.management, config.governedRegions),
    // Organizations, IAM and sign-in events reach EventBridge only in us-east-1; detection forwards them from there.
    globalEventRegions: [GLOBAL_EVENTS_REGION],
    organizationRootId: config.organizationRootId,
    organizationId: config.organizationId,
    accounts: config.accounts,
    breakGlassRoleName: config.breakGlassRoleName,
    guardrailTargets: config.guardrailTargets,
    manageTrustedAccess: config.manageTrustedAccess,
    securityDeploymentRoleName: config.deploymentRoles.security,
  });
  const security = new SecurityStack(scope, STACK_IDS.security, {
    ...common(config.accounts.security, config.deploymentRoles.security, config.governedRegions),
    organizationId: config.organizationId,
    managementAccountId: config.accounts.management,
    alertSubscriptions: config.alertSubscriptions,
  });

  // The trail writes into the evidence bucket; detections watch the trail.
  management.addDependency(logArchive);
  security.addDependency(management);
  return { logArchive, management, security };
}

import { parseConfig } from '../../config/load';
import type { DetectionTargets, EventRuleDefinition, MetricFilterDefinition } from '../../detections';
import { deployedFor } from '../../model/deployed';
import { deploymentModel, type DeploymentModel } from '../../model/deployment-model';
import type { Purpose } from '../../profiles/purposes';

export { PURPOSES, type Purpose } from '../../profiles/purposes';

export interface DeployedDetections {
  readonly metricFilters: readonly MetricFilterDefinition[];
  readonly eventRules: readonly EventRuleDefinition[];
}

/** Which detections a profile combination deploys: the deployment model evaluated, as the stacks plan it. */
export function deployedDetections(model: DeploymentModel, purposes: readonly Purpose[]): DeployedDetections {
  const { metricFilters, eventRules } = deployedFor(model, purposes).detections;
  return { metricFilters, eventRules };
}

/**
 * Example deployment names, replaced by `--evidence-bucket`, `--log-key-alias`, `--trail-name`.
 * No key ARN prefixes: without a configuration the accounts are unknown, so key-state changes on every key fire.
 */
export const EXAMPLE_TARGETS: DetectionTargets = {
  evidenceBucketNames: ['tg-org-trail-logs-example', 'tg-org-trail-access-logs-example'],
  logKeyAliasNames: ['alias/tg/cloudtrail-logs'],
  trailName: 'tg-org-trail',
  trailLogGroupName: '/tg/cloudtrail/organization',
  alarmNamePrefix: 'tg-',
};

/** A deployment with no configuration of its own: the settings table as shipped, and the names given. */
export function exampleModel(targets: Partial<DetectionTargets> = {}): DeploymentModel {
  const placeholder = parseConfig({
    organizationId: 'o-exampleorg1',
    organizationRootId: 'r-ex01',
    accounts: { management: '111111111111', logArchive: '222222222222', security: '333333333333' },
    homeRegion: 'us-east-1',
    governedRegions: ['us-east-1'],
    purposeProfiles: ['audit', 'investigation', 'detection'],
    namePrefix: 'tg',
    breakGlassRoleName: 'trailguard-break-glass',
    deploymentRoles: { management: 'trailguard-deploy', logArchive: 'trailguard-deploy', security: 'trailguard-deploy' },
  });
  return deploymentModel(placeholder, { targets: { ...EXAMPLE_TARGETS, logKeyArnPrefixes: undefined, ...targets } });
}

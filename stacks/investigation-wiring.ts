import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { Aspects, dependable, type TerraformResource } from 'cdktf';
import type { Construct } from 'constructs';
import { withGlobalEventsRegion } from '../config/regions';
import { investigationQueries } from '../investigation/queries';
import type { InvestigationToolingProps } from '../modules/investigation/investigation-tooling';
import type { LogsInsightsQueriesProps } from '../modules/investigation/logs-insights-queries';
import type { AccountStack } from './account-stack';
import { allOn, countIf } from './detection-wiring';

/**
 * How the stacks wire the investigation tooling: names from TrailguardNames, gates from the
 * purpose settings. Kept apart so each stack adds one block (log-archive) or one line
 * (management).
 */

/** The log-archive account's query tooling, gated by `queryTooling`. */
export function investigationToolingProps(
  stack: AccountStack,
  where: { readonly accountId: string; readonly homeRegion: string; readonly organizationId: string; readonly governedRegions: readonly string[] },
): InvestigationToolingProps {
  const names = stack.names;
  return {
    partition: names.partition,
    accountId: where.accountId,
    region: where.homeRegion,
    organizationId: where.organizationId,
    evidenceBucketName: names.evidenceBucketName,
    evidenceKeyAliasName: names.logKeyAliasName,
    trailRegions: withGlobalEventsRegion(where.governedRegions),
    trailName: names.trailName,
    databaseName: names.investigationDatabaseName,
    tableName: names.cloudTrailTableName,
    workgroupName: names.investigationWorkgroupName,
    resultsBucketName: names.queryResultsBucketName,
    resultsKeyAliasName: names.queryResultsKeyAliasName,
    investigatorRoleName: names.investigatorRoleName,
    policyName: names.prefixed('investigator-queries'),
    count: stack.profiles.countWhen('queryTooling'),
    provider: stack.providers.home,
  };
}

/** The management account's Logs Insights queries over the trail's log group: only when the trail logs to CloudWatch and query tooling is on. */
export function logsInsightsQueriesProps(stack: AccountStack): LogsInsightsQueriesProps {
  const names = stack.names;
  return {
    queries: investigationQueries(),
    context: {
      database: names.investigationDatabaseName,
      table: names.cloudTrailTableName,
      evidenceBucketNames: [names.evidenceBucketName],
      trailName: names.trailName,
    },
    logGroupNames: [names.trailLogGroupName],
    folder: names.prefixed('investigation'),
    count: countIf(allOn(stack.profiles, ['cloudWatchLogsDelivery', 'queryTooling'])),
    provider: stack.providers.home,
  };
}

/**
 * Makes a resource wait for the IAM role of that name when the same stack creates it (the
 * investigator role belongs to the evidence store). Done as an aspect at synth, so it holds
 * whichever block of the stack creates the role, and is a no-op where the role is external.
 */
export function dependOnRoleNamed(stack: Construct, resource: TerraformResource, roleName: string): void {
  Aspects.of(stack).add({
    visit(node) {
      if (node !== stack) return;
      const roles = stack.node.findAll().filter((c): c is IamRole => c instanceof IamRole && c.nameInput === roleName);
      const missing = roles.map((role) => dependable(role)).filter((fqn) => !(resource.dependsOn ?? []).includes(fqn));
      if (missing.length > 0) resource.dependsOn = [...(resource.dependsOn ?? []), ...missing];
    },
  });
}

import { Construct } from 'constructs';
import { LogsInsightsQueries } from '../modules/logs-insights-queries';
import { AccountStack, type AccountStackProps } from './account-stack';
import { logsInsightsQueriesProps } from './investigation-wiring';

export interface ManagementStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly accounts: { readonly management: string; readonly logArchive: string; readonly security: string };
  readonly breakGlassRoleName: string;
  /** Roots or OUs the guardrail policies attach to. */
  readonly guardrailTargets: readonly string[];
  /** Whether trailguard manages trusted access for CloudTrail, GuardDuty and StackSets. */
  readonly manageTrustedAccess: boolean;
}

/** The management account: the organization trail, the guardrails and GuardDuty delegation. */
export class ManagementStack extends AccountStack {
  constructor(scope: Construct, id: string, props: ManagementStackProps) {
    super(scope, id, props);
    new LogsInsightsQueries(this, 'InvestigationQueries', logsInsightsQueriesProps(this)); // investigation: Logs Insights saved queries
  }
}

import { Construct } from 'constructs';
import { AccountStack, type AccountStackProps } from './account-stack';
import { addManagementDetection } from './management-detection-wiring';

export interface ManagementStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly accounts: { readonly management: string; readonly logArchive: string; readonly security: string };
  readonly breakGlassRoleName: string;
  /** Roots or OUs the guardrail policies attach to. */
  readonly guardrailTargets: readonly string[];
  /** Whether trailguard manages trusted access for CloudTrail, GuardDuty and StackSets. */
  readonly manageTrustedAccess: boolean;
  /** The organization's root id: the detection forwarder StackSet deploys to every account under it. */
  readonly organizationRootId: string;
}

/** The management account: the organization trail, the guardrails and GuardDuty delegation. */
export class ManagementStack extends AccountStack {
  constructor(scope: Construct, id: string, props: ManagementStackProps) {
    super(scope, id, props);

    // --- detection (metric filters and alarms, event forwarders, forwarder StackSet) ---
    addManagementDetection(this, { managementAccountId: props.accounts.management, homeRegion: props.homeRegion, stackSetTargets: [props.organizationRootId] });
  }
}

import { OrganizationsOrganization } from '@cdktf/provider-aws/lib/organizations-organization';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { check, validateProps } from '../private/validation';

/** Services trailguard needs trusted access for: the org trail, GuardDuty, service-managed StackSets, Security Lake. */
export const TRUSTED_SERVICE_PRINCIPALS = [
  'cloudtrail.amazonaws.com',
  'guardduty.amazonaws.com',
  'member.org.stacksets.cloudformation.amazonaws.com',
  'securitylake.amazonaws.com',
] as const;

/** Policy types the guardrails need enabled on the root. */
export const GUARDRAIL_POLICY_TYPES = ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'] as const;

export interface OrganizationTrustedAccessProps {
  /** The existing organization's id; it is imported, never created. */
  readonly organizationId: string;
  /**
   * Service principals with trusted access that other tools rely on (Control Tower, Config,
   * SSO, ...). The organization resource owns the whole list, so any not named here is removed.
   * @default []
   */
  readonly additionalServicePrincipals?: readonly string[];
  /**
   * Provider of the management account.
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * Takes the existing organization under management to enable trusted access and the
 * guardrail policy types. Dangerous in an organization that other tools manage: the
 * resource owns the complete lists, so only an explicit opt-in creates this construct.
 */
export class OrganizationTrustedAccess extends Construct {
  readonly organization: OrganizationsOrganization;

  constructor(scope: Construct, id: string, props: OrganizationTrustedAccessProps) {
    super(scope, id);
    validateProps(this, () => check('organizationId', props.organizationId, /^o-[a-z0-9]{10,32}$/.test(props.organizationId), 'an organization id like o-a1b2c3d4e5'));
    const principals = [...new Set([...TRUSTED_SERVICE_PRINCIPALS, ...(props.additionalServicePrincipals ?? [])])].sort();
    this.organization = new OrganizationsOrganization(this, 'Organization', {
      featureSet: 'ALL',
      awsServiceAccessPrincipals: principals,
      enabledPolicyTypes: [...GUARDRAIL_POLICY_TYPES],
      provider: props.provider,
      // Destroying this resource would try to delete the organization itself.
      lifecycle: { preventDestroy: true },
    });
    // An import block: the plan shows the take-over and every difference before apply.
    this.organization.importFrom(props.organizationId, props.provider);
  }
}

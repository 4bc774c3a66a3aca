import { GuarddutyDetector } from '@cdktf/provider-aws/lib/guardduty-detector';
import { GuarddutyOrganizationAdminAccount } from '@cdktf/provider-aws/lib/guardduty-organization-admin-account';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { knownAtSynth } from '../private/synth-time';
import { FINDING_FREQUENCIES } from '../../profiles/settings-table';
import { gate } from '../private/conditional';
import { validateProps } from '../private/validation';

export interface GuardDutyDelegationProps {
  /** The account that administers GuardDuty for the organization (the security account). */
  readonly adminAccountId: string;
  /** How often the management account's own detector exports updated findings; may be a token. */
  readonly findingPublishingFrequency: string;
  /** Provider of the management account in the Region being delegated: GuardDuty is regional. */
  readonly provider: TerraformProvider;
  /**
   * A count of 0 or 1 that gates both resources, for GuardDuty switched on at plan time.
   * @default 1
   */
  readonly count?: number;
}

/**
 * Delegates GuardDuty administration in one Region to the security account. The management
 * account keeps a detector of its own, so it is watched like every member once the
 * delegated administrator auto-enables the organization.
 */
export class GuardDutyDelegation extends Construct {
  readonly detector: GuarddutyDetector;
  readonly adminAccount: GuarddutyOrganizationAdminAccount;

  constructor(scope: Construct, id: string, props: GuardDutyDelegationProps) {
    super(scope, id);
    validateProps(this, () => propsProblems(props));
    const count = props.count ?? 1;
    this.detector = gate(new GuarddutyDetector(this, 'Detector', {
      enable: true,
      findingPublishingFrequency: props.findingPublishingFrequency,
      provider: props.provider,
    }), count);
    // GuardDuty must be on in the management account before it can name a delegated administrator.
    this.adminAccount = gate(new GuarddutyOrganizationAdminAccount(this, 'AdminAccount', {
      adminAccountId: props.adminAccountId,
      dependsOn: [this.detector],
      provider: props.provider,
    }), count);
  }
}

function propsProblems(props: GuardDutyDelegationProps): string[] {
  const problems: string[] = [];
  if (knownAtSynth(props.adminAccountId) && !/^\d{12}$/.test(props.adminAccountId)) {
    problems.push(`adminAccountId: got "${props.adminAccountId}"; expected a 12-digit account id`);
  }
  if (knownAtSynth(props.findingPublishingFrequency) && !(FINDING_FREQUENCIES as readonly string[]).includes(props.findingPublishingFrequency)) {
    problems.push(`findingPublishingFrequency: got "${props.findingPublishingFrequency}"; expected one of ${FINDING_FREQUENCIES.join(', ')}`);
  }
  return problems;
}

import { Construct } from 'constructs';
import { InvestigationTooling } from '../modules/investigation-tooling';
import { AccountStack, type AccountStackProps } from './account-stack';
import { dependOnRoleNamed, investigationToolingProps } from './investigation-wiring';

export interface LogArchiveStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly managementAccountId: string;
  readonly breakGlassRoleName: string;
  /** Principals (ARNs) allowed to assume the investigator role, with MFA. */
  readonly investigatorPrincipals: readonly string[];
  /** Governed Regions: the Regions whose trail files the investigation table reads. */
  readonly governedRegions: readonly string[];
}

/** The log-archive account: the evidence store. */
export class LogArchiveStack extends AccountStack {
  constructor(scope: Construct, id: string, props: LogArchiveStackProps) {
    super(scope, id, props);

    // --- investigation: query tooling next to the evidence (purpose setting queryTooling) ---
    const investigation = new InvestigationTooling(this, 'Investigation', investigationToolingProps(this, {
      accountId: props.accountId,
      homeRegion: props.homeRegion,
      organizationId: props.organizationId,
      governedRegions: props.governedRegions,
    }));
    dependOnRoleNamed(this, investigation.investigatorPolicy, this.names.investigatorRoleName);
    // --- end investigation ---
  }
}

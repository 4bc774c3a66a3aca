import { Construct } from 'constructs';
import { AccountStack, type AccountStackProps } from './account-stack';

export interface LogArchiveStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly managementAccountId: string;
  readonly breakGlassRoleName: string;
  /** Principals (ARNs) allowed to assume the investigator role, with MFA. */
  readonly investigatorPrincipals: readonly string[];
}

/** The log-archive account: the evidence store. */
export class LogArchiveStack extends AccountStack {
  constructor(scope: Construct, id: string, props: LogArchiveStackProps) {
    super(scope, id, props);
  }
}

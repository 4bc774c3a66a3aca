import { Construct } from 'constructs';
import { AccountStack, type AccountStackProps } from './account-stack';

export interface SecurityStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly managementAccountId: string;
  /** Default alert subscriptions (a Terraform variable at plan time). */
  readonly alertSubscriptions: readonly { readonly protocol: 'email' | 'https'; readonly endpoint: string }[];
}

/** The security account: GuardDuty administration, alert routing and detections. */
export class SecurityStack extends AccountStack {
  constructor(scope: Construct, id: string, props: SecurityStackProps) {
    super(scope, id, props);
  }
}

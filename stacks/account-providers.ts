import { AwsProvider, type AwsProviderConfig } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { TrailguardNames } from '../naming/names';

export interface AccountProvidersProps {
  readonly accountId: string;
  /** The role the provider assumes in the account to deploy. */
  readonly deploymentRoleName: string;
  readonly names: TrailguardNames;
  readonly homeRegion: string;
  /**
   * Regions with regional resources; each other than the home Region gets an aliased provider.
   * For the management account they include us-east-1 even when it is not governed: global
   * services (IAM, Organizations, sign-in) deliver their events only there.
   */
  readonly regions: readonly string[];
  /** Test-only: skip every AWS call the provider makes at plan time. */
  readonly offline: boolean;
  /** Tags on every resource. */
  readonly tags: Record<string, string>;
}

/**
 * The providers of one account: a default provider in the home Region and an aliased one
 * per other Region. Each assumes the account's deployment role, so a stack deploys with
 * the credentials of whoever may assume that role, and with no other account's.
 */
export class AccountProviders extends Construct {
  readonly home: AwsProvider;
  private readonly byRegion = new Map<string, AwsProvider>();

  constructor(scope: Construct, id: string, props: AccountProvidersProps) {
    super(scope, id);
    this.home = new AwsProvider(this, 'Home', providerConfig(props, props.homeRegion));
    this.byRegion.set(props.homeRegion, this.home);
    for (const region of props.regions.filter((r) => r !== props.homeRegion)) {
      this.byRegion.set(region, new AwsProvider(this, `Region-${region}`, { ...providerConfig(props, region), alias: aliasOf(region) }));
    }
  }

  /** The provider for one of the account's Regions. */
  forRegion(region: string): AwsProvider {
    const provider = this.byRegion.get(region);
    if (provider === undefined) {
      throw new Error(`region: got "${region}"; expected one of the Regions with a provider ${[...this.byRegion.keys()].join(', ')}`);
    }
    return provider;
  }

  /** The Regions with a provider, home first. */
  get regions(): readonly string[] {
    return [...this.byRegion.keys()];
  }
}

function providerConfig(props: AccountProvidersProps, region: string): AwsProviderConfig {
  const common = { region, defaultTags: [{ tags: props.tags }] };
  if (props.offline) {
    return {
      ...common,
      accessKey: 'offline-plan-placeholder',
      secretKey: 'offline-plan-placeholder',
      skipCredentialsValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: 'true',
      allowedAccountIds: undefined,
    };
  }
  return {
    ...common,
    allowedAccountIds: [props.accountId],
    assumeRole: [{ roleArn: props.names.roleArn(props.accountId, props.deploymentRoleName), sessionName: 'trailguard' }],
  };
}

/** Provider alias of a Region: `eu-west-1` → `eu_west_1`. */
export function aliasOf(region: string): string {
  return region.replace(/-/g, '_');
}

import { AwsProvider, type AwsProviderConfig } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { TrailguardNames } from '../naming/names';

export interface AccountProvidersProps {
  readonly accountId: string;
  /** The role the provider assumes in the account to deploy. */
  readonly deploymentRoleName: string;
  readonly names: TrailguardNames;
  readonly homeRegion: string;
  /** Regions with regional resources; each gets an aliased provider. */
  readonly regions: readonly string[];
  /**
   * Regions that get a provider but are not governed: global services (IAM, Organizations,
   * sign-in) deliver their events only in us-east-1, so forwarding them needs a provider there.
   * They are not listed in `regions`.
   * @default - none
   */
  readonly globalEventRegions?: readonly string[];
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
  private readonly governed: readonly string[];

  constructor(scope: Construct, id: string, props: AccountProvidersProps) {
    super(scope, id);
    this.home = new AwsProvider(this, 'Home', providerConfig(props, props.homeRegion));
    this.byRegion.set(props.homeRegion, this.home);
    for (const region of props.regions.filter((r) => r !== props.homeRegion)) {
      this.byRegion.set(region, new AwsProvider(this, `Region-${region}`, { ...providerConfig(props, region), alias: aliasOf(region) }));
    }
    this.governed = [...this.byRegion.keys()];
    for (const region of (props.globalEventRegions ?? []).filter((r) => !this.byRegion.has(r))) {
      this.byRegion.set(region, new AwsProvider(this, `Region-${region}`, { ...providerConfig(props, region), alias: aliasOf(region) }));
    }
  }

  /** The provider for a governed Region, or for a global-event Region. */
  forRegion(region: string): AwsProvider {
    const provider = this.byRegion.get(region);
    if (provider === undefined) {
      throw new Error(`region: got "${region}"; expected one of the Regions with a provider ${[...this.byRegion.keys()].join(', ')}`);
    }
    return provider;
  }

  /** The governed Regions (home first); global-event Regions are not among them. */
  get regions(): readonly string[] {
    return this.governed;
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

import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { TrailguardNames } from '../naming/names';
import { PurposeProfiles } from '../modules/profiles/purpose-profiles';
import type { Purpose } from '../profiles/purposes';
import type { SettingsTable } from '../profiles/settings-table';
import { AccountProviders } from './account-providers';
import { isOfflinePlanMode } from '../app/offline-plan-mode';
import type { VerifierRoleWiring } from './verifier-wiring';

/** What every account stack needs: where it deploys and which purposes it plans by default. */
export interface AccountStackProps {
  readonly accountId: string;
  readonly deploymentRoleName: string;
  readonly names: TrailguardNames;
  readonly homeRegion: string;
  /** Regions where this stack has regional resources; each gets a provider. */
  readonly regions: readonly string[];
  /**
   * Regions that get a provider for global-service events only (see AccountProvidersProps).
   * @default - none
   */
  readonly globalEventRegions?: readonly string[];
  /** Default of the `purpose_profiles` variable. */
  readonly defaultPurposes: readonly Purpose[];
  /** The settings table with configuration overrides applied. */
  readonly settingsTable: SettingsTable;
  /**
   * Test-only offline plan mode.
   * @default - from the TRAILGUARD_OFFLINE_PLAN environment variable
   */
  readonly offline?: boolean;
  /**
   * The read-only role `trailguard verify` assumes, created in every account when configured.
   * @default - no verifier role
   */
  readonly verifier?: VerifierRoleWiring;
}

/** A stack deployed into one account, bound to the `purpose_profiles` variable. */
export abstract class AccountStack extends TerraformStack {
  readonly providers: AccountProviders;
  readonly profiles: PurposeProfiles;
  readonly names: TrailguardNames;

  protected constructor(scope: Construct, id: string, props: AccountStackProps) {
    super(scope, id);
    this.names = props.names;
    this.providers = new AccountProviders(this, 'Providers', {
      accountId: props.accountId,
      deploymentRoleName: props.deploymentRoleName,
      names: props.names,
      homeRegion: props.homeRegion,
      regions: props.regions,
      globalEventRegions: props.globalEventRegions,
      offline: props.offline ?? isOfflinePlanMode(),
      tags: { 'trailguard:stack': id, 'trailguard:managed-by': 'trailguard' },
    });
    this.profiles = new PurposeProfiles(this, 'PurposeProfiles', {
      defaultPurposes: props.defaultPurposes,
      table: props.settingsTable,
    });
  }
}

import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { AccountRole, Component, ComponentId } from '../model/components';
import type { DeploymentModel } from '../model/deployment-model';
import { PurposeProfiles } from '../modules/profiles/purpose-profiles';
import type { TrailguardNames } from '../naming/names';
import { isOfflinePlanMode } from '../app/offline-plan-mode';
import { AccountProviders } from './account-providers';
import { DrillRole } from '../modules/verification/drill-role';
import { VerifierRole } from '../modules/verification/verifier-role';
import { drillPolicy } from '../policies/drill-policy';
import { verifierPolicy, verifierTrustPolicy } from '../policies/verifier-policy';

/** What every account stack needs: which account it is, how it deploys there, and the deployment model. */
export interface AccountStackProps {
  readonly accountId: string;
  readonly deploymentRoleName: string;
  /** What is deployed, where, behind which gate: the stack builds its account's part of it. */
  readonly model: DeploymentModel;
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
  /**
   * The role `trailguard drill` assumes, created where the drill acts (the security account's
   * buses, the management account's alarms) when configured.
   * @default - no drill role
   */
  readonly drill?: VerifierRoleWiring;
}

/**
 * A role a trailguard command assumes in the accounts: the read-only role of `trailguard verify`
 * (`verifierRoleName`), or the drill role (`drillRoleName`); both trusted by `verifierPrincipals`,
 * within the organization. The configuration requires principals for the drill role.
 */
export interface VerifierRoleWiring {
  readonly roleName: string;
  /** Who may assume it; empty: the security account's root, so that account's IAM decides. */
  readonly principals: readonly string[];
  readonly securityAccountId: string;
  /** Callers must be of this organization (`aws:PrincipalOrgID`). */
  readonly organizationId: string;
}

/** A stack deployed into one account, bound to the `purpose_profiles` variable. */
export abstract class AccountStack extends TerraformStack {
  readonly providers: AccountProviders;
  readonly profiles: PurposeProfiles;
  readonly names: TrailguardNames;
  readonly verifierRole?: VerifierRole;
  protected readonly model: DeploymentModel;
  private readonly drillWiring?: VerifierRoleWiring;

  protected constructor(scope: Construct, id: string, account: AccountRole, props: AccountStackProps) {
    super(scope, id);
    this.model = props.model;
    this.names = props.model.names;
    this.providers = new AccountProviders(this, 'Providers', {
      accountId: props.accountId,
      deploymentRoleName: props.deploymentRoleName,
      names: props.model.names,
      homeRegion: props.model.homeRegion,
      regions: accountRegions(props.model, account),
      offline: props.offline ?? isOfflinePlanMode(),
      tags: { 'trailguard:stack': id, 'trailguard:managed-by': 'trailguard' },
    });
    this.profiles = new PurposeProfiles(this, 'PurposeProfiles', {
      defaultPurposes: props.model.defaultPurposes,
      table: props.model.settingsTable,
    });
    this.verifierRole = this.addVerifierRole(props.verifier);
    this.drillWiring = props.drill;
  }

  /** Who may assume an operator role: the configured principals, or the security account's root, so that account's IAM decides. */
  private operatorPrincipals(wiring: VerifierRoleWiring): readonly string[] {
    return wiring.principals.length > 0 ? wiring.principals : [this.names.arn('iam', '', wiring.securityAccountId, 'root')];
  }

  /** The drill role in this account, when the configuration names one (the stacks where the drill acts call this). */
  protected addDrillRole(): DrillRole | undefined {
    const wiring = this.drillWiring;
    if (wiring === undefined) return undefined;
    const { names } = this;
    return new DrillRole(this, 'DrillRole', {
      roleName: wiring.roleName,
      trustPolicy: verifierTrustPolicy(this.operatorPrincipals(wiring), wiring.organizationId),
      drillPolicy: drillPolicy({
        centralBusArns: this.model.detections.drillRule.regions.map((region) => names.centralEventBusArn(region)),
        drillAlarmArn: names.drillAlarmArn,
      }),
      provider: this.providers.home,
    });
  }

  /** The verifier role in this account, when the configuration names one: the same in all three. */
  private addVerifierRole(wiring: VerifierRoleWiring | undefined): VerifierRole | undefined {
    if (wiring === undefined) return undefined;
    const names = this.names;
    return new VerifierRole(this, 'VerifierRole', {
      roleName: wiring.roleName,
      trustPolicy: verifierTrustPolicy(this.operatorPrincipals(wiring), wiring.organizationId),
      readPolicy: verifierPolicy({ evidenceBucketArn: names.evidenceBucketArn, logKeyArnPattern: names.logArchiveKeyArnPattern }),
      provider: this.providers.home,
    });
  }

  /** A component of the model, which must exist in this deployment. */
  protected component(id: ComponentId): Component {
    const component = this.model.components[id];
    if (component === undefined) throw new Error(`deployment model: component "${id}" is not part of this deployment`);
    return component;
  }

  /** The `count` of a component: its gate for the planned purposes (`undefined`: always there). */
  protected countOf(id: ComponentId): number | undefined {
    return this.profiles.countFor(this.component(id).gate);
  }

  /** The `count` of a component for a construct that requires one: 1 where the component is ungated. */
  protected requiredCount(id: ComponentId): number {
    return this.countOf(id) ?? 1;
  }
}

/** Every Region where an account has a component, home first. */
function accountRegions(model: DeploymentModel, account: AccountRole): string[] {
  const regions = Object.values(model.components)
    .filter((component): component is Component => component?.account === account)
    .flatMap((component) => component.regions);
  return [...new Set([model.homeRegion, ...regions])];
}

import { Fn, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { GuarddutyDetector } from '@cdktf/provider-aws/lib/guardduty-detector';
import { GuarddutyDetectorFeature } from '@cdktf/provider-aws/lib/guardduty-detector-feature';
import { GuarddutyOrganizationConfiguration } from '@cdktf/provider-aws/lib/guardduty-organization-configuration';
import { GuarddutyOrganizationConfigurationFeature } from '@cdktf/provider-aws/lib/guardduty-organization-configuration-feature';
import { GuarddutyPublishingDestination } from '@cdktf/provider-aws/lib/guardduty-publishing-destination';
import { conditionalAttribute, gate } from '../private/conditional';
import { pascalCase } from '../private/construct-ids';
import { validateProps } from '../private/validation';

/** Runtime monitoring manages its agent per compute platform; each is enabled with the feature. */
const RUNTIME_AGENT_CONFIGURATIONS = ['EKS_ADDON_MANAGEMENT', 'ECS_FARGATE_AGENT_MANAGEMENT', 'EC2_AGENT_MANAGEMENT'];

export interface GuardDutyOrganizationProps {
  /** Every feature this construct manages, as GuardDuty names them; each gets ALL or NONE. */
  readonly manageableFeatures: readonly string[];
  /** The features auto-enabled for every member (may be a plan-time token list). */
  readonly enabledFeatures: readonly string[];
  /** `FIFTEEN_MINUTES`, `ONE_HOUR` or `SIX_HOURS` (may be a token). */
  readonly findingPublishingFrequency: string;
  /**
   * Where findings are exported: a bucket ARN, optionally with a key prefix.
   * @default - findings are not exported
   */
  readonly exportDestinationArn?: string;
  /** The KMS key ARN GuardDuty encrypts exports with (required with exportDestinationArn). @default - none */
  readonly exportKeyArn?: string;
  /**
   * `count` of the export destination (a plan-time token), on top of `count`.
   * @default - `count`
   */
  readonly exportCount?: number;
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  /** The delegated administrator's provider in one Region. */
  readonly provider: TerraformProvider;
}

/**
 * GuardDuty for the whole organization in one Region, from the delegated administrator: its own
 * detector and protection plans, auto-enable for ALL members (present and future) with the same plans, and an
 * export of findings, which GuardDuty itself keeps only 90 days.
 */
export class GuardDutyOrganization extends Construct {
  readonly detector: GuarddutyDetector;

  constructor(scope: Construct, id: string, props: GuardDutyOrganizationProps) {
    super(scope, id);
    const problems: string[] = [];
    if ((props.exportDestinationArn === undefined) !== (props.exportKeyArn === undefined)) {
      problems.push('exportDestinationArn and exportKeyArn: got only one; expected both (GuardDuty exports only KMS-encrypted) or neither');
    }
    if (props.manageableFeatures.length === 0) problems.push('manageableFeatures: got none; expected at least one feature name');
    validateProps(this, () => problems);
    const count = props.count ?? 1;
    const provider = props.provider;

    this.detector = gate(new GuarddutyDetector(this, 'Detector', {
      provider,
      enable: true,
      findingPublishingFrequency: props.findingPublishingFrequency,
    }), count);
    const detectorId = conditionalAttribute(this.detector, 'id');
    const organization = gate(new GuarddutyOrganizationConfiguration(this, 'Organization', {
      provider,
      detectorId,
      autoEnableOrganizationMembers: 'ALL',
    }), count);

    for (const feature of props.manageableFeatures) {
      const enabled = Fn.contains(props.enabledFeatures, feature);
      const autoEnable = Fn.conditional(enabled, 'ALL', 'NONE');
      gate(new GuarddutyOrganizationConfigurationFeature(this, pascalCase(feature.toLowerCase()), {
        provider,
        detectorId,
        name: feature,
        autoEnable,
        additionalConfiguration: feature === 'RUNTIME_MONITORING'
          ? RUNTIME_AGENT_CONFIGURATIONS.map((name) => ({ name, autoEnable }))
          : undefined,
        // Features are settings of the organization configuration; setting them first fails.
        dependsOn: [organization],
      }), count);
      // Auto-enable configures the organization's member accounts; the administrator is not its own
      // member, so its detector gets each plan set directly. DISABLED, not removal: deleting the
      // resource leaves the feature as it was.
      const status = Fn.conditional(enabled, 'ENABLED', 'DISABLED');
      gate(new GuarddutyDetectorFeature(this, `Detector${pascalCase(feature.toLowerCase())}`, {
        provider,
        detectorId,
        name: feature,
        status,
        additionalConfiguration: feature === 'RUNTIME_MONITORING'
          ? RUNTIME_AGENT_CONFIGURATIONS.map((name) => ({ name, status }))
          : undefined,
      }), count);
    }

    if (props.exportDestinationArn !== undefined && props.exportKeyArn !== undefined) {
      gate(new GuarddutyPublishingDestination(this, 'Export', {
        provider,
        detectorId,
        destinationType: 'S3',
        destinationArn: props.exportDestinationArn,
        kmsKeyArn: props.exportKeyArn,
      }), props.exportCount ?? count);
    }
  }
}

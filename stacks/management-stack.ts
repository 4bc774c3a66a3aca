import { dependable, ref, TerraformOutput, TerraformVariable, type IResolvable } from 'cdktf';
import { Construct } from 'constructs';
import { GuardDutyDelegation } from '../modules/detection/guardduty-delegation';
import { OrganizationPolicy } from '../modules/guardrails/organization-policy';
import { OrganizationTrail } from '../modules/trail/organization-trail';
import { OrganizationTrustedAccess } from '../modules/guardrails/organization-trusted-access';
import { TrailLogGroup } from '../modules/trail/trail-log-group';
import { denyLogTamperingScps } from '../policies/deny-log-tampering-scp';
import { evidenceProtectionRcp } from '../policies/evidence-protection-rcp';
import { logGuardrailScope } from '../policies/log-guardrail-scope';
import type { SettingName } from '../profiles/settings-table';
import { AccountStack, type AccountStackProps } from './account-stack';
import { addVerifierRole } from './verifier-wiring';
import { addManagementDetection } from './management-detection-wiring';
import { LogsInsightsQueries } from '../modules/investigation/logs-insights-queries';
import { logsInsightsQueriesProps } from './investigation-wiring';

export interface ManagementStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly accounts: { readonly management: string; readonly logArchive: string; readonly security: string };
  readonly breakGlassRoleName: string;
  /** Roots or OUs the guardrail policies attach to. */
  readonly guardrailTargets: readonly string[];
  /** Whether trailguard manages trusted access for CloudTrail, GuardDuty and StackSets. */
  readonly manageTrustedAccess: boolean;
  /** The security account's deployment role: it administers GuardDuty, so the GuardDuty guardrail exempts it. */
  readonly securityDeploymentRoleName: string;
  /** The organization's root id: the detection forwarder StackSet deploys to every account under it. */
  readonly organizationRootId: string;
}

/** Terraform names users type (`-var log_key_arn=...`), so they stay stable. */
export const LOG_KEY_ARN_VARIABLE = 'log_key_arn';

/** The management account: the organization trail, the guardrails and GuardDuty delegation. */
export class ManagementStack extends AccountStack {
  readonly trail: OrganizationTrail;
  readonly trailLogGroup: TrailLogGroup;
  readonly guardrails: readonly OrganizationPolicy[];
  readonly trustedAccess?: OrganizationTrustedAccess;

  constructor(scope: Construct, id: string, props: ManagementStackProps) {
    super(scope, id, props);
    if (props.manageTrustedAccess) {
      this.trustedAccess = new OrganizationTrustedAccess(this, 'TrustedAccess', { organizationId: props.organizationId });
    }
    this.trailLogGroup = this.addTrailLogGroup(props);
    this.trail = this.addOrganizationTrail();
    this.guardrails = this.addGuardrails(props);
    this.addGuardDutyDelegation(props);
    addManagementDetection(this, {
      managementAccountId: props.accounts.management,
      homeRegion: props.homeRegion,
      stackSetTargets: [props.organizationRootId],
      logGroupDependency: this.trailLogGroup.logGroup,
    });
    // Logs Insights saved queries over the trail's log group (investigation).
    new LogsInsightsQueries(this, 'InvestigationQueries', logsInsightsQueriesProps(this));
    addVerifierRole(this, props.verifier);
  }

  /** CloudWatch Logs delivery of the trail, where the purposes ask for it. */
  private addTrailLogGroup(props: ManagementStackProps): TrailLogGroup {
    return new TrailLogGroup(this, 'TrailLogGroup', {
      logGroupName: this.names.trailLogGroupName,
      partition: this.names.partition,
      accountId: props.accounts.management,
      region: props.homeRegion,
      retentionInDays: this.profiles.number('cloudWatchLogsRetentionDays'),
      keyAliasName: this.names.trailLogGroupKeyAliasName,
      trailArn: this.names.trailArn,
      roleName: this.names.trailLogGroupRoleName,
      count: this.profiles.countWhen('cloudWatchLogsDelivery'),
      provider: this.providers.home,
    });
  }

  private addOrganizationTrail(): OrganizationTrail {
    const logKeyArn = new TerraformVariable(this, 'LogKeyArn', {
      type: 'string',
      default: this.names.logKeyAliasArn,
      description:
        'KMS key that encrypts the organization trail: the log-archive key. The default is its alias ARN, known before ' +
        'the log-archive deploy. If CloudTrail normalises it to the key ARN, pass the key ARN (log-archive output) ' +
        'after that deploy to avoid a permanent diff.',
    });
    logKeyArn.overrideLogicalId(LOG_KEY_ARN_VARIABLE);

    const trail = new OrganizationTrail(this, 'OrganizationTrail', {
      trailName: this.names.trailName,
      s3BucketName: this.names.evidenceBucketName,
      kmsKeyId: logKeyArn.stringValue,
      s3DataEvents: this.profiles.string('s3DataEvents'),
      lambdaDataEvents: this.flag('lambdaDataEvents'),
      insights: this.flag('insights'),
      excludedBucketArns: [this.names.evidenceBucketArn, this.names.accessLogBucketArn],
      cloudWatchLogsGroupArn: this.trailLogGroup.cloudTrailLogGroupArn,
      cloudWatchLogsRoleArn: this.trailLogGroup.roleArn,
      provider: this.providers.home,
    });
    if (this.trustedAccess !== undefined) {
      // An organization trail needs CloudTrail's trusted access first.
      trail.trail.dependsOn = [dependable(this.trustedAccess.organization)];
    }
    new TerraformOutput(this, 'TrailArn', { value: trail.trailArn, description: 'ARN of the organization trail.' })
      .overrideLogicalId('trail_arn');
    return trail;
  }

  /** SCPs and the RCP; fully known at plan time, so a reviewer reads the exact JSON in the plan. */
  private addGuardrails(props: ManagementStackProps): OrganizationPolicy[] {
    const scope = logGuardrailScope(this.names, props.breakGlassRoleName, [
      this.names.roleArn(props.accounts.security, props.securityDeploymentRoleName),
    ]);
    const dependsOn = this.trustedAccess === undefined ? undefined : [dependable(this.trustedAccess.organization)];
    const scps = denyLogTamperingScps(scope).map((document, index) => new OrganizationPolicy(this, `DenyLogTamperingScp${index + 1}`, {
      policyName: this.names.prefixed(`deny-log-tampering-${index + 1}`),
      description: `trailguard: deny switching off or tampering with the security logs (part ${index + 1}); break-glass exempt`,
      type: 'SERVICE_CONTROL_POLICY',
      document,
      targetIds: props.guardrailTargets,
    }));
    const rcp = new OrganizationPolicy(this, 'EvidenceProtectionRcp', {
      policyName: this.names.prefixed('evidence-protection'),
      description: 'trailguard: deny deleting, tampering with or plain-HTTP access to the evidence bucket and log key, for every caller',
      type: 'RESOURCE_CONTROL_POLICY',
      document: evidenceProtectionRcp(scope),
      targetIds: props.guardrailTargets,
    });
    const policies = [...scps, rcp];
    if (dependsOn !== undefined) {
      policies.forEach((policy) => (policy.policy.dependsOn = dependsOn));
    }
    return policies;
  }

  /** GuardDuty is regional: delegate it in every governed Region, where the purposes ask for it. */
  private addGuardDutyDelegation(props: ManagementStackProps): void {
    for (const region of this.providers.regions) {
      new GuardDutyDelegation(this, `GuardDutyDelegation-${region}`, {
        adminAccountId: props.accounts.security,
        findingPublishingFrequency: this.profiles.string('findingPublishingFrequency'),
        provider: this.providers.forRegion(region),
        count: this.profiles.countWhen('guardDuty'),
      });
    }
  }

  /** A boolean setting as a plan-time token. */
  private flag(name: SettingName): IResolvable {
    return ref(this.profiles.expression(name), this);
  }
}

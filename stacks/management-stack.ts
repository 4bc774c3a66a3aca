import { dependable, ref, TerraformOutput, TerraformVariable, type IResolvable } from 'cdktf';
import { Construct } from 'constructs';
import { investigationQueries } from '../investigation/queries';
import { queryContext } from '../investigation/query-context';
import { AlarmTopic } from '../modules/detection/alarm-topic';
import { DrillAlarm } from '../modules/detection/drill-alarm';
import type { DrillRole } from '../modules/verification/drill-role';
import { AlertSubscriptionsVariable, type AlertSubscription } from '../modules/detection/alert-subscriptions-variable';
import { GuardDutyDelegation } from '../modules/detection/guardduty-delegation';
import { ManagementDetection } from '../modules/detection/management-detection';
import { OrganizationPolicy } from '../modules/guardrails/organization-policy';
import { OrganizationTrustedAccess } from '../modules/guardrails/organization-trusted-access';
import { LogsInsightsQueries } from '../modules/investigation/logs-insights-queries';
import { OrganizationTrail } from '../modules/trail/organization-trail';
import { TrailLogGroup } from '../modules/trail/trail-log-group';
import { OrganizationsDelegatedAdministrator } from '@cdktf/provider-aws/lib/organizations-delegated-administrator';
import { SECURITY_LAKE_SERVICE } from '../naming/security-lake-names';
import { gate } from '../modules/private/conditional';
import { plannedGuardrailPolicies } from '../model/planned-documents';
import { logGuardrailScope, type GuardrailAccess } from '../policies/log-guardrail-scope';
import type { SettingName } from '../profiles/settings-table';
import { AccountStack, type AccountStackProps } from './account-stack';

export interface ManagementStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly accounts: { readonly management: string; readonly logArchive: string; readonly security: string };
  /** Who is exempt from the guardrails and who may assume the member accounts' deployment roles. */
  readonly guardrailAccess: GuardrailAccess;
  /** Roots or OUs the guardrail policies attach to. */
  readonly guardrailTargets: readonly string[];
  /** The organization's root id: the detection forwarder StackSet deploys to every account under it. */
  readonly organizationRootId: string;
  /** Default alert subscriptions of the alarm topic (a Terraform variable at plan time). */
  readonly alertSubscriptions: readonly AlertSubscription[];
}

/** Terraform names users type (`-var log_key_arn=...`), so they stay stable. */
export const LOG_KEY_ARN_VARIABLE = 'log_key_arn';

/** The management account: the organization trail, the guardrails and GuardDuty delegation. */
export class ManagementStack extends AccountStack {
  readonly trustedAccess?: OrganizationTrustedAccess;
  readonly trailLogGroup: TrailLogGroup;
  readonly trail: OrganizationTrail;
  readonly guardrails: readonly OrganizationPolicy[];
  readonly detection: ManagementDetection;
  readonly alarmTopic: AlarmTopic;
  readonly drillAlarm: DrillAlarm;
  readonly drillRole?: DrillRole;

  constructor(scope: Construct, id: string, props: ManagementStackProps) {
    super(scope, id, 'management', props);
    if (this.model.components['trusted-access'] !== undefined) {
      this.trustedAccess = new OrganizationTrustedAccess(this, 'TrustedAccess', { organizationId: props.organizationId });
    }
    this.trailLogGroup = this.addTrailLogGroup(props);
    this.trail = this.addOrganizationTrail();
    this.guardrails = this.addGuardrails(props);
    this.addGuardDutyDelegation(props);
    this.addSecurityLakeDelegation(props);
    this.alarmTopic = this.addAlarmTopic(props);
    this.detection = this.addDetection(props);
    this.addLogsInsightsQueries();
    // The drill's alarm path sets its canary alarm, and only that one, to ALARM.
    this.drillAlarm = this.addDrillAlarm();
    this.drillRole = this.addDrillRole();
  }

  /** CloudWatch Logs delivery of the trail, where the purposes ask for it. */
  private addTrailLogGroup(props: ManagementStackProps): TrailLogGroup {
    return new TrailLogGroup(this, 'TrailLogGroup', {
      logGroupName: this.names.trailLogGroupName,
      partition: this.names.partition,
      accountId: props.accounts.management,
      region: this.model.homeRegion,
      retentionInDays: this.profiles.number('cloudWatchLogsRetentionDays'),
      keyAliasName: this.names.trailLogGroupKeyAliasName,
      trailArn: this.names.trailArn,
      roleName: this.names.trailLogGroupRoleName,
      count: this.countOf('trail-log-group'),
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
    const scope = logGuardrailScope(this.names, props.guardrailAccess);
    const dependsOn = this.trustedAccess === undefined ? undefined : [dependable(this.trustedAccess.organization)];
    // The tag is how the SCP keeps delegated administrators from detaching these policies.
    const tags = { [scope.guardrailPolicyTag.key]: scope.guardrailPolicyTag.value };
    const policies = plannedGuardrailPolicies(this.names, props.guardrailAccess, props.guardrailTargets).map((planned) =>
      new OrganizationPolicy(this, planned.constructId, {
        policyName: planned.name,
        description: planned.description,
        type: planned.type,
        document: planned.document,
        targetIds: planned.targetIds,
        tags,
      }));
    if (dependsOn !== undefined) {
      policies.forEach((policy) => (policy.policy.dependsOn = dependsOn));
    }
    return policies;
  }

  /** GuardDuty is regional: delegate it in every governed Region, where the purposes ask for it. */
  private addGuardDutyDelegation(props: ManagementStackProps): void {
    for (const region of this.component('guardduty-delegation').regions) {
      new GuardDutyDelegation(this, `GuardDutyDelegation-${region}`, {
        adminAccountId: props.accounts.security,
        findingPublishingFrequency: this.profiles.string('findingPublishingFrequency'),
        provider: this.providers.forRegion(region),
        count: this.countOf('guardduty-delegation'),
      });
    }
  }

  /**
   * Security Lake's administrator is the log-archive account, as in the AWS SRA: the traces sit
   * next to the evidence and the investigator. Delegation is organization-wide, so once.
   */
  private addSecurityLakeDelegation(props: ManagementStackProps): void {
    gate(new OrganizationsDelegatedAdministrator(this, 'SecurityLakeDelegation', {
      accountId: props.accounts.logArchive,
      servicePrincipal: SECURITY_LAKE_SERVICE,
      provider: this.providers.home,
    }), this.requiredCount('security-lake-delegation'));
  }

  /**
   * The topic every metric-filter alarm acts on. It lives with the alarms, since an alarm's SNS
   * action cannot cross accounts and Security Hub CloudWatch.1-14 judge the trail's account.
   */
  private addAlarmTopic(props: ManagementStackProps): AlarmTopic {
    const { names } = this;
    const gate = this.component('alarm-topic').gate;
    const subscriptions = new AlertSubscriptionsVariable(this, 'AlertSubscriptions', { defaultSubscriptions: props.alertSubscriptions });
    return new AlarmTopic(this, 'AlarmTopic', {
      topicName: names.alarmTopicName,
      topicArn: names.alarmTopicArn,
      keyAliasName: names.alarmKeyAliasName,
      partition: names.partition,
      accountId: props.accounts.management,
      alarmArnPattern: names.metricAlarmArnPattern,
      subscriptions: subscriptions.iterator(this.profiles.conditionFor(gate)),
      subscriptionListExpression: `var.${subscriptions.variableName}`,
      count: this.requiredCount('alarm-topic'),
      provider: this.providers.home,
    });
  }

  /**
   * The management account's part of detection: metric filters and alarms on the trail's log
   * group, its own forwarders, and the StackSet with every other account's forwarders.
   */
  private addDetection(props: ManagementStackProps): ManagementDetection {
    const { names } = this;
    const { detections } = this.model;
    return new ManagementDetection(this, 'Detection', {
      accountId: props.accounts.management,
      homeRegion: this.model.homeRegion,
      forwarders: detections.eventRules.forwarders,
      centralBusArnByRegion: Object.fromEntries(this.model.governedRegions.map((r) => [r, names.centralEventBusArn(r)])),
      logGroupName: names.trailLogGroupName,
      metricNamespace: names.detectionMetricNamespace,
      detectionNamePrefix: names.detectionNamePrefix,
      metricFilters: detections.metricFilters.definitions,
      eventRules: detections.eventRules.definitions,
      alarmActions: [this.alarmTopic.topicArn],
      forwarderRuleNamePrefix: names.forwarderRuleNamePrefix,
      forwarderRoleName: names.forwarderRoleName,
      memberForwarderRoleNamePrefix: names.memberForwarderRoleNamePrefix,
      stackSetName: names.forwarderStackSetName,
      stackSetTargets: [props.organizationRootId],
      metricAlarmsCount: this.requiredCount('metric-alarms'),
      eventForwardingCount: this.requiredCount('event-forwarders'),
      forwarderRoleCount: this.requiredCount('forwarder-role'),
      providerFor: (region) => this.providers.forRegion(region),
      // Filters can only be created once the log group exists.
      logGroupDependency: this.trailLogGroup.logGroup,
    });
  }

  /** The drill's canary alarm, beside the metric-filter alarms and with their gate, acting on their topic. */
  private addDrillAlarm(): DrillAlarm {
    const { drillAlarm } = this.model.detections;
    return new DrillAlarm(this, 'DrillAlarm', {
      alarmName: drillAlarm.alarmName,
      description: drillAlarm.description,
      metricNamespace: this.names.detectionMetricNamespace,
      metricName: drillAlarm.alarmName,
      alarmActions: [this.alarmTopic.topicArn],
      count: this.profiles.countFor(drillAlarm.gate) ?? 1,
      provider: this.providers.forRegion(drillAlarm.region),
    });
  }

  /** Logs Insights saved queries over the trail's log group (investigation). */
  private addLogsInsightsQueries(): void {
    const { names } = this;
    new LogsInsightsQueries(this, 'InvestigationQueries', {
      queries: investigationQueries(),
      context: queryContext(names),
      logGroupNames: [names.trailLogGroupName],
      folder: names.prefixed('investigation'),
      count: this.countOf('logs-insights-queries'),
      provider: this.providers.home,
    });
  }

  /** A boolean setting as a plan-time token. */
  private flag(name: SettingName): IResolvable {
    return ref(this.profiles.expression(name), this);
  }
}

import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { EventRuleDefinition, MetricFilterDefinition } from '../../detections/types';
import { eventForwarderPermissions, eventForwarderTrustPolicy } from '../../policies/event-forwarder-policies';
import { policyJson } from '../../policies/policy-document';
import { conditionalAttribute, gate } from '../private/conditional';
import { EventForwarders } from './event-forwarders';
import { forwarderStackSetTemplate } from '../../detections/routing/forwarder-template';
import { ForwarderStackSet } from './forwarder-stack-set';
import type { ForwarderRules } from '../../model/detection-plan';
import { MetricAlarms } from './metric-alarms';

export interface ManagementDetectionProps {
  /** The management account (owner of the trail's log group and of the StackSet). */
  readonly accountId: string;
  readonly homeRegion: string;
  /** Where every account forwards: the rules per Region and the Region of the central bus they go to. */
  readonly forwarders: readonly ForwarderRules[];
  /** The central bus ARN of each governed Region. */
  readonly centralBusArnByRegion: Readonly<Record<string, string>>;
  /** The org trail's log group, by name (it is created by the trail's own construct). */
  readonly logGroupName: string;
  /** @default - none; see MetricAlarmsProps.logGroupDependency */
  readonly logGroupDependency?: ITerraformDependable;
  readonly metricNamespace: string;
  /** Prefix of filter, metric and alarm names. */
  readonly detectionNamePrefix: string;
  readonly metricFilters: readonly MetricFilterDefinition[];
  /** Every fast-path rule: the StackSet template carries them all, with the Region conditions. */
  readonly eventRules: readonly EventRuleDefinition[];
  /** What every metric-filter alarm does on ALARM: publish to the alarm topic. */
  readonly alarmActions: readonly string[];
  /** Forwarding rules, here and in member accounts, are named `<forwarderRuleNamePrefix><definition id>`. */
  readonly forwarderRuleNamePrefix: string;
  /** The management account's forwarding role. */
  readonly forwarderRoleName: string;
  /** Member accounts' forwarding roles are named `<memberForwarderRoleNamePrefix><Region>`. */
  readonly memberForwarderRoleNamePrefix: string;
  readonly stackSetName: string;
  /** Roots or OUs the forwarder StackSet deploys to. */
  readonly stackSetTargets: readonly string[];
  /** `count` of the metric filters and alarms (plan-time token). */
  readonly metricAlarmsCount: number;
  /** `count` of the event forwarders and the StackSet (plan-time token). */
  readonly eventForwardingCount: number;
  /** `count` of the forwarding role: 1 when the fast path forwards (plan-time token). */
  readonly forwarderRoleCount: number;
  /** The management account's provider in a Region (governed Regions and us-east-1). */
  readonly providerFor: (region: string) => TerraformProvider;
}

/**
 * Everything detection puts in the management account: the metric filters and alarms on the org
 * trail's log group (the complete path), the forwarders of its own events (a StackSet never deploys
 * to the management account), and the StackSet that deploys forwarders to every other account.
 */
export class ManagementDetection extends Construct {
  readonly metricAlarms: MetricAlarms;
  readonly stackSet: ForwarderStackSet;

  constructor(scope: Construct, id: string, props: ManagementDetectionProps) {
    super(scope, id);
    const regions = props.forwarders.map((forwarder) => forwarder.region);
    const busArnOf = (forwarder: ForwarderRules): string | undefined => props.centralBusArnByRegion[forwarder.targetRegion];
    const missing = [...new Set(props.forwarders.filter((f) => busArnOf(f) === undefined).map((f) => f.targetRegion))];
    if (missing.length > 0) throw new Error(`ManagementDetection: centralBusArnByRegion has no ARN for ${missing.join(', ')}; expected one per Region a forwarder targets`);
    const home = props.providerFor(props.homeRegion);

    this.metricAlarms = new MetricAlarms(this, 'MetricAlarms', {
      logGroupName: props.logGroupName,
      logGroupDependency: props.logGroupDependency,
      metricNamespace: props.metricNamespace,
      namePrefix: props.detectionNamePrefix,
      definitions: props.metricFilters,
      alarmActions: props.alarmActions,
      count: props.metricAlarmsCount,
      provider: home,
    });

    const role = gate(new IamRole(this, 'ForwarderRole', {
      provider: home,
      name: props.forwarderRoleName,
      description: 'Lets EventBridge forward the management account\'s high-risk events to the trailguard central bus',
      assumeRolePolicy: policyJson(eventForwarderTrustPolicy(props.accountId)),
    }), props.forwarderRoleCount);
    gate(new IamRolePolicy(this, 'ForwarderRolePolicy', {
      provider: home,
      role: conditionalAttribute(role, 'name'),
      name: 'put-events-on-central-bus',
      policy: policyJson(eventForwarderPermissions([...new Set(Object.values(props.centralBusArnByRegion))])),
    }), props.forwarderRoleCount);
    const roleArn = conditionalAttribute(role, 'arn');

    for (const forwarder of props.forwarders) {
      new EventForwarders(this, `Forwarders-${forwarder.region}`, {
        definitions: forwarder.definitions,
        ruleNamePrefix: props.forwarderRuleNamePrefix,
        targetBusArn: busArnOf(forwarder) as string,
        roleArn,
        count: props.eventForwardingCount,
        provider: props.providerFor(forwarder.region),
      });
    }

    this.stackSet = new ForwarderStackSet(this, 'ForwarderStackSet', {
      stackSetName: props.stackSetName,
      template: forwarderStackSetTemplate({
        definitions: props.eventRules,
        ruleNamePrefix: props.forwarderRuleNamePrefix,
        roleNamePrefix: props.memberForwarderRoleNamePrefix,
        targetBusArnByRegion: Object.fromEntries(props.forwarders.map((f) => [f.region, busArnOf(f) as string])),
      }),
      organizationalUnitIds: props.stackSetTargets,
      regions,
      count: props.eventForwardingCount,
      provider: home,
    });
  }
}

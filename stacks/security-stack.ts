import { ref, TerraformOutput, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { GUARDDUTY_EXPORT_KEY_VARIABLE } from '../model/deployment-model';
import { plannedBusPolicyInputs } from '../model/planned-documents';
import type { DrillRole } from '../modules/verification/drill-role';
import { AlertSubscriptionsVariable } from '../modules/detection/alert-subscriptions-variable';
import { AlertTopic } from '../modules/detection/alert-topic';
import { CentralEventBus } from '../modules/detection/central-event-bus';
import { DetectionRules } from '../modules/detection/detection-rules';
import { GuardDutyOrganization } from '../modules/detection/guardduty-organization';
import { GUARDDUTY_EXPORT_PREFIX } from '../policies/guardduty-export-grants';
import { GUARDDUTY_FEATURES } from '../profiles/settings-table';
import type { EventRuleDefinition } from '../detections/types';
import { AccountStack, type AccountStackProps } from './account-stack';

export { GUARDDUTY_EXPORT_KEY_VARIABLE } from '../model/deployment-model';

export interface SecurityStackProps extends AccountStackProps {
  readonly organizationId: string;
  /** The break-glass role: with the deployment role, the only one that may reconfigure the alert pipeline. */
  readonly breakGlassRoleName: string;
  /** Default alert subscriptions (a Terraform variable at plan time). */
  readonly alertSubscriptions: readonly { readonly protocol: 'email' | 'https'; readonly endpoint: string }[];
}

/** Where alerts go in one governed Region. */
interface RegionalRouting {
  readonly topic: AlertTopic;
  readonly bus: CentralEventBus;
}
const KEY_ARN = '^arn:[a-z-]+:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$';

/** A literal for a Terraform regex (RE2 syntax), as HCL string text: RE2's escapes, then HCL's. */
function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\\\$&');
}

/** A JSON object of plain strings as an HCL object expression (`{"a" = "b"}`). */
function hclObject(json: string): string {
  return `{ ${Object.entries(JSON.parse(json) as Record<string, string>).map(([key, value]) => `${JSON.stringify(key)} = ${JSON.stringify(value)}`).join(', ')} }`;
}


/** The security account: GuardDuty administration, alert routing and detections. */
export class SecurityStack extends AccountStack {
  readonly routing: ReadonlyMap<string, RegionalRouting>;
  readonly drillRole?: DrillRole;

  constructor(scope: Construct, id: string, props: SecurityStackProps) {
    super(scope, id, 'security', props);
    this.routing = this.addAlertRouting(props);
    this.addDetectionRules();
    this.addGuardDuty();
    this.drillRole = this.addDrillRole();
    this.addOutputs();
  }

  /** A topic and a central bus per governed Region: the fast path and GuardDuty findings end there. */
  private addAlertRouting(props: SecurityStackProps): Map<string, RegionalRouting> {
    const { names } = this;
    const topicGate = this.component('alert-topic').gate;
    const subscriptions = new AlertSubscriptionsVariable(this, 'AlertSubscriptions', { defaultSubscriptions: props.alertSubscriptions });
    const administratorRoleArns = [props.deploymentRoleName, props.breakGlassRoleName].map((role) => names.accountRoleArn('security', role));
    const routing = new Map<string, RegionalRouting>();
    for (const region of this.component('alert-topic').regions) {
      const provider = this.providers.forRegion(region);
      const topic = new AlertTopic(this, `AlertTopic-${region}`, {
        topicName: names.alertTopicName,
        topicArn: names.alertTopicArn(region),
        keyAliasName: names.alertKeyAliasName,
        partition: names.partition,
        accountId: props.accountId,
        publishingRuleArnPattern: names.centralEventBusRuleArnPattern(region),
        administratorRoleArns,
        subscriptions: subscriptions.iterator(this.profiles.conditionFor(topicGate)),
        count: this.requiredCount('alert-topic'),
        provider,
      });
      const bus = new CentralEventBus(this, `CentralEventBus-${region}`, {
        busName: names.centralEventBusName,
        // The policy's inputs come from the one producer `verify` expects them from.
        ...plannedBusPolicyInputs(names, { organizationId: props.organizationId, breakGlassRoleName: props.breakGlassRoleName, drillRoleName: props.drill?.roleName }, region),
        count: this.requiredCount('central-event-bus'),
        provider,
      });
      routing.set(region, { topic, bus });
    }
    return routing;
  }

  /**
   * The fast path's rules on each central bus (metric-filter alarms page through the management
   * account's alarm topic), and the drill's rule beside them, with the bus's gate.
   */
  private addDetectionRules(): void {
    const { detections } = this.model;
    for (const { region, definitions } of detections.eventRules.central) {
      this.rules(`DetectionRules-${region}`, region, definitions, this.requiredCount('detection-rules'));
    }
    const drill = detections.drillRule;
    const drillCount = this.profiles.countFor(drill.gate) ?? 1;
    for (const region of drill.regions) this.rules(`DrillRule-${region}`, region, [drill.definition], drillCount);
  }

  private rules(id: string, region: string, definitions: readonly EventRuleDefinition[], count: number): void {
    const { topic, bus } = this.routingIn(region);
    new DetectionRules(this, id, {
      eventBusName: bus.busName,
      ruleNamePrefix: this.names.detectionNamePrefix,
      definitions,
      topicArn: topic.topicArn,
      count,
      provider: this.providers.forRegion(region),
    });
  }

  /** GuardDuty for every account, in every governed Region, exporting findings into the evidence. */
  private addGuardDuty(): void {
    const { names, profiles } = this;
    const exportKey = new TerraformVariable(this, 'GuardDutyExportKeyArn', {
      type: 'string',
      default: Token.nullValue(),
      nullable: true,
      description:
        'ARN of the log-archive KMS key (the log-archive stack\'s key behind the cloudtrail-logs alias) that encrypts GuardDuty findings ' +
        'exported to the evidence bucket. GuardDuty keeps findings 90 days; unset, findings are not exported.',
      validation: [
        {
          condition: `\${var.${GUARDDUTY_EXPORT_KEY_VARIABLE} == null || can(regex("${KEY_ARN}", var.${GUARDDUTY_EXPORT_KEY_VARIABLE}))}`,
          errorMessage: `${GUARDDUTY_EXPORT_KEY_VARIABLE} must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>), not an alias.`,
        },
        {
          // Only the log-archive key in the home Region can encrypt into the evidence bucket there. A
          // malformed ARN is the rule above's to report, so it is not reported twice.
          condition:
            `\${var.${GUARDDUTY_EXPORT_KEY_VARIABLE} == null || !can(regex("${KEY_ARN}", var.${GUARDDUTY_EXPORT_KEY_VARIABLE})) || ` +
            `can(regex("^${regexEscape(names.logArchiveHomeKeyArnPrefix)}[A-Za-z0-9-]+$", var.${GUARDDUTY_EXPORT_KEY_VARIABLE}))}`,
          errorMessage:
            `${GUARDDUTY_EXPORT_KEY_VARIABLE} must be a key of the log-archive account in the home Region ${this.model.homeRegion} ` +
            `(${names.logArchiveHomeKeyArnPrefix}<id>): it encrypts findings exported to the evidence bucket there.`,
        },
      ],
    });
    exportKey.overrideLogicalId(GUARDDUTY_EXPORT_KEY_VARIABLE);
    for (const region of this.component('guardduty-organization').regions) {
      new GuardDutyOrganization(this, `GuardDuty-${region}`, {
        manageableFeatures: GUARDDUTY_FEATURES,
        // A reference, not the raw `${...}` string: Fn would nest or escape the raw form.
        enabledFeatures: Token.asList(ref(profiles.expression('guardDutyFeatures'), this)),
        findingPublishingFrequency: profiles.string('findingPublishingFrequency'),
        exportDestinationArn: `${names.evidenceBucketArn}/${GUARDDUTY_EXPORT_PREFIX}`,
        exportKeyArn: Token.asString(`\${var.${GUARDDUTY_EXPORT_KEY_VARIABLE}}`),
        exportCount: this.requiredCount('guardduty-export'),
        count: this.countOf('guardduty-organization'),
        provider: this.providers.forRegion(region),
      });
    }
  }

  private addOutputs(): void {
    const { names } = this;
    // A for expression with a condition gives one map type whichever way the condition goes,
    // where `cond ? {...} : {}` would be two object types Terraform cannot unify.
    const topic = this.component('alert-topic');
    const topicArns = JSON.stringify(Object.fromEntries(topic.regions.map((r) => [r, names.alertTopicArn(r)])));
    new TerraformOutput(this, 'AlertTopicArns', {
      value: Token.asAnyMap(`\${{ for region, arn in ${hclObject(topicArns)} : region => arn if ${this.profiles.conditionFor(topic.gate)} }}`),
      description: 'The alert topic of each governed Region; empty when no topic is planned (no purpose routes alerts).',
    }).overrideLogicalId('alert_topic_arns');
  }

  private routingIn(region: string): RegionalRouting {
    const routing = this.routing.get(region);
    if (routing === undefined) throw new Error(`security stack: no alert routing in ${region}; expected a governed Region`);
    return routing;
  }
}

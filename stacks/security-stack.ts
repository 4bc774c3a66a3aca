import { detectionTargets } from '../detections/deployment-targets';
import { ref, TerraformOutput, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { eventRuleDefinitions } from '../detections';
import { AlertSubscriptionsVariable } from '../modules/detection/alert-subscriptions-variable';
import { AlertTopic } from '../modules/detection/alert-topic';
import { CentralEventBus } from '../modules/detection/central-event-bus';
import { DetectionRules } from '../modules/detection/detection-rules';
import { centralRuleDefinitions } from '../detections/routing/forwarding-plan';
import { GuardDutyOrganization } from '../modules/detection/guardduty-organization';
import { metricAlarmRuleDefinition } from '../detections/metric-alarm-rule';
import { GUARDDUTY_EXPORT_PREFIX } from '../policies/guardduty-export-grants';
import { GUARDDUTY_FEATURES } from '../profiles/settings-table';
import { AccountStack, type AccountStackProps } from './account-stack';
import { addVerifierRole } from './verifier-wiring';
import { allOn, anyOn, countIf } from './detection-wiring';

export interface SecurityStackProps extends AccountStackProps {
  readonly organizationId: string;
  readonly managementAccountId: string;
  /** Default alert subscriptions (a Terraform variable at plan time). */
  readonly alertSubscriptions: readonly { readonly protocol: 'email' | 'https'; readonly endpoint: string }[];
}

/** Terraform name of the input that tells GuardDuty which log-archive key encrypts exported findings. */
export const GUARDDUTY_EXPORT_KEY_VARIABLE = 'guardduty_export_key_arn';

/** The security account: GuardDuty administration, alert routing and detections. */
export class SecurityStack extends AccountStack {
  constructor(scope: Construct, id: string, props: SecurityStackProps) {
    super(scope, id, props);
    const { names, profiles } = this;
    const definitions = eventRuleDefinitions(detectionTargets(names));
    const alarmRule = metricAlarmRuleDefinition({ alarmNamePrefix: names.detectionName(''), alarmAccountId: props.managementAccountId });
    const forwardingScope = { governedRegions: this.providers.regions, homeRegion: props.homeRegion };

    // Both paths end at the topic through the central bus: alarms travel there as events too.
    const routing = anyOn(profiles, ['nearRealTimeRules', 'metricAlarms']);
    const routingCount = countIf(routing);
    const alarmsCount = countIf(allOn(profiles, ['metricAlarms', 'cloudWatchLogsDelivery']));
    const subscriptions = new AlertSubscriptionsVariable(this, 'AlertSubscriptions', { defaultSubscriptions: props.alertSubscriptions });

    const exportKey = new TerraformVariable(this, 'GuardDutyExportKeyArn', {
      type: 'string',
      default: Token.nullValue(),
      nullable: true,
      description:
        'ARN of the log-archive KMS key (the log-archive stack\'s key behind the cloudtrail-logs alias) that encrypts GuardDuty findings ' +
        'exported to the evidence bucket. GuardDuty keeps findings 90 days; unset, findings are not exported.',
      validation: [{
        condition: `\${var.${GUARDDUTY_EXPORT_KEY_VARIABLE} == null || can(regex("^arn:[a-z-]+:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", var.${GUARDDUTY_EXPORT_KEY_VARIABLE}))}`,
        errorMessage: `${GUARDDUTY_EXPORT_KEY_VARIABLE} must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>), not an alias.`,
      }],
    });
    exportKey.overrideLogicalId(GUARDDUTY_EXPORT_KEY_VARIABLE);
    const exportCount = countIf(`(${profiles.expression('guardDuty')} && var.${GUARDDUTY_EXPORT_KEY_VARIABLE} != null)`);

    for (const region of this.providers.regions) {
      const provider = this.providers.forRegion(region);
      const topic = new AlertTopic(this, `AlertTopic-${region}`, {
        topicName: names.alertTopicName,
        topicArn: names.alertTopicArn(region),
        keyAliasName: names.alertKeyAliasName,
        partition: names.partition,
        accountId: props.accountId,
        publishingRuleArnPattern: names.centralEventBusRuleArnPattern(region),
        subscriptions: subscriptions.iterator(routing),
        count: routingCount,
        provider,
      });
      const bus = new CentralEventBus(this, `CentralEventBus-${region}`, {
        busName: names.centralEventBusName,
        busArn: names.centralEventBusArn(region),
        organizationId: props.organizationId,
        count: routingCount,
        provider,
      });
      new DetectionRules(this, `DetectionRules-${region}`, {
        eventBusName: bus.busName,
        ruleNamePrefix: names.detectionName(''),
        definitions: centralRuleDefinitions(definitions, region, forwardingScope),
        topicArn: topic.topicArn,
        count: profiles.countWhen('nearRealTimeRules'),
        provider,
      });
      if (region === props.homeRegion) {
        new DetectionRules(this, 'MetricAlarmRule', {
          eventBusName: bus.busName,
          ruleNamePrefix: names.detectionName(''),
          definitions: [alarmRule],
          topicArn: topic.topicArn,
          count: alarmsCount,
          provider,
        });
      }
      new GuardDutyOrganization(this, `GuardDuty-${region}`, {
        manageableFeatures: GUARDDUTY_FEATURES,
        // A reference, not the raw `${...}` string: Fn would nest or escape the raw form.
        enabledFeatures: Token.asList(ref(profiles.expression('guardDutyFeatures'), this)),
        findingPublishingFrequency: profiles.string('findingPublishingFrequency'),
        exportDestinationArn: `${names.evidenceBucketArn}/${GUARDDUTY_EXPORT_PREFIX}`,
        exportKeyArn: Token.asString(`\${var.${GUARDDUTY_EXPORT_KEY_VARIABLE}}`),
        exportCount,
        count: profiles.countWhen('guardDuty'),
        provider,
      });
    }

    new TerraformOutput(this, 'AlertTopicArns', {
      value: Object.fromEntries(this.providers.regions.map((r) => [r, names.alertTopicArn(r)])),
      description: 'The alert topic of each governed Region (planned only when detection routes alerts).',
    }).overrideLogicalId('alert_topic_arns');
    addVerifierRole(this, props.verifier);
  }
}

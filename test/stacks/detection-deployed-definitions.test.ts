import { detectionTargets } from '../../detections/deployment-targets';
import { eventRuleDefinitions, metricFilterDefinitions } from '../../detections';
import { drillRuleDefinition } from '../../detections/drill-rule';
import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from '../support/example-config';
import { synthesizedStack, synthToDirectory } from '../support/synth';
import { resourcesOf } from '../support/resources';

// The deployed detections must be exactly the tested definitions: Security Hub's CloudWatch.x
// checks compare the filter text character for character.
const config = exampleConfig();
const names = new TrailguardNames(config);
const targets = detectionTargets(names);
const outdir = synthToDirectory({ config });
const management = synthesizedStack(outdir, 'management');
const security = synthesizedStack(outdir, 'security');

const byProvider = (resources: any[], region: string) =>
  resources.filter((r) => (r.provider === 'aws' ? config.homeRegion : r.provider.replace('aws.', '').replace(/_/g, '-')) === region);

describe('deployed detections equal their definitions', () => {
  it('puts every metric filter on the trail log group with the exact pattern text', () => {
    const filters = resourcesOf(management, 'aws_cloudwatch_log_metric_filter');
    const expected = metricFilterDefinitions(targets);
    expect(filters.map((f) => [f.name, f.pattern, f.log_group_name]).sort()).toEqual(
      expected.map((d) => [names.detectionName(d.id), d.pattern, names.trailLogGroupName]).sort(),
    );
    expect(filters).toHaveLength(23);
  });

  it('deploys the 14 Security Hub CIS texts verbatim', () => {
    const patterns = new Set(resourcesOf(management, 'aws_cloudwatch_log_metric_filter').map((f) => f.pattern));
    // Spot checks against the Security Hub user guide text, including its irregular spacing.
    expect(patterns).toContain('{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}');
    expect(patterns).toContain('{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }');
    const cis = metricFilterDefinitions(targets).filter((d) => d.securityHubControl !== undefined);
    expect(cis).toHaveLength(14);
    for (const definition of cis) expect(patterns).toContain(definition.pattern);
  });

  it('gives every filter an alarm: threshold 1 in one period (the volume filters their own), missing data not breaching', () => {
    // Beside them, the drill's canary alarm, on a metric no filter writes (test/policies/drill-attacks.sim.test.ts).
    const alarms = resourcesOf(management, 'aws_cloudwatch_metric_alarm').filter((a) => a.alarm_name !== names.drillAlarmName);
    expect(alarms).toHaveLength(23);
    // The volume filters count what EventBridge cannot: bulk deletions, secret reads, discovery bursts.
    const VOLUME_THRESHOLDS: Record<string, number> = {
      'bulk-object-deletions': 500, 'bulk-snapshot-deletions': 20, 'secrets-read-volume': 100, 'discovery-burst-long-term-keys': 300,
    };
    for (const alarm of alarms) {
      const volume = Object.entries(VOLUME_THRESHOLDS).find(([id]) => alarm.alarm_name === names.detectionName(id));
      expect(alarm).toMatchObject({
        threshold: volume === undefined ? 1 : volume[1], evaluation_periods: 1, datapoints_to_alarm: 1, treat_missing_data: 'notBreaching',
        comparison_operator: 'GreaterThanOrEqualToThreshold', statistic: 'Sum', namespace: names.detectionMetricNamespace,
      });
    }
    expect(alarms.map((a) => a.metric_name).sort()).toEqual(resourcesOf(management, 'aws_cloudwatch_log_metric_filter').map((f) => f.metric_transformation.name).sort());
  });

  // From the documented arrival Regions: regional services and sign-ins reach EventBridge in every
  // Region; IAM and Organizations events only in us-east-1, which the example governs, so its own
  // central bus carries them and the home Region's (eu-west-1) does not.
  // STS (GetFederationToken) is global too, but its regional endpoints record in their own Region.
  const EVERY_REGION_RULES = [
    'root-activity', 'console-sign-in-without-mfa', 'org-trail-tampering', 'log-key-changes', 'trail-log-group-tampering',
    'evidence-bucket-changes', 'guardduty-tampering', 'forwarder-tampering', 'federation-token-issued', 'roles-anywhere-trust-changed',
    'secrets-read-in-bulk-or-by-key', 'parameters-decrypted-by-key', 'ec2-password-data-read', 'ami-shared-outside',
    'snapshot-shared-outside', 'db-snapshot-shared-outside', 'bucket-opened-outside', 'security-group-open-to-internet', 'kms-grant-outside', 'lambda-exposed-outside',
    'any-trail-tampering', 'trail-bucket-short-expiry', 'network-logs-deleted', 'guardduty-weakened', 'config-stopped',
    'security-tooling-disabled', 'lambda-layer-added', 'lambda-code-by-long-term-key', 'instance-user-data-modified',
    'remote-command-on-instance', 'instance-connect-key-pushed', 'serial-console-enabled', 'unusual-instance-launched',
    'instance-user-data-read', 'email-sending-probed', 's3-sse-c-upload', 'backups-destroyed', 'bedrock-model-access-enabled',
    'guardrail-action-denied', 'guardduty-high-severity-finding',
  ];
  const CENTRAL_RULES: Record<string, string[]> = {
    'eu-west-1': EVERY_REGION_RULES,
    'us-east-1': [
      ...EVERY_REGION_RULES,
      'guardrail-policy-changes', 'iam-policy-changes', 'role-trust-opened', 'new-administrator', 'root-access-key-created',
      'access-key-for-user', 'login-profile-changed', 'iam-user-created', 'identity-provider-changed', 'mfa-device-removed',
    ],
  };

  it.each(Object.entries(CENTRAL_RULES))('puts the expected rules on the central bus of %s with their exact patterns', (region, ids) => {
    expect(config.governedRegions).toContain(region);
    const definitions = new Map(eventRuleDefinitions(targets).map((d) => [d.id, d.pattern]));
    const deployed = byProvider(resourcesOf(security, 'aws_cloudwatch_event_rule'), region)
      .map((r) => [r.name, JSON.parse(r.event_pattern)]);
    // Beside the detections, the drill's rule, which `trailguard drill` tests the path with.
    definitions.set('drill', drillRuleDefinition().pattern);
    expect(deployed.sort()).toEqual([...ids, 'drill'].map((id) => [names.detectionName(id), definitions.get(id)]).sort());
  });

  it('deploys central rules only in the governed Regions', () => {
    expect([...config.governedRegions].sort()).toEqual(Object.keys(CENTRAL_RULES).sort());
  });

  it('forwards from the management account the same patterns the central bus matches', () => {
    const definitions = eventRuleDefinitions(targets);
    const rules = resourcesOf(management, 'aws_cloudwatch_event_rule');
    const usEast1 = byProvider(rules, 'us-east-1').map((r) => [r.name, JSON.parse(r.event_pattern)]);
    // Global-service events arrive in us-east-1 as well as regional ones, so every rule is forwarded there.
    const expected = definitions.map((d) => [names.forwarderRuleName(d.id), d.forwardingPattern]);
    expect(usEast1.sort()).toEqual(expected.sort());
    expect(usEast1).toHaveLength(definitions.length);
  });

  it('generates the StackSet template from the same definitions', () => {
    const [stackSet] = resourcesOf(management, 'aws_cloudformation_stack_set');
    const template = JSON.parse(stackSet.template_body);
    const patterns = Object.values(template.Resources).filter((r: any) => r.Type === 'AWS::Events::Rule').map((r: any) => r.Properties.EventPattern);
    expect(patterns).toEqual(eventRuleDefinitions(targets).map((d) => d.forwardingPattern));
  });
});

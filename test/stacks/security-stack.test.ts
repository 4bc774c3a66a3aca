import { exampleConfig, operatorRolesConfig } from '../support/example-config';
import { synthStack } from '../support/synth';
import { resourcesOf } from '../support/resources';


describe('SecurityStack detection', () => {
  const config = exampleConfig();
  const security = synthStack('security', config);

  it('plans an encrypted alert topic, its key and a central bus per governed Region', () => {
    expect(resourcesOf(security, 'aws_sns_topic')).toHaveLength(config.governedRegions.length);
    expect(resourcesOf(security, 'aws_kms_key')).toHaveLength(config.governedRegions.length);
    expect(resourcesOf(security, 'aws_cloudwatch_event_bus')).toHaveLength(config.governedRegions.length);
    for (const topic of resourcesOf(security, 'aws_sns_topic')) {
      expect(topic.name).toBe('tg-example-security-alerts');
      expect(topic.kms_master_key_id).toMatch(/aws_kms_key\..*\.arn/);
    }
    for (const key of resourcesOf(security, 'aws_kms_key')) expect(key.enable_key_rotation).toBe(true);
  });

  it('lets only the central bus rules publish, denies publishing without TLS, and reconfiguring to all but its administrators', () => {
    const policies = resourcesOf(security, 'aws_sns_topic_policy').map((p) => JSON.parse(p.policy));
    const euWest1 = policies.find((p) => p.Statement[0].Resource.includes(':eu-west-1:'));
    expect(euWest1.Statement).toEqual([
      {
        Sid: 'AllowCentralBusRulesToPublish', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sns:Publish',
        Resource: 'arn:aws:sns:eu-west-1:333333333333:tg-example-security-alerts',
        Condition: {
          StringEquals: { 'aws:SourceAccount': '333333333333' },
          ArnLike: { 'aws:SourceArn': 'arn:aws:events:eu-west-1:333333333333:rule/tg-example-security-events/*' },
        },
      },
      {
        Sid: 'DenyPublishWithoutTls', Effect: 'Deny', Principal: '*', Action: 'sns:Publish',
        Resource: 'arn:aws:sns:eu-west-1:333333333333:tg-example-security-alerts', Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
      {
        Sid: 'DenyBlindingExceptAdministrators', Effect: 'Deny', Principal: '*', Action: ['sns:DeleteTopic', 'sns:SetTopicAttributes', 'sns:RemovePermission'],
        Resource: 'arn:aws:sns:eu-west-1:333333333333:tg-example-security-alerts',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::333333333333:role/trailguard-deploy', 'arn:aws:iam::333333333333:role/trailguard-break-glass'] } },
      },
    ]);
  });

  it('restricts the central bus to the organization\'s forwarding roles', () => {
    const [policy] = resourcesOf(security, 'aws_cloudwatch_event_bus_policy').map((p) => JSON.parse(p.policy));
    const forwarders = ['arn:aws:iam::*:role/tg-example-event-forwarder-*', 'arn:aws:iam::111111111111:role/tg-example-event-forwarder'];
    expect(policy.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Allow', Action: 'events:PutEvents',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg1' }, ArnLike: { 'aws:PrincipalArn': forwarders } },
      }),
      expect.objectContaining({
        Effect: 'Deny', Principal: '*', Action: 'events:PutEvents',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': [...forwarders, 'arn:aws:iam::333333333333:role/trailguard-break-glass'] } },
      }),
      // No drill role configured: nobody may put drill events.
      expect.objectContaining({ Sid: 'DenyDrillEvents', Effect: 'Deny', Principal: '*', Action: 'events:PutEvents', Condition: { 'ForAnyValue:StringEquals': { 'events:source': 'trailguard.drill' } } }),
    ]);
  });

  it('with drillRoleName, exempts the drill role from the forwarder-only Deny and keeps it to drill events', () => {
    const withDrill = synthStack('security', operatorRolesConfig());
    const [policy] = resourcesOf(withDrill, 'aws_cloudwatch_event_bus_policy').map((p) => JSON.parse(p.policy));
    const drillRole = 'arn:aws:iam::333333333333:role/tg-drill';
    expect(policy.Statement.find((s: any) => s.Sid === 'DenyPutEventsExceptForwarders').Condition.ArnNotLike['aws:PrincipalArn']).toContain(drillRole);
    expect(policy.Statement.map((s: any) => s.Sid)).toEqual([
      'AllowOrganizationForwardersToPutEvents', 'DenyPutEventsExceptForwarders', 'DenyDrillEventsExceptDrillRole', 'DenyDrillRoleOtherEvents', 'DenyDrillRoleWithoutSource',
    ]);
    const [role] = resourcesOf(withDrill, 'aws_iam_role').filter((r) => r.name === 'tg-drill');
    expect(JSON.parse(role.assume_role_policy).Statement[0].Principal).toEqual({ AWS: ['arn:aws:iam::333333333333:role/tg-drill-operator'] });
    expect(resourcesOf(withDrill, 'aws_iam_role_policy').filter((p) => p.name === 'trailguard-drill')).toHaveLength(1);
  });

  it('plans the drill rule on every central bus, targeting that Region\'s topic, with the bus\'s count', () => {
    const drill = resourcesOf(security, 'aws_cloudwatch_event_rule').filter((r) => r.name === 'tg-example-drill');
    expect(drill).toHaveLength(config.governedRegions.length);
    const buses = resourcesOf(security, 'aws_cloudwatch_event_bus');
    for (const rule of drill) {
      expect(JSON.parse(rule.event_pattern)).toEqual({ source: ['trailguard.drill'], 'detail-type': ['trailguard drill'] });
      expect(rule.count).toEqual(buses[0].count);
    }
    const targets = resourcesOf(security, 'aws_cloudwatch_event_target').filter((t) => /DrillRule/.test(JSON.stringify(t.rule)));
    expect(targets.map((t) => /aws_sns_topic\.AlertTopic-([a-z0-9-]+)_/.exec(t.arn)?.[1]).sort()).toEqual([...config.governedRegions].sort());
  });

  it('gives the account root no kms:* on the alert key, and denies blinding the key to all but its administrators', () => {
    for (const key of resourcesOf(security, 'aws_kms_key')) {
      const statements = JSON.parse(key.policy).Statement;
      expect(statements.flatMap((s: any) => [s.Action].flat())).not.toContain('kms:*');
      expect(statements.find((s: any) => s.Sid === 'DenyBlindingExceptAdministrators')).toEqual({
        Sid: 'DenyBlindingExceptAdministrators', Effect: 'Deny', Principal: '*', Action: ['kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'], Resource: '*',
        Condition: { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::333333333333:role/trailguard-deploy', 'arn:aws:iam::333333333333:role/trailguard-break-glass'] } },
      });
    }
  });

  it('takes subscriptions from a validated variable whose default is the configuration', () => {
    expect(security.variable.alert_subscriptions.default).toEqual([{ protocol: 'email', endpoint: 'security-alerts@example.com' }]);
    expect(security.variable.alert_subscriptions.validation).toHaveLength(3);
    // One for_each subscription set per governed Region's topic.
    expect(resourcesOf(security, 'aws_sns_topic_subscription')).toHaveLength(config.governedRegions.length);
    for (const subscription of resourcesOf(security, 'aws_sns_topic_subscription')) {
      expect(subscription.for_each).toContain('var.alert_subscriptions');
    }
  });

  it('sends readable messages: who, what, where, when and from which IP', () => {
    const targets = resourcesOf(security, 'aws_cloudwatch_event_target');
    const root = targets.find((t) => t.input_transformer.input_template.includes('Root user activity'));
    expect(root.input_transformer.input_paths).toMatchObject({ principal: '$.detail.userIdentity.arn', sourceIp: '$.detail.sourceIPAddress', time: '$.time', region: '$.region' });
    const text = JSON.parse(root.input_transformer.input_template);
    expect(text).toMatch(/^\[CRITICAL\] Root user activity\nWho: <principal>/);
    expect(text).toContain('From: <sourceIp>');
    const finding = targets.find((t) => t.input_transformer.input_template.includes('GuardDuty finding <findingType>'));
    expect(finding.input_transformer.input_paths.severity).toBe('$.detail.severity');
  });

  it('pages no metric-filter alarm: alarms page through their SNS action in the management account, once', () => {
    const patterns = resourcesOf(security, 'aws_cloudwatch_event_rule').map((r) => JSON.stringify(JSON.parse(r.event_pattern)));
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((p) => p.includes('CloudWatch Alarm State Change') || p.includes('aws.cloudwatch'))).toEqual([]);
  });

  it('configures GuardDuty for the organization in every governed Region, features by profile', () => {
    expect(resourcesOf(security, 'aws_guardduty_organization_configuration')).toHaveLength(2);
    for (const organization of resourcesOf(security, 'aws_guardduty_organization_configuration')) {
      expect(organization.auto_enable_organization_members).toBe('ALL');
    }
    const features = resourcesOf(security, 'aws_guardduty_organization_configuration_feature');
    expect(features.map((f) => f.name).sort()).toEqual([
      'EBS_MALWARE_PROTECTION', 'EBS_MALWARE_PROTECTION', 'EKS_AUDIT_LOGS', 'EKS_AUDIT_LOGS', 'LAMBDA_NETWORK_LOGS', 'LAMBDA_NETWORK_LOGS',
      'RDS_LOGIN_EVENTS', 'RDS_LOGIN_EVENTS', 'RUNTIME_MONITORING', 'RUNTIME_MONITORING', 'S3_DATA_EVENTS', 'S3_DATA_EVENTS',
    ]);
    expect(features[0].auto_enable).toMatch(/^\$\{contains\(local\.trailguard_logging_plan\.guard_duty_features\.value, "[A-Z_0-9]+"\) \? "ALL" : "NONE"\}$/);
    expect(resourcesOf(security, 'aws_guardduty_detector')).toHaveLength(config.governedRegions.length);
    for (const detector of resourcesOf(security, 'aws_guardduty_detector')) {
      expect(detector.finding_publishing_frequency).toBe('${local.trailguard_logging_plan.finding_publishing_frequency.value}');
    }
    expect(resourcesOf(security, 'aws_guardduty_publishing_destination')).toHaveLength(config.governedRegions.length);
    for (const destination of resourcesOf(security, 'aws_guardduty_publishing_destination')) {
      expect(destination.destination_arn).toBe('arn:aws:s3:::tg-example-evidence-222222222222-eu-west-1/guardduty');
      expect(destination.kms_key_arn).toBe('${var.guardduty_export_key_arn}');
    }
  });

  it('gives the administrator\'s own detector every protection plan the profile enables, in every governed Region', () => {
    // Auto-enable ALL configures member accounts only; the administrator's own detector needs its plans set directly.
    const features = resourcesOf(security, 'aws_guardduty_detector_feature');
    expect(features.map((f) => f.name).sort()).toEqual([
      'EBS_MALWARE_PROTECTION', 'EBS_MALWARE_PROTECTION', 'EKS_AUDIT_LOGS', 'EKS_AUDIT_LOGS', 'LAMBDA_NETWORK_LOGS', 'LAMBDA_NETWORK_LOGS',
      'RDS_LOGIN_EVENTS', 'RDS_LOGIN_EVENTS', 'RUNTIME_MONITORING', 'RUNTIME_MONITORING', 'S3_DATA_EVENTS', 'S3_DATA_EVENTS',
    ]);
    for (const feature of features) {
      const region = /^\$\{one\(aws_guardduty_detector\.GuardDuty-([a-z0-9-]+)_Detector_[A-Z0-9]+\[\*\]\.id\)\}$/.exec(feature.detector_id)?.[1];
      expect(config.governedRegions).toContain(region);
      expect(feature.provider).toBe(region === config.homeRegion ? 'aws' : `aws.${String(region).replace(/-/g, '_')}`);
      expect(feature.status).toBe(`\${contains(local.trailguard_logging_plan.guard_duty_features.value, "${feature.name}") ? "ENABLED" : "DISABLED"}`);
    }
    const runtime = features.filter((f) => f.name === 'RUNTIME_MONITORING');
    expect(runtime).toHaveLength(2);
    for (const feature of runtime) {
      expect(feature.additional_configuration.map((c: any) => c.name)).toEqual(['EKS_ADDON_MANAGEMENT', 'ECS_FARGATE_AGENT_MANAGEMENT', 'EC2_AGENT_MANAGEMENT']);
      for (const c of feature.additional_configuration) expect(c.status).toBe(feature.status);
    }
  });

  it('gates every detection resource on a purpose setting', () => {
    const all = Object.entries(security.resource as Record<string, Record<string, any>>)
      .flatMap(([type, byName]) => Object.entries(byName).map(([name, resource]) => ({ address: `${type}.${name}`, resource })));
    expect(all.length).toBeGreaterThan(40);
    // A literal count (1) would plan the resource whatever the purposes: the count must read the plan.
    const ungated = all.filter(({ resource }) =>
      !String(resource.count ?? '').includes('local.trailguard_logging_plan') && !String(resource.for_each ?? '').includes('local.trailguard_logging_plan'))
      .map(({ address }) => address);
    expect(ungated).toEqual([]);
  });
});

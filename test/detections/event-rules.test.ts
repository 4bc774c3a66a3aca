import { eventRuleDefinitions } from '../../detections';
import { compileEventPattern } from '../../patterns/event-pattern';
import { TARGETS_A, TARGETS_B } from './expectations';

describe('eventRuleDefinitions', () => {
  it('defines the required rules with stable ids', () => {
    // Grouped by technique class (one file each in detections/rules/); the forwarder watcher needs the forwarder names.
    expect(eventRuleDefinitions(TARGETS_A).map((r) => r.id)).toEqual([
      'root-activity', 'console-sign-in-without-mfa', 'org-trail-tampering', 'guardrail-policy-changes', 'log-key-changes',
      'trail-log-group-tampering', 'evidence-bucket-changes', 'guardduty-tampering', 'iam-policy-changes', 'role-trust-opened',
      'new-administrator', 'root-access-key-created', 'access-key-for-user', 'login-profile-changed', 'iam-user-created',
      'federation-token-issued', 'identity-provider-changed', 'mfa-device-removed', 'roles-anywhere-trust-changed', 'secrets-read-in-bulk-or-by-key',
      'parameters-decrypted-by-key', 'ec2-password-data-read', 'ami-shared-outside', 'snapshot-shared-outside',
      'db-snapshot-shared-outside', 'bucket-opened-outside', 'security-group-open-to-internet', 'kms-grant-outside', 'lambda-exposed-outside', 'any-trail-tampering',
      'trail-bucket-short-expiry', 'network-logs-deleted', 'guardduty-weakened', 'config-stopped', 'security-tooling-disabled',
      'lambda-layer-added', 'lambda-code-by-long-term-key', 'instance-user-data-modified', 'remote-command-on-instance',
      'instance-connect-key-pushed', 'serial-console-enabled', 'unusual-instance-launched', 'instance-user-data-read',
      'email-sending-probed', 's3-sse-c-upload', 'backups-destroyed', 'bedrock-model-access-enabled', 'guardrail-action-denied',
      'guardduty-high-severity-finding',
    ]);
    expect(eventRuleDefinitions({ ...TARGETS_A, forwarderRuleNamePrefix: 'tg-a-fwd-' }).map((r) => r.id)).toContain('forwarder-tampering');
  });

  it.each([['A', TARGETS_A], ['B', TARGETS_B]])('gives patterns EventBridge accepts (target set %s)', (_set, targets) => {
    for (const rule of eventRuleDefinitions(targets)) {
      expect(() => compileEventPattern(rule.pattern)).not.toThrow();
      expect(() => compileEventPattern(JSON.stringify(rule.pattern))).not.toThrow();
      expect(rule.runbook).not.toContain('\n');
    }
  });

  it('places global-service rules in us-east-1 and regional ones everywhere', () => {
    const arrival = Object.fromEntries(eventRuleDefinitions(TARGETS_A).map((r) => [r.id, r.arrivesIn]));
    // IAM and Organizations events reach EventBridge only in us-east-1; every other rule, STS included (regional endpoints), everywhere.
    const US_EAST_1_ONLY = [
      'guardrail-policy-changes', 'iam-policy-changes', 'role-trust-opened', 'new-administrator', 'root-access-key-created',
      'access-key-for-user', 'login-profile-changed', 'iam-user-created', 'identity-provider-changed', 'mfa-device-removed',
    ];
    expect(Object.keys(arrival).filter((id) => arrival[id] === 'us-east-1').sort()).toEqual([...US_EAST_1_ONLY].sort());
    expect(Object.keys(arrival).filter((id) => arrival[id] !== 'us-east-1' && arrival[id] !== 'every-region')).toEqual([]);
    expect(arrival).toMatchObject({
      'root-activity': 'every-region',
      'console-sign-in-without-mfa': 'every-region',
      'org-trail-tampering': 'every-region',
      'guardrail-policy-changes': 'us-east-1',
      'log-key-changes': 'every-region',
      // CloudWatch Logs and CloudWatch are regional: the log group and alarms are in the management account's home Region.
      'trail-log-group-tampering': 'every-region',
      'evidence-bucket-changes': 'every-region',
      'guardduty-tampering': 'every-region',
      'root-access-key-created': 'us-east-1',
      'guardduty-high-severity-finding': 'every-region',
    });
  });

  it('scopes key-state changes to the key ARNs only when they are given', () => {
    const scoped = eventRuleDefinitions(TARGETS_A).find((r) => r.id === 'log-key-changes');
    const open = eventRuleDefinitions(TARGETS_B).find((r) => r.id === 'log-key-changes');
    expect(JSON.stringify(scoped?.pattern)).toContain('"resources":{"ARN":["arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"]}');
    expect(JSON.stringify(open?.pattern)).not.toContain('resources');
  });

  it('scopes key-state changes by ARN prefix when prefixes are given', () => {
    const prefixed = eventRuleDefinitions({ ...TARGETS_B, logKeyArnPrefixes: ['arn:aws:kms:eu-west-1:222222222222:key/'] })
      .find((r) => r.id === 'log-key-changes');
    expect(JSON.stringify(prefixed?.pattern)).toContain('"resources":{"ARN":[{"prefix":"arn:aws:kms:eu-west-1:222222222222:key/"}]}');
  });

  it('gives every rule an ATT&CK technique (and a sub-technique of it), a first response and a false-positive profile', () => {
    for (const rule of eventRuleDefinitions({ ...TARGETS_A, forwarderRuleNamePrefix: 'tg-a-fwd-' })) {
      expect([rule.id, /^T\d{4}$/.test(rule.attack.techniqueId)]).toEqual([rule.id, true]);
      if (rule.attack.subTechniqueId !== undefined) expect(rule.attack.subTechniqueId.startsWith(`${rule.attack.techniqueId}.`)).toBe(true);
      expect(rule.runbook.length).toBeGreaterThan(20);
      expect(rule.falsePositives.length).toBeGreaterThan(3);
      expect(() => compileEventPattern(rule.forwardingPattern)).not.toThrow();
    }
  });

  it('rejects invalid targets', () => {
    expect(() => eventRuleDefinitions({ ...TARGETS_A, trailName: 'a b' })).toThrow(/trailName: "a b" is not a CloudTrail trail name/);
  });
});

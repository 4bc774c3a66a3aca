import { eventRuleDefinitions } from '../../detections';
import { compileEventPattern } from '../../patterns/event-pattern';
import { TARGETS_A, TARGETS_B } from './expectations';

describe('eventRuleDefinitions', () => {
  it('defines the required rules with stable ids', () => {
    expect(eventRuleDefinitions(TARGETS_A).map((r) => r.id)).toEqual([
      'root-activity', 'console-sign-in-without-mfa', 'org-trail-tampering', 'guardrail-policy-changes', 'log-key-changes',
      'trail-log-group-tampering', 'evidence-bucket-changes', 'guardduty-tampering', 'root-access-key-created', 'guardduty-high-severity-finding',
    ]);
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
    expect(arrival).toEqual({
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

  it('rejects invalid targets', () => {
    expect(() => eventRuleDefinitions({ ...TARGETS_A, trailName: 'a b' })).toThrow(/trailName: "a b" is not a CloudTrail trail name/);
  });
});

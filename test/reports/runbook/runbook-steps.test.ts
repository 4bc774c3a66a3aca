import type { RunbookAlert } from '../../../reports/runbook/alerts';
import { firstSteps, scopingQuery } from '../../../reports/runbook/steps';

const alert = (id: string, source: RunbookAlert['source'] = 'metric-filter'): RunbookAlert => ({
  source,
  id,
  name: id,
  severity: 'high',
  meaning: 'm',
  firstAction: 'Do the first thing.',
});

describe('runbook steps', () => {
  it.each([
    ['root-account-usage', 'root-activity'],
    ['unauthorized-api-calls', 'denied-calls-by-principal'],
    ['console-authentication-failures', 'console-sign-ins'],
    ['iam-policy-changes', 'permission-changes'],
    ['s3-bucket-policy-changes', 'permission-changes'],
    ['guardrail-policy-changes', 'defence-changes'],
    ['org-trail-tampering', 'defence-changes'],
    ['evidence-bucket-changes', 'defence-changes'],
    ['security-group-changes', 'actions-by-principal'],
  ])('scopes %s with %s', (id, query) => {
    expect(scopingQuery(alert(id))).toBe(query);
  });

  it('starts with the definition\'s own first action, then the event window, then the scoping query', () => {
    expect(firstSteps(alert('root-account-usage')).map((s) => s.query)).toEqual([undefined, 'event-window', 'root-activity']);
    expect(firstSteps(alert('root-account-usage'))[0].text).toContain('Do the first thing.');
  });

  it('denies the event window to GuardDuty findings, which carry no CloudTrail eventID', () => {
    for (const finding of [alert('guardduty-findings', 'guardduty'), alert('guardduty-high-severity-finding', 'event-rule')]) {
      expect(firstSteps(finding).map((s) => s.query)).toEqual([undefined, 'actions-by-access-key', 'activity-from-ip']);
    }
  });
});

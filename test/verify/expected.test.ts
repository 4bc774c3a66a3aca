import { exampleConfig, operatorRolesConfig } from '../support/example-config';
import { synthesizedStack, synthToDirectory } from '../support/synth';
import { expectedDeployment } from '../../verify/expected';
import type { Purpose } from '../../profiles/purposes';

/**
 * verify's expectations come from the same producers as the stacks, and their gates from the
 * deployment model. These tests read the synthesized Terraform, which is what gets deployed,
 * and compare for several purpose combinations: if a stack changes a policy, a rule or a name,
 * verify's expectation must change with it. Purposes are a plan-time variable, so one synth
 * holds every document; what a combination leaves out must be absent from the expectation.
 */
const config = operatorRolesConfig();
const outdir = synthToDirectory({ config });
const stack = (id: 'log-archive' | 'management' | 'security') => synthesizedStack(outdir, id);
const resources = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});
const json = (document: unknown) => JSON.parse(JSON.stringify(document));
const regionOf = (resource: any) => (resource.provider === undefined || resource.provider === 'aws' ? config.homeRegion : resource.provider.replace('aws.', '').replace(/_/g, '-'));
const COMBINATIONS: Purpose[][] = [['audit'], ['investigation'], ['detection'], ['audit', 'detection'], ['audit', 'investigation', 'detection']];

describe.each(COMBINATIONS.map((purposes) => [purposes.join(','), purposes] as const))('expectedDeployment for %s', (_label, purposes) => {
  const expected = expectedDeployment(config, purposes);

  it('expects the evidence bucket policy and the log key policy the log-archive stack attaches', () => {
    const logArchive = stack('log-archive');
    const bucket = resources(logArchive, 'aws_s3_bucket').find((b) => b.bucket === expected.evidence.bucketName);
    expect(bucket).toBeDefined();
    const bucketPolicies = resources(logArchive, 'aws_s3_bucket_policy').map((r) => JSON.parse(r.policy));
    expect(bucketPolicies).toContainEqual(json(expected.evidence.bucketPolicy));
    const keyPolicies = resources(logArchive, 'aws_kms_key').map((r) => JSON.parse(r.policy));
    expect(keyPolicies).toContainEqual(json(expected.evidence.keyPolicy));
  });

  it('expects every SCP and the RCP the management stack creates, by name, type, content and targets', () => {
    const policies = resources(stack('management'), 'aws_organizations_policy').map((r) => ({ name: r.name, type: r.type, document: JSON.parse(r.content) }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(policies.sort(byName)).toEqual(expected.guardrails.policies.map((p) => ({ name: p.name, type: p.type, document: json(p.document) })).sort(byName));
    const attachments = resources(stack('management'), 'aws_organizations_policy_attachment').map((a) => a.target_id);
    for (const policy of expected.guardrails.policies) expect(attachments).toEqual(expect.arrayContaining([...policy.targetIds]));
  });

  it('expects the central bus policies, with the drill guard, and the rules on each bus, exactly where the fast path is', () => {
    const security = stack('security');
    const fastPath = purposes.includes('detection');
    if (!fastPath) {
      expect(expected.alerts).toBeUndefined();
      return;
    }
    const alerts = expected.alerts!;
    const busPolicies = resources(security, 'aws_cloudwatch_event_bus_policy').map((r) => [regionOf(r), JSON.parse(r.policy)]);
    expect(busPolicies.sort()).toEqual(config.governedRegions.map((r) => [r, json(alerts.busPolicyByRegion[r])]).sort());
    expect(JSON.stringify(alerts.busPolicyByRegion)).toContain('DenyDrillRoleOtherEvents');
    const rulesIn = (region: string) => resources(security, 'aws_cloudwatch_event_rule').filter((r) => regionOf(r) === region).map((r) => r.name).sort();
    for (const region of config.governedRegions) {
      expect(alerts.centralRulesByRegion[region].map((r) => r.name).sort()).toEqual(rulesIn(region));
      expect(alerts.centralRulesByRegion[region].map((r) => r.name)).toContain('tg-example-drill');
      for (const rule of alerts.centralRulesByRegion[region]) expect(rule.targetArn).toBe(alerts.topicArnByRegion[region]);
    }
    const managementRules = resources(stack('management'), 'aws_cloudwatch_event_rule').map((r) => [regionOf(r), r.name]).filter(([, n]) => n.startsWith(alerts.forwarderRulePrefix));
    expect(Object.entries(alerts.managementForwardersByRegion).flatMap(([region, list]) => list.map((r) => [region, r.name])).sort()).toEqual(managementRules.sort());
  });

  it('expects the metric filters, alarms, GuardDuty and investigation tooling only where the model deploys them', () => {
    const detection = purposes.includes('detection');
    const filters = resources(stack('management'), 'aws_cloudwatch_log_metric_filter').map((r) => ({ name: r.name, pattern: r.pattern }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    if (detection) expect(filters.sort(byName)).toEqual([...expected.alerts!.metricAlarms!.filters].sort(byName));
    expect(expected.alerts?.metricAlarms !== undefined).toBe(detection);
    expect(expected.guardDuty !== undefined).toBe(detection);
    expect(expected.investigation !== undefined).toBe(purposes.includes('investigation'));
    expect(expected.trail.cloudWatchLogGroupName !== undefined).toBe(purposes.includes('investigation') || detection);
  });
});

describe('expectedDeployment', () => {
  it('expects the audit retention and lock mode for audit alone, and no alert path', () => {
    const audit = expectedDeployment(config, ['audit']);
    expect(audit.evidence).toMatchObject({ objectLockMode: 'COMPLIANCE', retentionDays: 2557 });
    expect(audit.alerts).toBeUndefined();
    expect(audit.guardDuty).toBeUndefined();
    expect(audit.investigation).toBeUndefined();
    expect(audit.trail.cloudWatchLogGroupName).toBeUndefined();
  });

  it('follows an override of the settings table, as the model does', () => {
    const noLogs = exampleConfig({ profileOverrides: { detection: { cloudWatchLogsDelivery: false }, investigation: { cloudWatchLogsDelivery: false } } });
    const expected = expectedDeployment(noLogs, ['detection']);
    expect(expected.trail.cloudWatchLogGroupName).toBeUndefined();
    // Alarms need the log group: without it the alerts are the fast path's alone.
    expect(expected.alerts?.metricAlarms).toBeUndefined();
    expect(Object.keys(expected.alerts!.centralRulesByRegion).sort()).toEqual([...noLogs.governedRegions].sort());
  });
});

describe('docs/verification.md', () => {
  it('lists every check with its AWS calls, as the catalog says', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const { checkCatalogMarkdown } = jest.requireActual<typeof import('../../verify/check-catalog')>('../../verify/check-catalog');
    expect(readFileSync(`${__dirname}/../../docs/verification.md`, 'utf8')).toContain(checkCatalogMarkdown());
  });
});

import { CHECK_CATALOG } from '../../verify/check-catalog';
import { VERIFY_CALLS } from '../../verify/verify-calls';
import { config, expected, fakeOrganization, notPassing, NOW, only } from './verify-harness';

// Each run makes about 200 HTTP calls through the real SDK; on a shared, loaded machine that takes a while.
jest.setTimeout(120_000);

const org = fakeOrganization();
const { management, security, logArchive } = config.accounts;
const home = config.homeRegion;
const other = config.governedRegions.find((r) => r !== home)!;

describe('verify against a fake organization', () => {
  it('passes every check of a healthy organization', async () => {
    const results = await org.run();
    expect(notPassing(results)).toEqual([]);
    // Every area is checked, in every account and governed Region it lives in.
    const checks = new Set(results.map((r) => r.check));
    for (const check of ['trail.logging', 'trail.delivery', 'trail.digest-delivery', 'trail.cloudwatch-logs-delivery', 'trail.event-selectors', 'evidence.object-lock', 'evidence.bucket-policy', 'evidence.log-key-policy', 'guardrails.policy-content', 'guardrails.policy-attachment', 'guardrails.policy-types', 'guardduty.members', 'alerts.topic-subscription', 'alerts.stackset-instances', 'alerts.management-forwarders', 'alerts.metric-filters', 'alerts.alarms', 'investigation.table', 'investigation.saved-queries']) {
      expect(checks).toContain(check);
    }
    expect(results.filter((r) => r.check === 'guardduty.detector').map((r) => r.region).sort()).toEqual([...config.governedRegions].sort());
    expect(results.filter((r) => r.check === 'guardrails.policy-content')).toHaveLength(expected.guardrails.policies.length);
  });

  it('makes exactly the calls VERIFY_CALLS lists (the verifier policy is generated from it)', async () => {
    await org.run();
    // One assumed-role session per account, shared by all its clients.
    expect(org.fake().calls.filter((c) => c.call === 'sts:AssumeRole')).toHaveLength(3);
    expect(org.fake().distinctCalls()).toEqual(['sts:AssumeRole', ...Object.keys(VERIFY_CALLS)].sort());
    // The catalog (the docs' table) names every check reported and every call made.
    expect([...new Set((await org.run()).map((r) => r.check))].sort()).toEqual(CHECK_CATALOG.map((c) => c.check).sort());
    expect([...new Set(CHECK_CATALOG.flatMap((c) => c.calls))].sort()).toEqual(Object.keys(VERIFY_CALLS).sort());
    // Read-only: every call the fake saw is a Get, List, Describe or BatchGet.
    expect(org.fake().distinctCalls().filter((c) => !/:(Get|List|Describe|BatchGet|AssumeRole)/.test(c))).toEqual([]);
  });

  it('fails a stopped trail', async () => {
    org.fake().state.trail.status.IsLogging = false;
    const result = only(await org.run(), 'trail.logging');
    expect(result).toMatchObject({ status: 'fail', account: management, region: home, expected: true, actual: false });
  });

  it('fails a delivery 3 hours old with LatestDeliveryError', async () => {
    org.fake().state.trail.status.LatestDeliveryTime = new Date(NOW.getTime() - 3 * 3_600_000);
    org.fake().state.trail.status.LatestDeliveryError = 'AccessDenied';
    const result = only(await org.run(), 'trail.delivery');
    expect(result.status).toBe('fail');
    expect(result.detail).toBe('the last log file delivery is 3.0 h old (at most 60 min allowed); the last log file delivery failed: AccessDenied');
    expect(result.actual).toEqual({ latest: '2026-06-01T09:00:00.000Z', error: 'AccessDenied' });
  });

  it('fails a digest delivery error', async () => {
    org.fake().state.trail.status.LatestDigestDeliveryError = 'InsufficientS3BucketPolicyException';
    const results = await org.run();
    expect(notPassing(results)).toEqual([`trail.digest-delivery ${management} ${home} fail`]);
    expect(only(results, 'trail.digest-delivery').detail).toMatch(/digest file delivery failed: InsufficientS3BucketPolicyException/);
  });

  it('fails Object Lock days shortened by hand', async () => {
    org.fake().state.bucket.objectLock.days = 30;
    const result = only(await org.run(), 'evidence.object-lock');
    expect(result).toMatchObject({ status: 'fail', account: logArchive, expected: { Days: expected.evidence.retentionDays }, actual: { Days: 30 } });
  });

  it('fails bucket policy drift and shows both documents', async () => {
    const policy = JSON.parse(org.fake().state.bucket.policy!);
    policy.Statement = policy.Statement.filter((s: { Effect: string }) => s.Effect !== 'Deny');
    org.fake().state.bucket.policy = JSON.stringify(policy);
    const results = await org.run();
    expect(notPassing(results)).toEqual([`evidence.bucket-policy ${logArchive} ${home} fail`]);
  });

  it('fails an SCP detached from the root, naming it', async () => {
    const scp = org.fake().state.organization.policies.find((p) => p.type === 'SERVICE_CONTROL_POLICY')!;
    scp.targets = [];
    const results = await org.run();
    expect(notPassing(results)).toEqual([`guardrails.policy-attachment ${management} global fail`]);
    expect(results.find((r) => r.check === 'guardrails.policy-attachment' && r.status === 'fail')!.detail).toBe(`"${scp.name}" is not attached to ${config.organizationRootId}`);
  });

  it('fails GuardDuty disabled in one Region, and only there', async () => {
    org.fake().state.guardDuty[other].detector!.status = 'DISABLED';
    const results = await org.run();
    expect(notPassing(results)).toEqual([`guardduty.detector ${security} ${other} fail`]);
  });

  it('names the one member that is not enabled', async () => {
    org.fake().state.guardDuty[home].members.find((m) => m.accountId === '555555555555')!.relationshipStatus = 'Removed';
    const results = await org.run();
    expect(notPassing(results)).toEqual([`guardduty.members ${security} ${home} fail`]);
    expect(only(results, 'guardduty.members', home).detail).toBe('not enabled members: 555555555555 (workload-dev)');
  });

  it('fails a topic whose only subscription is PendingConfirmation', async () => {
    const topic = expected.alerts!.topicArnByRegion[other];
    org.fake().state.topics[topic] = [{ subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'security-alerts@example.com' }];
    const results = await org.run();
    expect(notPassing(results)).toEqual([`alerts.topic-subscription ${security} ${other} fail`]);
    expect(only(results, 'alerts.topic-subscription', other).detail).toBe('no confirmed subscription (1 PendingConfirmation: security-alerts@example.com)');
  });

  it('names an OUTDATED StackSet instance and one missing for a new account', async () => {
    const state = org.fake().state;
    state.stackSet!.instances.find((i) => i.account === '444444444444' && i.region === home)!.status = 'OUTDATED';
    state.accounts.push({ id: '666666666666', name: 'new-account', state: 'ACTIVE' });
    for (const region of config.governedRegions) state.guardDuty[region].members.push({ accountId: '666666666666', relationshipStatus: 'Enabled' });
    const results = await org.run();
    expect(notPassing(results)).toEqual([`alerts.stackset-instances ${management} ${home} fail`]);
    const detail = only(results, 'alerts.stackset-instances').detail;
    expect(detail).toContain(`missing: ${expected.alerts!.stackSet!.regions.map((r) => `666666666666 (new-account) ${r}`).join(', ')}`);
    expect(detail).toContain(`not CURRENT: 444444444444 (workload-prod) ${home} OUTDATED`);
  });

  it('fails alarms with actions disabled, naming them', async () => {
    const alarm = org.fake().state.alarms[0];
    alarm.actionsEnabled = false;
    const results = await org.run();
    expect(notPassing(results)).toEqual([`alerts.alarms ${management} ${home} fail`]);
    expect(only(results, 'alerts.alarms').detail).toBe(`${alarm.name} has actions disabled`);
  });

  it('passes nothing when every read is AccessDenied, and names the code', async () => {
    org.fake().state.faults.accessDenied = true;
    const results = await org.run();
    expect(results.length).toBeGreaterThan(40);
    expect(results.filter((r) => r.status !== 'error')).toEqual([]);
    const codes = new Set(results.map((r) => /^could not read: (\w+)/.exec(r.detail)?.[1]));
    expect([...codes].sort()).toEqual(['AccessDenied', 'AccessDeniedException']);
  });

  it('retries throttled calls and then passes', async () => {
    org.fake().state.faults.throttleFirst = 1;
    const results = await org.run({ retriesWithoutBackoff: 3 });
    expect(notPassing(results)).toEqual([]);
    const throttled = org.fake().calls.filter((c) => c.status !== 200);
    // Every distinct operation was throttled once and retried.
    expect(throttled.map((c) => c.call).sort()).toEqual(org.fake().distinctCalls());
  });

  it('retries a throttled call with the SDK\'s own strategy and backoff, as the CLI runs it', () => {
    org.fake().state.faults.throttleFirst = 1;
    org.fake().state.faults.throttleOnly = ['cloudtrail:GetTrailStatus'];
    return org.run().then((results) => {
      expect(notPassing(results)).toEqual([]);
      expect(org.fake().calls.filter((c) => c.status !== 200).map((c) => c.call)).toEqual(['cloudtrail:GetTrailStatus']);
      expect(org.fake().calls.filter((c) => c.call === 'cloudtrail:GetTrailStatus' && c.status === 200).length).toBeGreaterThan(0);
    });
  });

  it('honours AWS_ENDPOINT_URL_<SERVICE>, and reports an unreachable endpoint as an error', async () => {
    const saved = { ...process.env };
    try {
      // Everything to a closed port, except STS and CloudTrail, which go to the fake by their own variables.
      process.env.AWS_ENDPOINT_URL_STS = process.env.AWS_ENDPOINT_URL;
      process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = process.env.AWS_ENDPOINT_URL;
      process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
      const results = await org.run({ maxAttempts: 1 });
      expect(results.filter((r) => r.check.startsWith('trail.')).map((r) => r.status)).toEqual(results.filter((r) => r.check.startsWith('trail.')).map(() => 'pass'));
      const others = results.filter((r) => !r.check.startsWith('trail.'));
      expect(others.filter((r) => r.status !== 'error')).toEqual([]);
      expect(others[0].detail).toMatch(/^could not read: ECONNREFUSED/);
    } finally {
      process.env = saved;
    }
  });

  it('honours AWS_MAX_ATTEMPTS: with 1 attempt a throttled call is not retried', async () => {
    const saved = process.env.AWS_MAX_ATTEMPTS;
    process.env.AWS_MAX_ATTEMPTS = '1';
    try {
      org.fake().state.faults.throttleFirst = 1;
      const results = await org.run();
      // The first call of each operation is throttled and, with one attempt, never retried
      // (with the default attempts the same organization passes: the test above).
      expect(only(results, 'trail.logging')).toMatchObject({ status: 'error', detail: expect.stringMatching(/^could not read: Throttling/) });
      expect(org.fake().calls.filter((c) => c.status !== 200).length).toBe(org.fake().distinctCalls().length);
    } finally {
      if (saved === undefined) delete process.env.AWS_MAX_ATTEMPTS;
      else process.env.AWS_MAX_ATTEMPTS = saved;
    }
  });

  it('reports throttling that outlasts the retries as an error, not a pass', async () => {
    org.fake().state.faults.throttleFirst = Number.MAX_SAFE_INTEGER;
    const results = await org.run({ retriesWithoutBackoff: 2 });
    expect(results.filter((r) => r.status === 'pass')).toEqual([]);
    expect(only(results, 'trail.logging').detail).toMatch(/^could not read: Throttling \(Rate exceeded\)/);
  });
});

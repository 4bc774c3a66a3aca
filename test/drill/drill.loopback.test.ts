import { drillRuleDefinition } from '../../detections/drill-rule';
import { drillTargets, type DrillPathName } from '../../drill/drill-plan';
import { runDrill } from '../../drill/run-drill';
import { TrailguardNames } from '../../naming/names';
import { AwsAccess } from '../../verify/aws-clients';
import { healthyState } from '../support/fake-aws/healthy';
import { FakeAws, useFakeAwsEnvironment } from '../support/fake-aws/server';
import type { FakeAwsState } from '../support/fake-aws/state';
import { runCli } from '../support/io';
import { config, expected } from '../verify/verify-harness';

jest.setTimeout(60_000);

const names = new TrailguardNames(config);
const drillRuleName = names.detectionName(drillRuleDefinition().id);
const home = config.homeRegion;
const other = config.governedRegions.find((r) => r !== home)!;
let fake: FakeAws;
let restore: () => void;

/** Healthy, plus the drill rule on every central bus (what the security stack adds once wired). */
function stateWithDrillRule(): FakeAwsState {
  const state = healthyState(expected, new Date());
  for (const region of config.governedRegions) {
    state.rules[`${config.accounts.security}/${region}`].push({ name: drillRuleName, busName: expected.alerts!.busName, state: 'ENABLED', targets: [expected.alerts!.topicArnByRegion[region]] });
  }
  return state;
}

beforeAll(async () => {
  fake = new FakeAws(stateWithDrillRule());
  restore = useFakeAwsEnvironment(await fake.start(), home);
});
beforeEach(() => {
  fake.state = stateWithDrillRule();
});
afterAll(async () => {
  restore();
  await fake.stop();
});

async function drill(paths: readonly DrillPathName[], waitMs = 3000) {
  const aws = new AwsAccess({ roleArnOf: (a) => names.roleArn(a, 'tg-drill'), sessionName: 'test', stsRegion: home, maxAttempts: 2 });
  try {
    return await runDrill({ targets: drillTargets(config, expected, paths), aws, drillId: 'test-drill', waitMs, pollMs: 50 });
  } finally {
    aws.destroy();
  }
}

describe('trailguard drill', () => {
  it('delivers the fast path in every governed Region and the alarm path, each message titled DRILL, with measured latency', async () => {
    fake.state.faults.metricDelayMs = 300;
    const results = await drill(['fast', 'alarm'], 10_000);
    expect(results.map((r) => `${r.path} ${r.region} ${r.status}`)).toEqual([...config.governedRegions.map((r) => `fast ${r} delivered`), `alarm ${home} delivered`]);
    for (const result of results) {
      // Metrics appear 300 ms after delivery, so the measured latency cannot be below it.
      expect(result.latencySeconds).toBeGreaterThanOrEqual(0.3);
      expect(result.latencySeconds).toBeLessThan(10);
    }
    for (const region of config.governedRegions) {
      const messages = fake.state.delivered[expected.alerts!.topicArnByRegion[region]];
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(message).toMatch(/^DRILL: trailguard alert path test, no action needed/);
    }
    // The alarm drill paged through the alarm's own SNS action: no EventBridge hop, the alarm topic
    // of the trail's account, whose subscribers got the DRILL reason.
    const alarm = results.find((r) => r.path === 'alarm')!;
    expect(alarm.counts!.rules).toEqual([]);
    // It set its canary alarm, and left every detection's alarm alone.
    expect(fake.state.alarms.filter((a) => a.state === 'ALARM').map((a) => a.name)).toEqual([names.drillAlarmName]);
    const alarmMessages = fake.state.delivered[names.alarmTopicArn];
    expect(alarmMessages).toHaveLength(1);
    expect(alarmMessages[0]).toMatch(/DRILL/);
  });

  it('reports "never delivered" when the topic delivers nothing before --wait runs out', async () => {
    fake.state.faults.dropDeliveries = true;
    const started = Date.now();
    const results = await drill(['fast'], 1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(results.map((r) => r.status)).toEqual(config.governedRegions.map(() => 'not-delivered'));
    expect(results[0].detail).toBe('never delivered within 1 s: the topic delivered nothing');
  });

  it('names the rule that was not invoked when the drill rule is missing in one Region', async () => {
    fake.state.rules[`${config.accounts.security}/${other}`] = fake.state.rules[`${config.accounts.security}/${other}`].filter((r) => r.name !== drillRuleName);
    const results = await drill(['fast'], 500);
    expect(results.find((r) => r.region === home)!.status).toBe('delivered');
    expect(results.find((r) => r.region === other)).toMatchObject({ status: 'not-delivered', detail: `never delivered within 1 s: rule ${drillRuleName} was not invoked` });
  });

  it('reports an error, never a delivery, when the drill may not send', async () => {
    fake.state.faults.accessDenied = true;
    const results = await drill(['fast', 'alarm'], 500);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 'error'));
    expect(results[0].detail).toMatch(/^could not send the test: AccessDeniedException/);
  });

  it('prints help, and rejects a bad --path with exit 2', async () => {
    expect(await runCli(['drill', '-h'])).toMatchObject({ code: 0, out: expect.stringMatching(/^usage: trailguard drill/) });
    expect(await runCli(['drill', '--path', 'slow'])).toMatchObject({ code: 2, err: expect.stringMatching(/--path: got "slow"; expected one of: fast, alarm, all/) });
  });
});

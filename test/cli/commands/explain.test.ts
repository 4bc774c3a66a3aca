import { runCli } from '../../support/io';
import { resolve } from 'node:path';

const CONFIG = resolve(__dirname, '..', '..', '..', 'cdktf.json');

describe('trailguard explain', () => {
  test('prints the decision record with the four questions, reasons and a cost estimate', async () => {
    const run = await runCli(['explain', '--config', CONFIG, '--profiles', 'audit,detection', '--events-per-day', '100000', '--data-events-per-day', '200000']);
    expect(run.code).toBe(0);
    for (const heading of ['WHAT IS RECORDED, AND WHERE', 'HOW LONG IT IS KEPT, AND HOW IT IS LOCKED', 'WHO CAN READ IT', 'WHO IS ALERTED, THROUGH WHICH PATH, AND HOW FAST', 'MONTHLY COST ESTIMATE']) {
      expect(run.out).toContain(heading);
    }
    expect(run.out).toMatch(/locked in COMPLIANCE mode for 2557 days/);
    expect(run.out).toMatch(/EventBridge rules on high-risk calls — seconds/);
    expect(run.out).toMatch(/metric-filter alarms — minutes/);
    // 200,000 data events a day for 30 days at $0.10 per 100k.
    expect(run.out).toMatch(/CloudTrail data events\s+\$6\.00/);
    expect(run.out).toMatch(/aws\.amazon\.com\/cloudtrail\/pricing/);
    expect(run.out).toMatch(/- S3 object writes and deletes\n\s+cost: Data events cost \$0\.10 per 100,000 events delivered; writes only/);
    expect(run.out).not.toMatch(/Lambda function invocations/);
  });

  test('gives the same record as JSON', async () => {
    const run = await runCli(['explain', '--config', CONFIG, '--profiles', 'investigation', '--format', 'json']);
    const record = JSON.parse(run.out);
    expect(record.purposes).toEqual(['investigation']);
    expect(record.settings.find((s: any) => s.name === 'objectLockMode')).toMatchObject({ value: 'GOVERNANCE', decidedBy: ['investigation'] });
    expect(record.questions.map((q: any) => q.question)).toEqual([
      'What is recorded, and where', 'What each investigation layer answers', 'How long it is kept, and how it is locked',
      'Who can read it', 'Who is alerted, through which path, and how fast',
    ]);
    // Defaults: 1,000,000 data events a day (as many as management events) × 30 days ÷ 100k × $0.10.
    expect(record.cost.lines.find((l: any) => l.item === 'CloudTrail data events').monthlyUsd).toBeCloseTo(30, 6);
  });

  test('prices flow and DNS logs with investigation, from the given volumes and the Security Lake price', async () => {
    const run = await runCli(['explain', '--config', CONFIG, '--profiles', 'investigation', '--security-lake-delegated', '--flow-log-gb-per-day', '40', '--dns-log-gb-per-day', '2', '--format', 'json']);
    const record = JSON.parse(run.out);
    const line = (item: string) => record.cost.lines.find((l: any) => l.item === item);
    // 40 GB/day × 30 days × $0.25 per GB; 2 GB/day × 30 × $0.25; 42 GB/day kept 365 days at $0.023.
    expect(line('Security Lake: VPC flow logs').monthlyUsd).toBeCloseTo(300, 6);
    expect(line('Security Lake: Route 53 Resolver query logs').monthlyUsd).toBeCloseTo(15, 6);
    expect(line('Security Lake storage, S3 Standard (steady state, upper bound)').monthlyUsd).toBeCloseTo(42 * 365 * 0.023, 6);
    expect(record.prices.sources.join('\n')).toMatch(/aws\.amazon\.com\/security-lake\/pricing/);
    const recorded = record.questions[0].answers.map((a: any) => a.statement).join('\n');
    expect(recorded).toMatch(/VPC flow logs and Route 53 Resolver query logs of every account in eu-west-1, us-east-1/);
  });

  test('prices no traces without investigation, and says they wait for the delegation before it', async () => {
    const audit = JSON.parse((await runCli(['explain', '--config', CONFIG, '--profiles', 'audit,detection', '--format', 'json'])).out);
    expect(audit.cost.lines.filter((l: any) => /Security Lake/.test(l.item))).toEqual([]);
    const pending = JSON.parse((await runCli(['explain', '--config', CONFIG, '--profiles', 'investigation', '--format', 'json'])).out);
    expect(pending.questions[0].answers.map((a: any) => a.statement).join('\n')).toMatch(/planned once security_lake_delegated = true/);
  });

  test('says nobody is alerted when detection is not chosen', async () => {
    const run = await runCli(['explain', '--config', CONFIG, '--profiles', 'audit']);
    expect(run.out).toMatch(/No near-real-time rules: nobody is alerted in seconds/);
    expect(run.out).not.toMatch(/Metric filters: metrics and alarms/);
  });

  test('rejects an unknown purpose with the allowed names and exit code 2', async () => {
    const run = await runCli(['explain', '--config', CONFIG, '--profiles', 'audit,forensics']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--profiles: got "audit,forensics" \(unknown "forensics"\); expected a comma-separated list of distinct purposes from: audit, investigation, detection/);
  });

  test('rejects an unknown format', async () => {
    const run = await runCli(['explain', '--config', CONFIG, '--format', 'yaml']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--format: got "yaml"; expected one of: text, json/);
  });
});

describe('trailguard explain with detection tuning', () => {
  const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');

  function configWith(tuning: object): string {
    const cdktf = JSON.parse(readFileSync(CONFIG, 'utf8'));
    cdktf.context.trailguard.detectionTuning = tuning;
    const path = resolve(mkdtempSync(`${tmpdir()}/tg-explain-`), 'cdktf.json');
    writeFileSync(path, JSON.stringify(cdktf));
    return path;
  }

  test('shows the exclusions and the organization account list as plan-time data', async () => {
    const accounts = JSON.parse(readFileSync(CONFIG, 'utf8')).context.trailguard.accounts;
    const path = configWith({
      exclusions: { 'iam-policy-changes': ['arn:aws:sts::*:assumed-role/github-deployer/*'] },
      organizationAccountIds: [accounts.management, accounts.logArchive, accounts.security, '444455556666'],
    });
    const run = await runCli(['explain', '--config', path, '--profiles', 'detection']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Rule tuning: iam-policy-changes ignores arn:aws:sts::*:assumed-role/github-deployer/*; sharing and trust rules fire for accounts outside the 4 listed');
  });

  test('rejects an exclusion for a rule that does not exist, and an account list without the configured accounts, at once', () => {
    const { parseConfig } = require('../../../config/load') as typeof import('../../../config/load');
    const raw = JSON.parse(readFileSync(configWith({ exclusions: { 'no-such-rule': ['arn:aws:iam::*:role/x'] }, organizationAccountIds: ['444455556666'] }), 'utf8')).context.trailguard;
    expect(() => parseConfig(raw)).toThrow(
      /detectionTuning\.exclusions\.no-such-rule: got "no-such-rule"; expected "\*" or a rule id: root-activity, [\s\S]*detectionTuning\.organizationAccountIds: got "\d{12}"; expected the list to include accounts\.management/,
    );
    expect(() => parseConfig({ ...raw, detectionTuning: { exclusions: { '*': ['deployer'] } } })).toThrow(/detectionTuning\.exclusions\.\*\[0\]: got "deployer"; expected a principal ARN pattern/);
  });
});

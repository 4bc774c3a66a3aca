import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolvePurposes } from '../../../profiles/resolve';
import { controlsDoc, CONTROLS_DOC } from '../../../tools/scripts/generate-controls-doc';
import { runCli } from '../../support/io';

const ROOT = resolve(__dirname, '..', '..', '..');
const CONFIG = resolve(ROOT, 'cdktf.json');
const controls = async (...args: string[]) => {
  const run = await runCli(['controls', '--config', CONFIG, ...args, '--format', 'json']);
  expect(run.code).toBe(0);
  return new Map<string, any>(JSON.parse(run.out).map((row: any) => [row.control, row]));
};

describe('trailguard controls', () => {
  it('prints every applicable control as { control, status, why, resources, cis }', async () => {
    const rows = await controls('--profiles', 'audit,investigation,detection');
    const ids = [...rows.keys()];
    for (const id of ['CloudTrail.1', 'CloudTrail.7', 'CloudTrail.9', 'CloudTrail.10', 'S3.1', 'S3.17', 'KMS.3', 'KMS.4', 'SNS.1', 'SNS.4', 'GuardDuty.1', 'EventBridge.3', 'Athena.4', 'IAM.1']) {
      expect(ids).toContain(id);
    }
    for (let n = 1; n <= 17; n += 1) expect(ids).toContain(`CloudWatch.${n}`);
    for (let n = 5; n <= 12; n += 1) expect(ids).toContain(`GuardDuty.${n}`);
    for (const row of rows.values()) {
      expect(Object.keys(row)).toEqual(['control', 'status', 'why', 'resources', 'cis']);
      expect(['met', 'not met', 'not applicable']).toContain(row.status);
      expect(row.why.length).toBeGreaterThan(10);
    }
    expect(rows.get('CloudWatch.1')).toMatchObject({ status: 'met', cis: ['1.4.0/1.7', '1.4.0/4.3'] });
    expect(rows.get('CloudWatch.1').resources).toEqual(['management/organization-trail', 'management/trail-log-group', 'management/metric-alarms', 'management/alarm-topic']);
  });

  it('with every purpose on, meets every control but the documented trade-offs', async () => {
    const rows = await controls('--profiles', 'audit,investigation,detection');
    const notMet = [...rows.values()].filter((r) => r.status === 'not met').map((r) => r.control);
    expect(notMet).toEqual(['S3.1', 'S3.9', 'S3.11', 'S3.14', 'S3.15', 'S3.17']);
    for (let n = 1; n <= 17; n += 1) expect(rows.get(`CloudWatch.${n}`).status).toBe('met');
  });

  it('denies CloudTrail.5 and CloudWatch.1-14 under audit alone, citing the setting\'s own reason', async () => {
    const rows = await controls('--profiles', 'audit');
    const audit = resolvePurposes(['audit']).settings;
    expect(rows.get('CloudTrail.5')).toMatchObject({ status: 'not met', why: `cloudWatchLogsDelivery is off for audit: ${audit.cloudWatchLogsDelivery.reason}` });
    for (let n = 1; n <= 14; n += 1) {
      expect(rows.get(`CloudWatch.${n}`).status).toBe('not met');
      expect(rows.get(`CloudWatch.${n}`).why).toContain(`metricAlarms is off for audit: ${audit.metricAlarms.reason}`);
    }
    expect(rows.get('CloudWatch.15').status).toBe('not applicable');
    expect(rows.get('SNS.1').status).toBe('not applicable');
  });

  it('denies CloudWatch.16 under detection alone: its log group keeps 90 days, for the setting\'s reason', async () => {
    const rows = await controls('--profiles', 'detection');
    const detection = resolvePurposes(['detection']).settings.cloudWatchLogsRetentionDays;
    expect(rows.get('CloudWatch.16')).toMatchObject({ status: 'not met', why: `cloudWatchLogsRetentionDays is 90 (at least 365 required): ${detection.reason}` });
    expect(rows.get('CloudTrail.7').status).toBe('not met');
  });

  it('keeps docs/controls.md up to date (regenerate with: npm run docs)', async () => {
    const run = await runCli(['controls', '--config', CONFIG, '--profiles', 'audit,investigation,detection', '--format', 'md']);
    expect(run.out).toBe(controlsDoc());
    expect(readFileSync(CONTROLS_DOC, 'utf8')).toBe(run.out);
  });

  it('prints help on stdout with exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli(['controls', flag]);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^usage: trailguard controls \[options\]\n[\s\S]*--profiles <purpose,...>[\s\S]*--format <table\|json\|md>/);
    }
  });

  it('rejects an unknown format, an unknown option and an unknown purpose with exit 2', async () => {
    const format = await runCli(['controls', '--config', CONFIG, '--format', 'html']);
    expect(format).toMatchObject({ code: 2, out: '' });
    expect(format.err).toMatch(/--format: got "html"; expected one of: table, json, md/);
    const option = await runCli(['controls', '--bogus']);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/unknown option --bogus/);
    const purpose = await runCli(['controls', '--config', CONFIG, '--profiles', 'forensics']);
    expect(purpose.code).toBe(2);
    expect(purpose.err).toMatch(/--profiles: got "forensics" \(unknown "forensics"\); expected a comma-separated list of distinct purposes from: audit, investigation, detection/);
  });
});

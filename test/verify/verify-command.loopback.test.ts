import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exampleRawConfig } from '../support/example-config';
import { runCli, jsonLines } from '../support/io';
import { config, fakeOrganization, writeVerifyConfig } from './verify-harness';

jest.setTimeout(120_000);

// The command reads the real clock, so the fake organization delivers as of now.
const org = fakeOrganization(() => new Date());
const configPath = writeVerifyConfig();

describe('trailguard verify', () => {
  it('prints help on stdout and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, out } = await runCli(['verify', flag]);
      expect(code).toBe(0);
      expect(out).toMatch(/^usage: trailguard verify/);
    }
  });

  it('rejects bad options with exit 2, naming the option, the value and what is allowed', async () => {
    expect(await runCli(['verify', '--config', configPath, '--format', 'yaml'])).toMatchObject({ code: 2, err: expect.stringMatching(/--format: got "yaml"; expected one of: text, json/) });
    expect(await runCli(['verify', '--config', configPath, '--max-delivery-age', 'soon'])).toMatchObject({ code: 2, err: expect.stringMatching(/--max-delivery-age: got "soon"; expected a positive duration/) });
    expect(await runCli(['verify', '--bogus'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown option --bogus/) });
  });

  it('rejects a configuration without a verifier role when --role-name is not given', async () => {
    const path = join(dirname(configPath), 'no-role.json');
    writeFileSync(path, JSON.stringify({ context: { trailguard: exampleRawConfig() } }));
    const { code, err } = await runCli(['verify', '--config', path]);
    expect(code).toBe(2);
    expect(err).toMatch(/--role-name: got nothing, and the configuration sets no verifierRoleName; expected an IAM role name/);
  });

  it('prints one JSON object per check, then the summary, and exits 0 when all pass', async () => {
    const { code, out } = await runCli(['verify', '--config', configPath, '--format', 'json']);
    const lines = jsonLines(out) as Record<string, unknown>[];
    const summary = lines.pop();
    expect(code).toBe(0);
    for (const line of lines) expect(Object.keys(line)).toEqual(['check', 'account', 'region', 'status', 'detail', 'expected', 'actual']);
    expect(summary).toEqual({ summary: { pass: lines.length, fail: 0, error: 0 } });
    // It assumed the named role in each of the three accounts.
    expect(new Set(org.fake().calls.filter((c) => c.call !== 'sts:AssumeRole').map((c) => c.account))).toEqual(new Set(Object.values(config.accounts)));
  });

  it('exits 1 when a check fails, and text output lists the failure first', async () => {
    org.fake().state.trail.status.IsLogging = false;
    const { code, out } = await runCli(['verify', '--config', configPath, '--role-name', 'tg-verifier']);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toMatch(/^FAIL +trail\.logging +111111111111 eu-west-1 +the trail is not logging/);
    expect(out).toMatch(/\n\d+ passed, 1 failed, 0 could not be checked\n$/);
  });

  it('exits 1 when data could not be read', async () => {
    org.fake().state.faults.accessDenied = true;
    const { code, out } = await runCli(['verify', '--config', configPath, '--format', 'json']);
    expect(code).toBe(1);
    expect((jsonLines(out).pop() as { summary: { pass: number } }).summary.pass).toBe(0);
  });
});

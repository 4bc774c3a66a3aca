import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, type ConfigProblem } from '../../config/config-error';
import { JsonSyntaxError, parseJsonText } from '../../config/json-file';
import { parseConfig } from '../../config/load';
import { exampleRawConfig } from '../support/example-config';
import { runCli } from '../support/io';

function problemsOf(change: (raw: Record<string, any>) => void): readonly ConfigProblem[] {
  const raw = exampleRawConfig();
  change(raw);
  try {
    parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration mistakes, all in one problem list', () => {
  it('rejects alert-subscription endpoints that are not an email address or an https URL', () => {
    expect(problemsOf((raw) => (raw.alertSubscriptions = [{ protocol: 'email', endpoint: 'security-team' }, { protocol: 'https', endpoint: 'http://hooks.example.com/x' }]))).toEqual([
      { path: 'alertSubscriptions[0].endpoint', received: 'security-team', expected: 'expected an email address like security@example.com' },
      { path: 'alertSubscriptions[1].endpoint', received: 'http://hooks.example.com/x', expected: 'expected a URL starting with https://' },
    ]);
  });

  it('rejects storage-class transitions out of order', () => {
    expect(problemsOf((raw) => (raw.profileOverrides = { audit: { infrequentAccessAfterDays: 400, glacierInstantRetrievalAfterDays: 200, deepArchiveAfterDays: 100 } }))).toEqual([
      {
        path: 'profileOverrides.audit.glacierInstantRetrievalAfterDays',
        received: 200,
        expected: 'expected more days than infrequentAccessAfterDays (400): S3 moves objects to Standard-IA, then Glacier Instant Retrieval, then Deep Archive',
      },
      {
        path: 'profileOverrides.audit.deepArchiveAfterDays',
        received: 100,
        expected: 'expected more days than infrequentAccessAfterDays (400) and glacierInstantRetrievalAfterDays (200): S3 moves objects to Standard-IA, then Glacier Instant Retrieval, then Deep Archive',
      },
    ]);
  });

  it('rejects a transition after expiry, but not the table default that expiry makes moot', () => {
    expect(problemsOf((raw) => (raw.profileOverrides = { detection: { glacierInstantRetrievalAfterDays: 120, evidenceRetentionDays: 100 } }))).toEqual([
      { path: 'profileOverrides.detection.glacierInstantRetrievalAfterDays', received: 120, expected: 'expected fewer days than evidenceRetentionDays (100) of detection: objects expire before they would move' },
    ]);
  });

  it('names unknown fields with the field they were probably meant to be, one problem each', () => {
    expect(
      problemsOf((raw) => {
        raw.homeRegon = raw.homeRegion;
        raw.profileOverrides = { audit: { insihgts: true } };
      }),
    ).toEqual([
      { path: 'profileOverrides.audit.insihgts', received: true, expected: 'expected no field "insihgts" here; did you mean "insights"?' },
      { path: 'homeRegon', received: 'eu-west-1', expected: 'expected no field "homeRegon" here; did you mean "homeRegion"?' },
    ]);
  });

  it('lists the known fields when no known one is close', () => {
    expect(problemsOf((raw) => (raw.accounts.auditors = '444444444444'))).toEqual([
      { path: 'accounts.auditors', received: '444444444444', expected: 'expected no field "auditors" here (known fields: management, logArchive, security)' },
    ]);
  });

  it('never uses zod\'s own wording', () => {
    const problems = problemsOf((raw) => {
      delete raw.accounts;
      raw.manageTrustedAccess = 'yes';
      raw.profileOverrides = { audit: { evidenceRetentionDays: 0 } };
      raw.alertSubscriptions = [{ protocol: 'sms', endpoint: '+15550100' }];
    });
    expect(problems).toEqual([
      { path: 'accounts', received: undefined, expected: 'expected an object (the field is required)' },
      { path: 'alertSubscriptions[0].protocol', received: 'sms', expected: 'expected "email" or "https"' },
      { path: 'profileOverrides.audit.evidenceRetentionDays', received: 0, expected: 'expected at least 1' },
      { path: 'manageTrustedAccess', received: 'yes', expected: 'expected true or false' },
    ]);
    for (const problem of problems) expect(problem.expected).not.toMatch(/Invalid input|received/);
  });

  it('reports every problem at once, each once', () => {
    const problems = problemsOf((raw) => {
      raw.governedRegions = ['eu-west-1', 'eu-west-1'];
      raw.homeRegion = 'eu-west-1';
      raw.accounts.security = raw.accounts.management;
      raw.alertSubscriptions = [{ protocol: 'email', endpoint: 'x' }];
    });
    expect(problems.map((p) => p.path)).toEqual(['accounts.security', 'governedRegions[1]', 'alertSubscriptions[0].endpoint']);
    expect(new Set(problems.map((p) => `${p.path} ${p.expected}`)).size).toBe(problems.length);
  });
});

describe('JSON syntax errors', () => {
  it('name the file, line and column', () => {
    expect(() => parseJsonText('{\n  "context": {\n    "trailguard": { "homeRegion": "eu-west-1" "x": 1 }\n  }\n}\n', 'cdktf.json')).toThrow(
      new JsonSyntaxError('cdktf.json', 3, 47, "Expected ',' or '}' after property value"),
    );
    expect(() => parseJsonText('{\n  "context": {', 'cdktf.json')).toThrow("cdktf.json:2:15: not valid JSON: Expected property name or '}'");
  });

  it.each([['explain'], ['runbook'], ['replay']])('are reported by %s with exit 1 and no stack trace', async (command) => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-config-'));
    const file = join(dir, 'cdktf.json');
    writeFileSync(file, '{\n  "context": {\n    "trailguard": {,}\n  }\n}\n');
    const run = await runCli([command, '--config', file, ...(command === 'replay' ? ['--events', '-'] : [])], '{"eventName":"X"}\n');
    expect(run).toEqual({ code: 1, out: '', err: `trailguard ${command}: ${file}:3:20: not valid JSON: Expected property name or '}'\n` });
  });

  it('and configuration problems name the file in the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-config-'));
    const file = join(dir, 'trailguard.json');
    writeFileSync(file, JSON.stringify({ ...exampleRawConfig(), homeRegon: 'x' }));
    const run = await runCli(['runbook', '--config', file]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`trailguard runbook: Invalid trailguard configuration in ${file} (1 problem):\n  - homeRegon: got "x"; expected no field "homeRegon" here; did you mean "homeRegion"?\n`);
  });
});

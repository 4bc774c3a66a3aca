import { detectionTargets } from '../../../detections/deployment-targets';
import { runCli } from '../../support/io';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventRuleDefinitions, metricFilterDefinitions } from '../../../detections';
import { investigationQueries } from '../../../investigation/queries';
import { TrailguardNames } from '../../../naming/names';
import { exampleConfig } from '../../support/example-config';

const ROOT = resolve(__dirname, '..', '..', '..');
const CONFIG = resolve(ROOT, 'cdktf.json');
// The alerts come from the detection definitions themselves, not from the runbook code.
const targets = detectionTargets(new TrailguardNames(exampleConfig()));
const metricFilterIds = metricFilterDefinitions(targets).map((d) => d.id);
const ruleIds = eventRuleDefinitions(targets).map((d) => d.id);
const queryIds = new Set(investigationQueries().map((q) => q.id));

describe('trailguard runbook', () => {
  it('mentions every deployed metric filter, rule and GuardDuty, each with three steps naming saved queries', async () => {
    const run = await runCli(['runbook', '--config', CONFIG, '--profiles', 'detection', '--format', 'json']);
    expect(run.code).toBe(0);
    const runbook = JSON.parse(run.out);
    const bySource = (source: string) => runbook.alerts.filter((a: any) => a.source === source).map((a: any) => a.id).sort();
    expect(bySource('metric-filter')).toEqual([...metricFilterIds].sort());
    expect(bySource('event-rule')).toEqual([...ruleIds].sort());
    expect(bySource('guardduty')).toEqual(['guardduty-findings']);
    // A metric filter and a rule may share an id (the same concern on both paths): key by source.
    const why = new Map([
      ...metricFilterDefinitions(targets).map((d): [string, string] => [`metric-filter:${d.id}`, d.why]),
      ...eventRuleDefinitions(targets).map((d): [string, string] => [`event-rule:${d.id}`, d.why]),
    ]);
    for (const alert of runbook.alerts.filter((a: any) => a.source !== 'guardduty')) {
      expect([alert.id, alert.meaning]).toEqual([alert.id, why.get(`${alert.source}:${alert.id}`)]);
    }
    for (const alert of runbook.alerts) {
      expect(alert.steps).toHaveLength(3);
      const named = alert.steps.map((s: any) => s.query).filter((q: unknown) => q !== undefined);
      expect(named.length).toBeGreaterThanOrEqual(2);
      for (const query of named) expect(queryIds).toContain(query);
    }
  });

  it('names every deployed alert in the Markdown, with who is notified', async () => {
    const run = await runCli(['runbook', '--config', CONFIG, '--profiles', 'detection']);
    for (const id of [...metricFilterIds, ...ruleIds, 'guardduty-findings']) expect(run.out).toContain(`(\`${id}\`)`);
    expect(run.out).toContain('security-alerts@example.com');
  });

  it('lists no alerts for purposes that deploy none, and the reviews of the chosen purposes in order', async () => {
    const runbook = JSON.parse((await runCli(['runbook', '--config', CONFIG, '--profiles', 'investigation', '--format', 'json'])).out);
    expect(runbook.alerts).toEqual([]);
    expect(runbook.reviews.map((r: any) => r.purpose)).toEqual(['investigation']);
    expect(runbook.reviews[0].items.map((i: any) => i.query)).toEqual(['root-activity', 'defence-changes', 'permission-changes', 'event-window']);
    expect(runbook.queryTooling.deployed).toBe(true);
  });

  it('leaves out reviews whose tooling a purpose does not deploy', async () => {
    const runbook = JSON.parse((await runCli(['runbook', '--config', CONFIG, '--profiles', 'audit', '--format', 'json'])).out);
    const queries = runbook.reviews.flatMap((r: any) => r.items.map((i: any) => i.query)).filter(Boolean);
    expect(queries).toEqual([]);
    expect(runbook.queryTooling.deployed).toBe(false);
  });

  it('names only saved queries that exist, in every review of every purpose', async () => {
    const runbook = JSON.parse((await runCli(['runbook', '--config', CONFIG, '--profiles', 'audit,investigation,detection', '--format', 'json'])).out);
    for (const query of runbook.reviews.flatMap((r: any) => r.items.map((i: any) => i.query)).filter(Boolean)) expect(queryIds).toContain(query);
    expect(runbook.reviews.map((r: any) => r.purpose)).toEqual(['audit', 'detection', 'investigation']);
  });

  it('says which GuardDuty severities page, as the forwarding rule decides', async () => {
    const runbook = JSON.parse((await runCli(['runbook', '--config', CONFIG, '--profiles', 'detection', '--format', 'json'])).out);
    const findings = runbook.alerts.find((a: any) => a.id === 'guardduty-findings');
    expect(findings.name).toBe('GuardDuty findings (severity 7 and above page)');
    expect(findings.meaning).toContain('Findings of severity 7 and above page through the guardduty-high-severity-finding rule; lower ones wait for the daily review.');
    expect(JSON.stringify(runbook)).not.toContain('any severity');
  });

  it('keeps docs/runbook.example.md up to date (regenerate with: npx trailguard runbook --profiles audit,investigation,detection > docs/runbook.example.md)', async () => {
    const run = await runCli(['runbook', '--config', CONFIG, '--profiles', 'audit,investigation,detection']);
    expect(readFileSync(resolve(ROOT, 'docs', 'runbook.example.md'), 'utf8')).toBe(run.out);
  });

  it('rejects an unknown format', async () => {
    const run = await runCli(['runbook', '--config', CONFIG, '--format', 'html']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--format: got "html"; expected one of: text, json/);
  });

  it('rejects an unknown purpose', async () => {
    const run = await runCli(['runbook', '--config', CONFIG, '--profiles', 'forensics']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--profiles: got "forensics"/);
  });
});

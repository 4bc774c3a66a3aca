import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventRuleDefinitions, metricFilterDefinitions } from '../../../detections';
import type { EventRuleDefinition } from '../../../detections';
import { buildCoverage, VERDICTS } from '../../../reports/coverage/model';
import { ATTACK_TECHNIQUES } from '../../../reports/coverage/techniques';
import { runCli } from '../../support/io';
import { exampleConfig } from '../../support/example-config';
import { synthStack } from '../../support/synth';
import { TECHNIQUE_TARGETS } from '../../detections/technique-expectations';

const ROOT = resolve(__dirname, '..', '..', '..');
const CONFIG = resolve(ROOT, 'cdktf.json');
const rules = eventRuleDefinitions(TECHNIQUE_TARGETS);
const filters = metricFilterDefinitions(TECHNIQUE_TARGETS);

describe('the coverage model', () => {
  const record = buildCoverage({ eventRules: rules, metricFilters: filters });

  it('lists every technique a rule claims, once', () => {
    expect(record.unlistedRuleTechniques).toEqual([]);
    const ids = ATTACK_TECHNIQUES.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('reads the detecting rules from the definitions, not from the table', () => {
    const row = record.techniques.find((t) => t.id === 'T1537');
    expect(row?.detectedBy.map((d) => d.rule).sort()).toEqual(rules.filter((r) => r.attack.techniqueId === 'T1537' && r.attack.subTechniqueId === undefined).map((r) => r.id).sort());
    const without = buildCoverage({ eventRules: rules.filter((r) => r.attack.techniqueId !== 'T1537'), metricFilters: filters });
    expect(without.techniques.find((t) => t.id === 'T1537')?.verdict).toBe('gap');
  });

  it('orders verdicts: seconds, prevented, GuardDuty paging, minutes, GuardDuty review, gap', () => {
    const entry = { id: 'T9999', name: 'test', tactic: 'impact' };
    const rule = { ...rules[0], attack: { techniqueId: 'T9999', name: 'test' } } as EventRuleDefinition;
    const verdict = (t: object, withRule = false) => buildCoverage({ eventRules: withRule ? [rule] : [], metricFilters: filters, techniques: [{ ...entry, ...t }] }).techniques[0].verdict;
    const prevented = [{ sid: 'DenyTrailTampering', scope: 'x', provenBy: 'y' }];
    expect(verdict({ prevented }, true)).toBe('detected-seconds');
    expect(verdict({ prevented, guardDuty: { findingTypes: ['a'], maxSeverity: 8 } })).toBe('prevented');
    expect(verdict({ guardDuty: { findingTypes: ['a'], maxSeverity: 7 }, metricFilters: ['root-account-usage'] })).toBe('guardduty-pages');
    expect(verdict({ guardDuty: { findingTypes: ['a'], maxSeverity: 6.9 }, metricFilters: ['root-account-usage'] })).toBe('detected-minutes');
    expect(verdict({ guardDuty: { findingTypes: ['a'], maxSeverity: 5 } })).toBe('guardduty-review');
    expect(verdict({ gap: 'why' })).toBe('gap');
    expect(Object.keys(buildCoverage({ eventRules: [], metricFilters: filters }).counts)).toEqual([...VERDICTS]);
  });

  it('gives every gap a reason', () => {
    expect(record.techniques.filter((t) => t.verdict === 'gap' && (t.gap ?? '') === '').map((t) => t.id)).toEqual([]);
  });

  it('rejects a metric filter that is not deployed', () => {
    expect(() => buildCoverage({ eventRules: [], metricFilters: filters, techniques: [{ id: 'T1', name: 'x', tactic: 'y', metricFilters: ['no-such-filter'] }] }))
      .toThrow(/coverage names metric filters that are not deployed: T1: no-such-filter/);
  });

  it('cites only guardrail statements that are deployed, with a simulation test that exists and names their actions', () => {
    const policies = Object.values<any>(synthStack('management', exampleConfig()).resource.aws_organizations_policy);
    const sids = new Set(policies.flatMap((p) => JSON.parse(p.content).Statement.map((s: any) => s.Sid)));
    for (const prevention of ATTACK_TECHNIQUES.flatMap((t) => t.prevented ?? [])) {
      expect([prevention.sid, sids.has(prevention.sid)]).toEqual([prevention.sid, true]);
      expect(existsSync(resolve(ROOT, prevention.provenBy))).toBe(true);
      expect(prevention.provenBy).toMatch(/\.sim\.test\.ts$/);
    }
  });
});

describe('trailguard coverage', () => {
  it('keeps docs/coverage.md up to date (regenerate with: npx trailguard coverage --format md > docs/coverage.md)', async () => {
    const run = await runCli(['coverage', '--config', CONFIG]);
    expect(run.code).toBe(0);
    expect(readFileSync(resolve(ROOT, 'docs', 'coverage.md'), 'utf8')).toBe(run.out);
  });

  it('prints the record as JSON, with the count per verdict', async () => {
    const run = await runCli(['coverage', '--config', CONFIG, '--format', 'json']);
    const record = JSON.parse(run.out);
    expect(Object.values<number>(record.counts).reduce((a, b) => a + b, 0)).toBe(ATTACK_TECHNIQUES.length);
    expect(record.techniques.find((t: any) => t.id === 'T1562.008').prevented.map((p: any) => p.sid)).toEqual(['DenyTrailTampering', 'DenyEvidenceBucketTampering']);
  });

  it.each([['--help'], ['-h']])('prints help to stdout with %s and exits 0', async (flag) => {
    const run = await runCli(['coverage', flag]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^usage: trailguard coverage \[options\]\n[\s\S]*--format <md\|json>/);
  });

  it.each([
    [['--format', 'yaml'], /--format: got "yaml"; expected one of: md, json/],
    [['--frmat', 'md'], /unknown option --frmat; did you mean --format\?/],
  ])('rejects %j with exit 2', async (args, message) => {
    const run = await runCli(['coverage', ...args]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });
});

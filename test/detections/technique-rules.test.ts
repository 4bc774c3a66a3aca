// The technique rules (every rule beyond the 10 the first expectation table covers), over the real
// records and the constructed ones, with stratus-red-team/ left out: it is the held-out measuring stick.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventRuleDefinitions } from '../../detections';
import { compileEventPattern } from '../../patterns/event-pattern';
import { CORPUS_DIR, loadCorpus } from '../support/corpus';
import { compileAll } from '../support/detections';
import { ALL_DETECTION_KEYS } from './expectations';
import { TECHNIQUE_EXPECTATIONS, TECHNIQUE_TARGETS } from './technique-expectations';

const HELD_OUT = 'stratus-red-team/';
const corpus = loadCorpus().filter((r) => !r.file.startsWith(HELD_OUT));
const techniqueKeys = eventRuleDefinitions(TECHNIQUE_TARGETS).map((r) => `rule:${r.id}`).filter((k) => !(ALL_DETECTION_KEYS as readonly string[]).includes(k));
const fire = compileAll(TECHNIQUE_TARGETS, techniqueKeys);
const firings = corpus.map((r) => ({ at: `${r.file}:${r.line}`, fired: fire(r.record) }));

describe('technique rules over the corpus (held-out set excluded)', () => {
  it('has an expectation, with at least one positive, for every technique rule and for nothing else', () => {
    expect(Object.keys(TECHNIQUE_EXPECTATIONS).map((id) => `rule:${id}`).sort()).toEqual([...techniqueKeys].sort());
    expect(Object.entries(TECHNIQUE_EXPECTATIONS).filter(([, e]) => e.positives.length === 0).map(([id]) => id)).toEqual([]);
  });

  it.each(techniqueKeys)('%s fires on its positives and documented false positives, and on nothing else', (key) => {
    const expected = TECHNIQUE_EXPECTATIONS[key.slice('rule:'.length)];
    const got = firings.filter((f) => f.fired.includes(key)).map((f) => f.at).sort();
    expect(got).toEqual([...expected.positives, ...expected.falsePositives].sort());
  });

  it('names only records that exist, and never a record as both positive and false positive', () => {
    const lines = new Set(corpus.map((r) => `${r.file}:${r.line}`));
    const all = Object.values(TECHNIQUE_EXPECTATIONS).flatMap((e) => [...e.positives, ...e.falsePositives]);
    expect(all.filter((at) => !lines.has(at))).toEqual([]);
    const both = Object.values(TECHNIQUE_EXPECTATIONS).flatMap((e) => e.positives.filter((p) => e.falsePositives.includes(p)));
    expect(both).toEqual([]);
  });

  it('fires no rule on a near miss that the record was built to miss', () => {
    const index = readFileSync(join(CORPUS_DIR, 'constructed-api-reference', 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const nearMisses = index.filter((e) => e.expected === 'does not fire');
    expect(nearMisses.length).toBeGreaterThan(15);
    const wrong = nearMisses.filter((e) => firings.find((f) => f.at === `constructed-api-reference/${e.file}:${e.line}`)?.fired.includes(`rule:${e.rule}`));
    expect(wrong).toEqual([]);
  });
});

describe('every rule resists forged events', () => {
  it('matches an aws.* source, so an event a customer puts on the central bus cannot fire it', () => {
    for (const rule of eventRuleDefinitions(TECHNIQUE_TARGETS)) {
      const source = rule.pattern.source as unknown[];
      expect([rule.id, source.every((s) => (typeof s === 'string' && s.startsWith('aws.')) || JSON.stringify(s) === '{"prefix":"aws."}')]).toEqual([rule.id, true]);
    }
  });

  it('fires nothing on a positive record re-sent with a customer source', () => {
    const rules = eventRuleDefinitions(TECHNIQUE_TARGETS).map((r) => compileEventPattern(r.pattern));
    const positives = corpus.filter((r) => r.file.startsWith('constructed-api-reference/technique_positives'));
    expect(positives.length).toBeGreaterThan(20);
    for (const { record } of positives) {
      const forged = { version: '0', id: 'x', 'detail-type': 'AWS API Call via CloudTrail', source: 'custom.forwarder', account: '111122223333', time: '', region: 'us-east-1', resources: [], detail: record };
      expect(rules.filter((r) => r.matches(forged))).toEqual([]);
    }
  });
});

describe('rules on read-only calls', () => {
  it('ask for read-only management events exactly when they name a Get, List or Describe call', () => {
    const leaves = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(leaves) : []);
    const eventNames = (v: unknown): string[] => {
      if (Array.isArray(v)) return v.flatMap(eventNames);
      if (v === null || typeof v !== 'object') return [];
      return Object.entries(v).flatMap(([k, inner]) => (k === 'eventName' ? leaves(inner) : eventNames(inner)));
    };
    const mismatched = eventRuleDefinitions(TECHNIQUE_TARGETS).filter((r) => eventNames(r.pattern).some((n) => /^(Get|List|Describe)/.test(n)) !== (r.readOnlyEvents === true));
    expect(mismatched.map((r) => r.id)).toEqual([]);
  });
});

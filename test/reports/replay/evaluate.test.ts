import { eventRuleDefinitions } from '../../../detections';
import { EXAMPLE_TARGETS, PURPOSES, deployedDetections, exampleModel } from '../../../reports/replay/deployed';
import { compileDetections, firingsFor, pinnedEventSources } from '../../../reports/replay/evaluate';
import { loadCorpus } from '../../support/corpus';

describe('the eventSource index of replay', () => {
  it('reads the eventSources a pattern pins, directly or in every $or alternative, and nothing else', () => {
    expect([...(pinnedEventSources({ detail: { eventSource: ['iam.amazonaws.com'] } }) ?? [])]).toEqual(['iam.amazonaws.com']);
    expect([...(pinnedEventSources({ detail: { $or: [{ eventSource: ['a'] }, { eventSource: ['b', 'c'] }] } }) ?? [])]).toEqual(['a', 'b', 'c']);
    expect(pinnedEventSources({ detail: { $or: [{ eventSource: ['a'] }, { eventName: ['X'] }] } })).toBeUndefined();
    expect(pinnedEventSources({ detail: { eventSource: [{ prefix: 'iam' }] } })).toBeUndefined();
    expect(pinnedEventSources({ detail: { userIdentity: { type: ['Root'] } } })).toBeUndefined();
  });

  it('pins all but the rules that watch every service', () => {
    const unpinned = eventRuleDefinitions(EXAMPLE_TARGETS).filter((r) => pinnedEventSources(r.pattern) === undefined).map((r) => r.id);
    expect(unpinned.sort()).toEqual(['console-sign-in-without-mfa', 'guardduty-high-severity-finding', 'root-activity']);
  });

  it('fires exactly what evaluating every rule fires, on every record of the corpus', () => {
    const indexed = compileDetections(deployedDetections(exampleModel(), PURPOSES));
    const everyRule = indexed.map(({ eventSources: _index, ...d }) => d);
    // stratus-red-team/ is the held-out measuring stick of the rules: left out here too.
    const corpus = loadCorpus().filter((r) => !r.file.startsWith('stratus-red-team/'));
    const differ = corpus.filter((r) => JSON.stringify(firingsFor(r.record, indexed)) !== JSON.stringify(firingsFor(r.record, everyRule)));
    expect(differ.map((r) => `${r.file}:${r.line}`)).toEqual([]);
    expect(corpus.filter((r) => firingsFor(r.record, indexed).length > 0).length).toBeGreaterThan(250);
  });
});

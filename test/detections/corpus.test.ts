import { loadCorpus } from '../support/corpus';
import { compileAll } from '../support/detections';
import { ALL_DETECTION_KEYS, EXPECTATIONS, TARGETS_A, TARGETS_B } from './expectations';
import type { FileExpectation } from './expectations';

const corpus = loadCorpus();
const byFile = new Map<string, FileExpectation>(EXPECTATIONS.map((e) => [e.file, e]));

function expected(file: string, line: number, set: 'A' | 'B'): string[] {
  const e = byFile.get(file);
  if (e === undefined) return [];
  const base = e.lines?.[line] ?? e.all;
  const extra = (set === 'A' ? e.onlyA : e.onlyB)?.[line] ?? [];
  return [...new Set([...base, ...extra])].sort();
}

describe.each([
  ['A', TARGETS_A],
  ['B', TARGETS_B],
] as const)('every detection over the real-record corpus, target set %s', (set, targets) => {
  const fire = compileAll(targets, ALL_DETECTION_KEYS);

  it('fires exactly the expected detections on every record', () => {
    const mismatches = corpus
      .map(({ file, line, record }) => ({ at: `${file}:${line}`, want: expected(file, line, set), got: fire(record) }))
      .filter((r) => r.want.join(',') !== r.got.join(','));
    expect(mismatches).toEqual([]);
  });

  it('fires nothing on any negative control outside the watched names', () => {
    const negatives = corpus.filter((r) => r.file.endsWith('other_negative_controls.jsonl') && expected(r.file, r.line, set).length === 0);
    expect(negatives.length).toBeGreaterThan(600);
    expect(negatives.filter((r) => fire(r.record).length > 0).map((r) => `${r.file}:${r.line}`)).toEqual([]);
  });
});

describe('the expectation table', () => {
  it('names only files and lines that exist in the corpus', () => {
    const lines = new Set(corpus.map((r) => `${r.file}:${r.line}`));
    const files = new Set(corpus.map((r) => r.file));
    const unknown: string[] = [];
    for (const e of EXPECTATIONS) {
      if (!files.has(e.file)) unknown.push(e.file);
      for (const table of [e.lines, e.onlyA, e.onlyB]) {
        for (const line of Object.keys(table ?? {})) if (!lines.has(`${e.file}:${line}`)) unknown.push(`${e.file}:${line}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});

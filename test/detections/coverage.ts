// Which real records each detection is tested on, from the expectation table (not from evaluating).
// Run `node_modules/.bin/tsx test/detections/coverage.ts` for the markdown table.
import { loadCorpus } from '../support/corpus';
import { ALL_DETECTION_KEYS, EXPECTATIONS } from './expectations';

/** The fixture directory of records built by hand from the API reference, not taken from a log. */
export const CONSTRUCTED_DIR = 'constructed-api-reference/';

export interface CoverageRow {
  readonly detection: string;
  /** Real records the detection must fire on, with target set A / B. */
  readonly positivesA: number;
  readonly positivesB: number;
  /** Real records it must not fire on (every other record of the corpus), with set A. */
  readonly negativesA: number;
  /** Example positive records, `file:line`. */
  readonly examples: readonly string[];
}

export function coverage(): CoverageRow[] {
  // Only real records count here; constructed-api-reference/ holds records built from the API reference.
  const corpus = loadCorpus().filter((r) => !r.file.startsWith(CONSTRUCTED_DIR));
  const byFile = new Map(EXPECTATIONS.map((e) => [e.file, e]));
  const expectedAt = (file: string, line: number, set: 'A' | 'B'): readonly string[] => {
    const e = byFile.get(file);
    if (e === undefined) return [];
    return [...(e.lines?.[line] ?? e.all), ...((set === 'A' ? e.onlyA : e.onlyB)?.[line] ?? [])];
  };
  return ALL_DETECTION_KEYS.map((detection) => {
    const hitsA = corpus.filter((r) => expectedAt(r.file, r.line, 'A').includes(detection));
    const hitsB = corpus.filter((r) => expectedAt(r.file, r.line, 'B').includes(detection));
    const examples = [...new Set([...hitsA, ...hitsB].map((r) => `${r.file}:${r.line}`))].slice(0, 3);
    return { detection, positivesA: hitsA.length, positivesB: hitsB.length, negativesA: corpus.length - hitsA.length, examples };
  });
}

if (require.main === module) {
  const rows = coverage();
  process.stdout.write(`records in corpus: ${loadCorpus().length}\n\n| detection | must fire (set A) | must fire (set B) | must not fire (set A) | e.g. |\n|---|---|---|---|---|\n`);
  for (const r of rows) process.stdout.write(`| ${r.detection} | ${r.positivesA} | ${r.positivesB} | ${r.negativesA} | ${r.examples.join(', ')} |\n`);
}

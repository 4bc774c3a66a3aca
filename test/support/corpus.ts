import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(__dirname, '..', 'fixtures', 'cloudtrail');

export interface CorpusRecord {
  /** `<source>/<category>.jsonl`, as in the fixture tree. */
  readonly file: string;
  /** 1-based line number in that file. */
  readonly line: number;
  readonly record: Record<string, unknown>;
}

/** Every vendored CloudTrail record (index.jsonl files are provenance, not records). */
export function loadCorpus(): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (const source of readdirSync(CORPUS_DIR).sort()) {
    const dir = join(CORPUS_DIR, source);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.jsonl') || name === 'index.jsonl') continue;
      readFileSync(join(dir, name), 'utf8').split('\n').forEach((text, i) => {
        if (text.trim() !== '') out.push({ file: `${source}/${name}`, line: i + 1, record: JSON.parse(text) as Record<string, unknown> });
      });
    }
  }
  return out;
}

/** One record by file and line, for tests that derive a near-miss from a real record. */
export function corpusRecord(file: string, line: number): Record<string, unknown> {
  const text = readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n')[line - 1];
  return JSON.parse(text) as Record<string, unknown>;
}

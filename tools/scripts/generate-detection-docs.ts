import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../config/load';
import { detectionsMarkdown } from './detection-docs';

export const DETECTIONS_DOC = join(__dirname, '..', '..', 'docs', 'detections.md');

/** The example configuration of cdktf.json, which the docs describe. */
export function exampleConfigForDocs() {
  const cdktf = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cdktf.json'), 'utf8'));
  return parseConfig(cdktf.context.trailguard);
}

if (require.main === module) {
  mkdirSync(dirname(DETECTIONS_DOC), { recursive: true });
  writeFileSync(DETECTIONS_DOC, detectionsMarkdown(exampleConfigForDocs()));
  process.stdout.write(`wrote ${DETECTIONS_DOC}\n`);
}

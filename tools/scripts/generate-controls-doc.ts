import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlsRecord } from '../../reports/controls/record';
import { renderControlsMarkdown } from '../../reports/controls/render';
import { PURPOSES } from '../../profiles/purposes';
import { exampleConfigForDocs } from './generate-detection-docs';

export const CONTROLS_DOC = join(__dirname, '..', '..', 'docs', 'controls.md');

/** docs/controls.md: the auditor's page for every purpose, as `trailguard controls --format md` prints it. */
export function controlsDoc(): string {
  const config = exampleConfigForDocs();
  return renderControlsMarkdown(controlsRecord(config, PURPOSES), config);
}

if (require.main === module) {
  writeFileSync(CONTROLS_DOC, controlsDoc());
  process.stdout.write(`wrote ${CONTROLS_DOC}\n`);
}

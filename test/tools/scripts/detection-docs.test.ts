import { detectionTargets } from '../../../detections/deployment-targets';
import { readFileSync } from 'node:fs';
import { metricFilterDefinitions } from '../../../detections';
import { TrailguardNames } from '../../../naming/names';
import { detectionsMarkdown } from '../../../tools/scripts/detection-docs';
import { DETECTIONS_DOC, exampleConfigForDocs } from '../../../tools/scripts/generate-detection-docs';

describe('docs/detections.md', () => {
  it('is what `npm run docs` generates from the definitions (run it after changing a detection)', () => {
    expect(readFileSync(DETECTIONS_DOC, 'utf8')).toBe(detectionsMarkdown(exampleConfigForDocs()));
  });

  it('lists every metric filter with its exact pattern', () => {
    const config = exampleConfigForDocs();
    const markdown = detectionsMarkdown(config);
    for (const filter of metricFilterDefinitions(detectionTargets(new TrailguardNames(config)))) {
      expect(markdown).toContain(`| ${filter.id} |`);
      expect(markdown).toContain(`\`${filter.pattern.replace(/\|/g, '\\|')}\``);
    }
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderReadme } from '../../tools/scripts/generate-readme';
import { generatedSections } from '../../tools/scripts/readme-sections';

describe('README.md', () => {
  const readme = readFileSync(resolve(__dirname, '..', '..', 'README.md'), 'utf8');

  test('has up-to-date generated sections (run `npm run docs` after changing the source)', () => {
    expect(renderReadme(readme, generatedSections())).toBe(readme);
  });

  test('gives the quickstart commands that CI runs', () => {
    expect(readme).toContain('npm ci\nnpm run synth\nnpm test');
    expect(readFileSync(resolve(__dirname, '..', '..', '.ci', 'run'), 'utf8')).toMatch(/npm ci[^\n]*\nnpm test\n/);
  });
});

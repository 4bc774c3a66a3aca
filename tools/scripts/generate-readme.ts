import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatedSections } from './readme-sections';

const README = resolve(__dirname, '..', '..', 'README.md');

/** README.md with every generated section replaced by its current content. */
export function renderReadme(current: string, sections: Record<string, string>): string {
  let text = current;
  for (const [name, content] of Object.entries(sections)) {
    const pattern = new RegExp(`(<!-- BEGIN GENERATED: ${name} -->\\n)[\\s\\S]*?(<!-- END GENERATED: ${name} -->)`);
    if (!pattern.test(text)) {
      throw new Error(`README.md: the markers for the generated section "${name}" are missing`);
    }
    text = text.replace(pattern, (_match, begin: string, end: string) => `${begin}${content}\n${end}`);
  }
  return text;
}

if (require.main === module) {
  writeFileSync(README, renderReadme(readFileSync(README, 'utf8'), generatedSections()));
  process.stdout.write('README.md regenerated\n');
}

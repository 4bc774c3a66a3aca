import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QUERY_REFERENCE_BEGIN, QUERY_REFERENCE_END, renderQueryReference } from '../../investigation/query-reference';
import { investigationQueries } from '../../investigation/queries';
import { queryContext } from '../../investigation/query-context';
import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from '../support/example-config';

const context = queryContext(new TrailguardNames(exampleConfig()));

describe('docs/investigation.md', () => {
  it('holds the generated query reference, unchanged (regenerate: tsx tools/scripts/generate-investigation-docs.ts)', () => {
    const doc = readFileSync(resolve(__dirname, '..', '..', 'docs', 'investigation.md'), 'utf8');
    const block = doc.slice(doc.indexOf(QUERY_REFERENCE_BEGIN), doc.indexOf(QUERY_REFERENCE_END) + QUERY_REFERENCE_END.length);
    expect(block).toBe(renderQueryReference(context));
  });

  it('shows every saved query', () => {
    const reference = renderQueryReference(context);
    for (const query of investigationQueries()) expect(reference).toContain(`### \`${query.id}\``);
  });
});

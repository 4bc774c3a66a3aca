import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryContext } from '../../investigation/query-context';
import { QUERY_REFERENCE_BEGIN, QUERY_REFERENCE_END, renderQueryReference } from '../../investigation/query-reference';
import { TrailguardNames } from '../../naming/names';
import { exampleConfigForDocs } from './generate-detection-docs';

export const INVESTIGATION_DOC = join(__dirname, '..', '..', 'docs', 'investigation.md');

/** docs/investigation.md with its query reference regenerated for the example configuration. */
export function withQueryReference(doc: string): string {
  const begin = doc.indexOf(QUERY_REFERENCE_BEGIN);
  const end = doc.indexOf(QUERY_REFERENCE_END);
  if (begin < 0 || end < begin) throw new Error(`${INVESTIGATION_DOC}: no ${QUERY_REFERENCE_BEGIN} … ${QUERY_REFERENCE_END} block`);
  const reference = renderQueryReference(queryContext(new TrailguardNames(exampleConfigForDocs())));
  return doc.slice(0, begin) + reference + doc.slice(end + QUERY_REFERENCE_END.length);
}

if (require.main === module) {
  writeFileSync(INVESTIGATION_DOC, withQueryReference(readFileSync(INVESTIGATION_DOC, 'utf8')));
  process.stdout.write(`wrote ${INVESTIGATION_DOC}\n`);
}

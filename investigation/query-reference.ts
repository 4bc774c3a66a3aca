import { PLACEHOLDERS } from './placeholders';
import { investigationQueries, type QueryContext } from './queries';

export const QUERY_REFERENCE_BEGIN = '<!-- BEGIN GENERATED: queries -->';
export const QUERY_REFERENCE_END = '<!-- END GENERATED: queries -->';

/** The placeholders and every saved query (Athena and Logs Insights text), as Markdown for docs/investigation.md. */
export function renderQueryReference(context: QueryContext): string {
  const lines = ['| Placeholder | Meaning | Example |', '| --- | --- | --- |'];
  for (const [name, placeholder] of Object.entries(PLACEHOLDERS)) lines.push(`| \`{{${name}}}\` | ${placeholder.description} | \`${placeholder.example}\` |`);
  for (const query of investigationQueries()) {
    lines.push('', `### \`${query.id}\`: ${query.name}`, '', query.question, '', '```sql', query.athena(context), '```', '');
    if (query.insightsTimeRange !== undefined) lines.push(`Logs Insights time range: ${query.insightsTimeRange}`, '');
    lines.push('```', query.insights(context), '```');
  }
  return [QUERY_REFERENCE_BEGIN, ...lines, QUERY_REFERENCE_END].join('\n');
}

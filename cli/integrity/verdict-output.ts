import { writeLine } from '../output';
import type { CommandIo } from '../command';
import { SummaryTally, type ValidationSummary } from '../../integrity/summary';
import { isProblem, type Verdict } from '../../integrity/verdicts';

/** One line for a verdict in text output. */
function describe(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'gap':
      return `GAP      ${verdict.accountId} ${verdict.region} ${verdict.start} .. ${verdict.end}: ${verdict.reason}`;
    case 'bundle-file':
      return `BUNDLE   ${verdict.status.toUpperCase()} ${verdict.path}: ${verdict.reason}`;
    case 'digest':
      return `DIGEST   ${verdict.status.toUpperCase()} s3://${verdict.bucket}/${verdict.key}${verdict.reason ? `: ${verdict.reason}` : ''}`;
    case 'log':
      return `LOG      ${verdict.status.toUpperCase()} s3://${verdict.bucket}/${verdict.key}${verdict.reason ? `: ${verdict.reason}` : ''}`;
  }
}

function summaryText(s: ValidationSummary): string {
  const digests = s.digests.valid + s.digests.invalid + s.digests.missing;
  const logs = s.logs.valid + s.logs.invalid + s.logs.missing + s.logs.unlisted + s.logs.overwritten;
  return [
    `Results for ${s.from} to ${s.to}:`,
    `  ${s.digests.valid}/${digests} digest files valid, ${s.digests.invalid} invalid, ${s.digests.missing} missing`,
    `  ${s.logs.valid}/${logs} log files valid, ${s.logs.invalid} invalid, ${s.logs.missing} missing, ${s.logs.unlisted} unlisted` +
      (s.logs.overwritten > 0 ? `, ${s.logs.overwritten} overwritten with the original intact` : ''),
    `  ${s.gaps} gap${s.gaps === 1 ? '' : 's'} in the digest chain${s.bundleFiles > 0 ? `; ${s.bundleFiles} bundle files differ from the manifest` : ''}`,
  ].join('\n');
}

/**
 * Prints verdicts as they come: JSON lines (every finding, then the summary) or text (problems and
 * overwritten files, then the summary). Progress goes to stderr, only on a terminal. Resolves to the exit code.
 */
export async function printVerdicts(verdicts: AsyncIterable<Verdict>, format: 'text' | 'json', range: { from: Date; to: Date }, io: CommandIo): Promise<number> {
  const tally = new SummaryTally(range.from, range.to);
  const progress = (io.stderr as { isTTY?: boolean }).isTTY === true;
  let seen = 0;
  for await (const verdict of verdicts) {
    const problem = isProblem(verdict);
    tally.add(verdict, problem);
    if (format === 'json') await writeLine(io.stdout, JSON.stringify(verdict));
    else if (problem || (verdict.kind === 'log' && verdict.status === 'overwritten')) await writeLine(io.stdout, describe(verdict));
    if (progress && ++seen % 500 === 0) io.stderr.write(`\r${seen} files checked`);
  }
  if (progress && seen >= 500) io.stderr.write('\n');
  const summary = tally.summary();
  await writeLine(io.stdout, format === 'json' ? JSON.stringify({ summary }) : summaryText(summary));
  return tally.problemCount > 0 ? 1 : 0;
}

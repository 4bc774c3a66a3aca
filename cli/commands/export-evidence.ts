import { existsSync, readdirSync } from 'node:fs';
import { exportEvidence } from '../../integrity/bundle-export';
import { PublicKeyFileError } from '../../integrity/public-keys';
import { defineCommand, UsageError } from '../command';
import { parseConcurrency, parseFormatOption, parseRangeOptions, RANGE_OPTIONS } from '../integrity/range-options';
import { printVerdicts } from '../integrity/verdict-output';

// The AWS SDK takes most of a second to load: it loads when the command runs, not for --help.
const loadAwsSources = () => require('../integrity/aws-sources') as typeof import('../integrity/aws-sources');

/** Exports a validated range of CloudTrail evidence as a bundle a third party can check offline. */
export const exportEvidenceCommand = defineCommand({
  name: 'export-evidence',
  summary: 'Export CloudTrail log and digest files, signatures and public keys as a self-verifying evidence bundle',
  options: {
    ...RANGE_OPTIONS,
    out: { type: 'string', placeholder: '<dir>', description: 'The bundle folder: empty or not yet there', required: true },
  },
  epilogue:
    'Validates the range as validate-logs does and writes what it read as a bundle: the files in their S3 layout, each digest\'s\n' +
    'signature as a sidecar, the public keys, a manifest with every file\'s SHA-256 and a README. The recipient checks it with\n' +
    '"trailguard validate-logs --from-bundle <dir>" and no AWS access. Exit: 0 exported and all valid, 1 exported with findings, 2 usage.',
  async run(values, io) {
    const problems: string[] = [];
    const format = parseFormatOption(values.format, problems);
    const concurrency = parseConcurrency(values.concurrency, problems);
    if (existsSync(values.out) && readdirSync(values.out).length > 0) problems.push(`--out: got "${values.out}"; expected a folder that is empty or does not exist`);
    const range = parseRangeOptions({ ...values, account: values.account.length > 0 ? [...values.account] : undefined, region: values.region.length > 0 ? [...values.region] : undefined }, problems);
    if (problems.length > 0 || range === undefined) throw new UsageError(problems.join('\n'));
    let sources;
    try {
      sources = await loadAwsSources().awsSources(range, values['public-keys']);
    } catch (error) {
      if (error instanceof PublicKeyFileError) throw new UsageError(error.message);
      throw error;
    }
    try {
      const verdicts = exportEvidence({ ...range, ...sources, out: values.out, concurrency });
      const code = await printVerdicts(verdicts, format, { from: range.start, to: range.end }, io);
      io.stderr.write(`evidence bundle written to ${values.out}\n`);
      return code;
    } finally {
      sources.close();
    }
  },
});

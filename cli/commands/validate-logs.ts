import { BundleError } from '../../integrity/bundle-manifest';
import { bundleRange, validateBundle } from '../../integrity/bundle-validate';
import { PublicKeyFileError } from '../../integrity/public-keys';
import { validateLogs } from '../../integrity/validate-logs';
import { defineCommand, UsageError } from '../command';
import { parseConcurrency, parseFormatOption, parseRangeOptions, RANGE_OPTIONS } from '../integrity/range-options';
import { printVerdicts } from '../integrity/verdict-output';

// The AWS SDK takes most of a second to load: it loads when the command runs, not for --help.
const loadAwsSources = () => require('../integrity/aws-sources') as typeof import('../integrity/aws-sources');

/** Checks CloudTrail log file integrity over the digest chain, online or from an evidence bundle. */
export const validateLogsCommand = defineCommand({
  name: 'validate-logs',
  summary: 'Validate CloudTrail log files against their signed digest chain (online, or an exported evidence bundle)',
  options: {
    ...RANGE_OPTIONS,
    'all-versions': { type: 'boolean', description: 'Look for the original version of an overwritten log file (S3 versioning)' },
    'from-bundle': { type: 'string', placeholder: '<dir>', description: 'Check an evidence bundle from export-evidence, with no AWS access' },
  },
  epilogue:
    'Walks the digest chain of every account and Region back from the newest digest in range: each digest\'s signature and link\n' +
    'to its predecessor, each log file\'s SHA-256, log files no digest lists, and gaps. AWS access uses the SDK\'s standard\n' +
    'configuration (credential chain, AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_CLOUDTRAIL).\n' +
    'Exit: 0 all valid, 1 anything invalid, missing, unlisted or a gap, 2 usage.',
  async run(values, io) {
    const problems: string[] = [];
    const format = parseFormatOption(values.format, problems);
    const concurrency = parseConcurrency(values.concurrency, problems);
    try {
      if (values['from-bundle'] !== undefined) {
        const online = ['bucket', 'trail-arn', 'start-time', 'end-time', 'prefix', 'public-keys'] as const;
        const given = [...online.filter((flag) => values[flag] !== undefined), ...(values.account.length > 0 ? ['account'] : []), ...(values.region.length > 0 ? ['region'] : []), ...(values['all-versions'] ? ['all-versions'] : [])];
        if (given.length > 0) problems.push(`--from-bundle reads the trail, range and keys from the bundle's manifest; remove ${given.map((f) => `--${f}`).join(', ')}`);
        if (problems.length > 0) throw new UsageError(problems.join('\n'));
        const bundle = values['from-bundle'];
        return await printVerdicts(validateBundle({ root: bundle, concurrency }), format, await bundleRange(bundle), io);
      }
      const range = parseRangeOptions({ ...values, account: nonEmpty(values.account), region: nonEmpty(values.region) }, problems);
      if (problems.length > 0 || range === undefined) throw new UsageError(problems.join('\n'));
      const sources = await loadAwsSources().awsSources(range, values['public-keys']);
      try {
        const verdicts = validateLogs({ ...range, ...sources, allVersions: values['all-versions'], concurrency });
        return await printVerdicts(verdicts, format, { from: range.start, to: range.end }, io);
      } finally {
        sources.close();
      }
    } catch (error) {
      if (error instanceof BundleError || error instanceof PublicKeyFileError) throw new UsageError(error.message);
      throw error;
    }
  },
});

/** A repeatable flag given no times is no filter. */
function nonEmpty(values: readonly string[]): string[] | undefined {
  return values.length > 0 ? [...values] : undefined;
}

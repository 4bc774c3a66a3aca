import { parseArgs } from 'node:util';
import { BundleError } from '../../integrity/bundle-manifest';
import { bundleRange, validateBundle } from '../../integrity/bundle-validate';
import { PublicKeyFileError } from '../../integrity/public-keys';
import { validateLogs } from '../../integrity/validate-logs';
import type { Command, CommandIo } from '../command';
import { UsageError } from '../command';
import { awsSources } from '../integrity/aws-sources';
import { parseConcurrency, parseRangeOptions, RANGE_PARSE_OPTIONS, type RangeOptions } from '../integrity/range-options';
import { printVerdicts } from '../integrity/verdict-output';

const USAGE = `usage: trailguard validate-logs --bucket <name> --trail-arn <arn> --start-time <time> [--end-time <time>]
                              [--prefix <prefix>] [--account <id>]... [--region <region>]...
                              [--public-keys <list-public-keys.json>] [--all-versions]
                              [--format text|json] [--concurrency <n>]
       trailguard validate-logs --from-bundle <dir> [--format text|json] [--concurrency <n>]

Walks the CloudTrail digest chain of every account and Region back from the newest digest in range:
checks each digest's signature and its link to its predecessor, each log file's SHA-256, log files in
S3 that no digest lists, and gaps. AWS access goes through the SDK's standard configuration (credential
chain, AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_CLOUDTRAIL).
--from-bundle checks an evidence bundle from "trailguard export-evidence" with no AWS access.
Exit: 0 all valid, 1 anything invalid, missing, unlisted or a gap, 2 usage.`;

type Options =
  | { readonly help: true }
  | { readonly help?: false; readonly format: 'text' | 'json'; readonly concurrency?: number; readonly bundle: string }
  | { readonly help?: false; readonly format: 'text' | 'json'; readonly concurrency?: number; readonly bundle?: undefined; readonly range: RangeOptions; readonly publicKeys?: string; readonly allVersions: boolean };

/** Checks CloudTrail log file integrity over the digest chain, online or from an evidence bundle. */
export const validateLogsCommand: Command = {
  summary: 'Validate CloudTrail log files against their signed digest chain (online, or an exported evidence bundle).',
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const options = parse(args);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    try {
      if (options.bundle !== undefined) {
        return await printVerdicts(validateBundle({ root: options.bundle, concurrency: options.concurrency }), options.format, await bundleRange(options.bundle), io);
      }
      const { range } = options;
      const sources = await awsSources(range, options.publicKeys);
      try {
        const verdicts = validateLogs({ ...range, ...sources, allVersions: options.allVersions, concurrency: options.concurrency });
        return await printVerdicts(verdicts, options.format, { from: range.start, to: range.end }, io);
      } finally {
        sources.close();
      }
    } catch (error) {
      if (error instanceof BundleError || error instanceof PublicKeyFileError) throw new UsageError(error.message);
      throw error;
    }
  },
};

function parse(args: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...RANGE_PARSE_OPTIONS, 'all-versions': { type: 'boolean' }, format: { type: 'string', default: 'text' }, 'from-bundle': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  const problems: string[] = [];
  if (values.format !== 'text' && values.format !== 'json') problems.push(`--format: got "${values.format}"; expected one of: text, json`);
  const concurrency = parseConcurrency(values.concurrency, problems);
  const format = values.format as 'text' | 'json';
  if (values['from-bundle'] !== undefined) {
    const online = ['bucket', 'trail-arn', 'start-time', 'end-time', 'prefix', 'account', 'region', 'public-keys', 'all-versions'] as const;
    const given = online.filter((flag) => values[flag] !== undefined);
    if (given.length > 0) problems.push(`--from-bundle reads the trail, range and keys from the bundle's manifest; remove ${given.map((f) => `--${f}`).join(', ')}`);
    if (problems.length > 0) throw new UsageError(`${problems.join('\n')}\n${USAGE}`);
    return { format, concurrency, bundle: values['from-bundle'] };
  }
  const range = parseRangeOptions(values, problems);
  if (problems.length > 0 || range === undefined) throw new UsageError(`${problems.join('\n')}\n${USAGE}`);
  return { format, concurrency, range, publicKeys: values['public-keys'], allVersions: values['all-versions'] ?? false };
}

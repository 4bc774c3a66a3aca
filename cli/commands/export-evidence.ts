import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportEvidence } from '../../integrity/bundle-export';
import { PublicKeyFileError } from '../../integrity/public-keys';
import type { Command, CommandIo } from '../command';
import { UsageError } from '../command';
import { awsSources } from '../integrity/aws-sources';
import { parseConcurrency, parseRangeOptions, RANGE_PARSE_OPTIONS, type RangeOptions } from '../integrity/range-options';
import { printVerdicts } from '../integrity/verdict-output';

const USAGE = `usage: trailguard export-evidence --bucket <name> --trail-arn <arn> --start-time <time> [--end-time <time>] --out <dir>
                                [--prefix <prefix>] [--account <id>]... [--region <region>]...
                                [--public-keys <list-public-keys.json>] [--format text|json] [--concurrency <n>]

Validates the range as "trailguard validate-logs" does and writes what it read to <dir> as a
self-verifying evidence bundle: the log and digest files in their S3 layout, each digest's signature
as a sidecar, the public keys, a manifest with the SHA-256 of every file, and a README for the
recipient, who checks it with "trailguard validate-logs --from-bundle <dir>" and no AWS access.
Exit: 0 exported and all valid, 1 exported with findings, 2 usage.`;

interface Options {
  readonly help?: boolean;
  readonly range?: RangeOptions;
  readonly out?: string;
  readonly publicKeys?: string;
  readonly format?: 'text' | 'json';
  readonly concurrency?: number;
}

/** Exports a validated range of CloudTrail evidence as a bundle a third party can check offline. */
export const exportEvidenceCommand: Command = {
  summary: 'Export CloudTrail log and digest files, signatures and public keys as a self-verifying evidence bundle.',
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const options = parse(args);
    if (options.help || options.range === undefined || options.out === undefined) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { range, out } = options;
    let sources;
    try {
      sources = await awsSources(range, options.publicKeys);
    } catch (error) {
      if (error instanceof PublicKeyFileError) throw new UsageError(error.message);
      throw error;
    }
    try {
      const verdicts = exportEvidence({ ...range, ...sources, out, concurrency: options.concurrency });
      const code = await printVerdicts(verdicts, options.format ?? 'text', { from: range.start, to: range.end }, io);
      io.stderr.write(`evidence bundle written to ${out}\n`);
      return code;
    } finally {
      sources.close();
    }
  },
};

function parse(args: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...RANGE_PARSE_OPTIONS, out: { type: 'string' }, format: { type: 'string', default: 'text' } }, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  const problems: string[] = [];
  if (values.format !== 'text' && values.format !== 'json') problems.push(`--format: got "${values.format}"; expected one of: text, json`);
  const concurrency = parseConcurrency(values.concurrency, problems);
  if (values.out === undefined) problems.push('--out is required');
  // A bundle's manifest covers every file in its folder: mixing in old files would make it lie.
  else if (existsSync(values.out) && readdirSync(values.out).length > 0) problems.push(`--out: got "${values.out}"; expected a folder that is empty or does not exist`);
  const range = parseRangeOptions(values, problems);
  if (problems.length > 0 || range === undefined) throw new UsageError(`${problems.join('\n')}\n${USAGE}`);
  return { range, out: values.out, publicKeys: values['public-keys'], format: values.format as 'text' | 'json', concurrency };
}

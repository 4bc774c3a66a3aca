import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/config-error';
import type { TrailguardConfig } from '../../config/load';
import { TrailguardNames } from '../../naming/names';
import type { Purpose } from '../../profiles/purposes';
import { AwsAccess } from '../../verify/aws-clients';
import { summarize } from '../../verify/check-result';
import { expectedDeployment } from '../../verify/expected';
import { renderJson, renderText } from '../../verify/render';
import { runVerify } from '../../verify/run-verify';
import { parseFormat, parseNonNegativeInteger, parsePurposeList } from '../arguments';
import { UsageError, type Command } from '../command';
import { readConfigFile } from '../config-file';
import { parseDuration } from '../duration';

const HELP = `usage: trailguard verify [options]

Compares the live organization with what trailguard deployed: trail, evidence, guardrails,
GuardDuty, alert paths and investigation tooling, in each account and governed Region.

options:
  --config PATH            cdktf.json with context.trailguard (default: cdktf.json)
  --profiles LIST          purposes to verify against (default: the configured purposeProfiles)
  --format text|json       text (default), or one JSON object per check then a summary
  --role-name NAME         role to assume in each account (default: verifierRoleName of the configuration)
  --max-delivery-age DUR   oldest acceptable trail delivery, e.g. 30m, 1h (default: 1h)
  --concurrency N          check groups in flight at once (default: 8)
  -h, --help               show this help

exit status: 0 every check passed, 1 a check failed or could not read its data, 2 usage error.
AWS access follows the standard SDK configuration (credential chain, AWS_PROFILE, AWS_REGION,
AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>).
`;

export interface VerifyArguments {
  readonly help: boolean;
  readonly config: TrailguardConfig;
  readonly purposes: readonly Purpose[];
  readonly format: 'text' | 'json';
  readonly roleName: string;
  readonly maxDeliveryAgeMs: number;
  readonly concurrency: number;
}

/** Every option of `verify`, parsed and checked in one place. */
export function parseVerifyArguments(args: readonly string[]): VerifyArguments | { readonly help: true } {
  const { values } = parseOrUsage(args, {
    config: { type: 'string', default: 'cdktf.json' },
    profiles: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'role-name': { type: 'string' },
    'max-delivery-age': { type: 'string', default: '1h' },
    concurrency: { type: 'string', default: '8' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help === true) return { help: true };
  const format = parseFormat(values.format as string, ['text', 'json'] as const);
  const maxDeliveryAgeMs = parseDuration('--max-delivery-age', values['max-delivery-age'] as string);
  const concurrency = parseNonNegativeInteger('--concurrency', values.concurrency as string);
  if (concurrency < 1) throw new UsageError(`--concurrency: got "${values.concurrency}"; expected a whole number of 1 or more`);
  const config = readConfigFile(values.config as string);
  const purposes = values.profiles === undefined ? config.purposeProfiles : parsePurposeList('--profiles', values.profiles as string);
  const roleName = (values['role-name'] as string | undefined) ?? config.verifierRoleName;
  if (roleName === undefined || !/^[\w+=,.@-]{1,64}$/.test(roleName)) {
    throw new UsageError(`--role-name: got ${roleName === undefined ? 'nothing, and the configuration sets no verifierRoleName' : `"${roleName}"`}; expected an IAM role name (1-64 of letters, digits and +=,.@_-) that verify may assume in each account`);
  }
  return { help: false, config, purposes, format, roleName, maxDeliveryAgeMs, concurrency };
}

/** node:util's parseArgs, with its errors (unknown option, missing value) as usage errors. */
export function parseOrUsage(args: readonly string[], options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>): { values: Record<string, string | boolean | undefined> } {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }) as { values: Record<string, string | boolean | undefined> };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export const verifyCommand: Command = {
  summary: 'Check the live organization against the deployment: evidence written, alerts arriving',
  async run(args, io) {
    let parsed: ReturnType<typeof parseVerifyArguments>;
    try {
      parsed = parseVerifyArguments(args);
    } catch (error) {
      if (error instanceof ConfigError) {
        io.stderr.write(`trailguard verify: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    if (parsed.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const { config, roleName } = parsed;
    const names = new TrailguardNames(config);
    const aws = new AwsAccess({ roleArnOf: (account) => names.roleArn(account, roleName), sessionName: 'trailguard-verify', stsRegion: config.homeRegion });
    const progress = (io.stderr as { isTTY?: boolean }).isTTY === true ? (done: number, total: number) => io.stderr.write(`\rverify: ${done}/${total} check groups`) : undefined;
    try {
      const results = await runVerify({ expected: expectedDeployment(config, parsed.purposes), aws, maxDeliveryAgeMs: parsed.maxDeliveryAgeMs, concurrency: parsed.concurrency, onProgress: progress });
      if (progress !== undefined) io.stderr.write('\n');
      io.stdout.write(parsed.format === 'json' ? renderJson(results) : renderText(results));
      const summary = summarize(results);
      return summary.fail === 0 && summary.error === 0 ? 0 : 1;
    } finally {
      aws.destroy();
    }
  },
};

import { TrailguardNames } from '../../naming/names';
import { summarize } from '../../verify/check-result';
import { expectedDeployment } from '../../verify/expected';
import { renderJson, renderText } from '../../verify/render';
import { defineCommand, UsageError } from '../command';
import { CONFIG_OPTION, FORMAT_OPTION, PROFILES_OPTION, requireConfigOption, resolveProfilesOption } from '../shared-options';
import { parseDuration } from '../duration';

export const verifyCommand = defineCommand({
  name: 'verify',
  summary: 'Check the live organization against the deployment: evidence written, alerts arriving',
  options: {
    config: CONFIG_OPTION,
    profiles: PROFILES_OPTION,
    format: FORMAT_OPTION,
    'role-name': { type: 'string', placeholder: '<name>', description: 'The role to assume in each account; default: verifierRoleName of the configuration' },
    'max-delivery-age': { type: 'string', placeholder: '<duration>', default: '1h', description: 'The oldest acceptable trail delivery, such as 30m or 1h' },
    concurrency: { type: 'string', placeholder: '<n>', default: '8', description: 'Check groups in flight at once' },
  },
  epilogue:
    'Exit: 0 every check passed, 1 a check failed or could not read its data, 2 usage. AWS access follows the standard SDK\n' +
    'configuration (credential chain, AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>).',
  async run(options, io) {
    const maxDeliveryAgeMs = parseDuration('--max-delivery-age', options['max-delivery-age']);
    const concurrency = Number(options.concurrency);
    if (!/^\d+$/.test(options.concurrency) || concurrency < 1) throw new UsageError(`--concurrency: got "${options.concurrency}"; expected a whole number of 1 or more`);
    const config = requireConfigOption(options.config);
    const purposes = resolveProfilesOption(options.profiles, config);
    const roleName = options['role-name'] ?? config.verifierRoleName;
    if (roleName === undefined || !/^[\w+=,.@-]{1,64}$/.test(roleName)) {
      throw new UsageError(`--role-name: got ${roleName === undefined ? 'nothing, and the configuration sets no verifierRoleName' : `"${roleName}"`}; expected an IAM role name (1-64 of letters, digits and +=,.@_-) that verify may assume in each account`);
    }
    const names = new TrailguardNames(config);
    // The AWS SDK takes most of a second to load: it loads when the command runs, not for --help.
    const { AwsAccess } = require('../../verify/aws-clients') as typeof import('../../verify/aws-clients');
    const { runVerify } = require('../../verify/run-verify') as typeof import('../../verify/run-verify');
    const aws = new AwsAccess({ roleArnOf: (account) => names.roleArn(account, roleName), sessionName: 'trailguard-verify', stsRegion: config.homeRegion });
    const progress = io.stderr.isTTY === true ? (done: number, total: number) => io.stderr.write(`\rverify: ${done}/${total} check groups`) : undefined;
    try {
      const results = await runVerify({ expected: expectedDeployment(config, purposes), aws, maxDeliveryAgeMs, concurrency, onProgress: progress });
      if (progress !== undefined) io.stderr.write('\n');
      io.stdout.write(options.format === 'json' ? renderJson(results) : renderText(results));
      const summary = summarize(results);
      return summary.fail === 0 && summary.error === 0 ? 0 : 1;
    } finally {
      aws.destroy();
    }
  },
});

import { randomUUID } from 'node:crypto';
import { drillTargets, type DrillPathName } from '../../drill/drill-plan';
import { renderDrillJson, renderDrillText } from '../../drill/render';
import { TrailguardNames } from '../../naming/names';
import { expectedDeployment } from '../../verify/expected';
import { defineCommand, UsageError } from '../command';
import { CONFIG_OPTION, FORMAT_OPTION, requireConfigOption } from '../shared-options';
import { parseDuration } from '../duration';

const PATHS: Record<string, readonly DrillPathName[]> = { fast: ['fast'], alarm: ['alarm'], all: ['fast', 'alarm'] };

export const drillCommand = defineCommand({
  name: 'drill',
  summary: 'Send a labelled DRILL through each alert path and measure when it reaches the topic',
  options: {
    config: CONFIG_OPTION,
    path: { type: 'string', allowed: ['fast', 'alarm', 'all'], default: 'all', description: 'Which paths to drill' },
    wait: { type: 'string', placeholder: '<duration>', default: '10m', description: 'How long to wait for delivery, such as 10m' },
    poll: { type: 'string', placeholder: '<duration>', default: '15s', description: 'How often to read the metrics' },
    'role-name': { type: 'string', placeholder: '<name>', description: 'The role to assume in each account; default: drillRoleName of the configuration' },
    format: FORMAT_OPTION,
  },
  epilogue:
    'fast: a trailguard.drill event on the central bus of each governed Region; alarm: cloudwatch:SetAlarmState on one trailguard\n' +
    'alarm. It watches the rules\' and topics\' metrics until delivered or --wait runs out, and reports the latency.\n' +
    'Exit: 0 every path delivered, 1 a path failed, was not delivered or could not be drilled, 2 usage.',
  async run(options, io) {
    const paths = PATHS[options.path];
    const waitMs = parseDuration('--wait', options.wait);
    const pollMs = parseDuration('--poll', options.poll);
    const config = requireConfigOption(options.config);
    const roleName = options['role-name'] ?? config.drillRoleName;
    if (roleName === undefined) throw new UsageError('--role-name: got nothing, and the configuration sets no drillRoleName; expected the name of the drill role in each account');
    const names = new TrailguardNames(config);
    const targets = drillTargets(config, expectedDeployment(config), paths);
    // The AWS SDK takes most of a second to load: it loads when the command runs, not for --help.
    const { AwsAccess } = require('../../verify/aws-clients') as typeof import('../../verify/aws-clients');
    const { runDrill } = require('../../drill/run-drill') as typeof import('../../drill/run-drill');
    const aws = new AwsAccess({ roleArnOf: (account) => names.roleArn(account, roleName), sessionName: 'trailguard-drill', stsRegion: config.homeRegion });
    try {
      const results = await runDrill({ targets, aws, drillId: randomUUID(), waitMs, pollMs });
      io.stdout.write(options.format === 'json' ? renderDrillJson(results) : renderDrillText(results));
      return results.length > 0 && results.every((r) => r.status === 'delivered') ? 0 : 1;
    } finally {
      aws.destroy();
    }
  },
});

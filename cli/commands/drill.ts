import { randomUUID } from 'node:crypto';
import { ConfigError } from '../../config/config-error';
import { drillTargets, type DrillPathName } from '../../drill/drill-plan';
import { renderDrillJson, renderDrillText } from '../../drill/render';
import { runDrill } from '../../drill/run-drill';
import { TrailguardNames } from '../../naming/names';
import { AwsAccess } from '../../verify/aws-clients';
import { expectedDeployment } from '../../verify/expected';
import { parseFormat } from '../arguments';
import { UsageError, type Command } from '../command';
import { readConfigFile } from '../config-file';
import { parseDuration } from '../duration';
import { parseOrUsage } from './verify';

const HELP = `usage: trailguard drill [options]

Sends a harmless test labelled DRILL through each alert path and proves it reached the topic:
  fast   a trailguard.drill event on the central bus of each governed Region (drill rule → topic)
  alarm  cloudwatch:SetAlarmState on one trailguard alarm (alarm → forwarder → central rule → topic)
It watches the rules' MatchedEvents/Invocations/FailedInvocations and the topic's
NumberOfNotificationsDelivered/Failed until delivered or --wait runs out, and reports the latency.

options:
  --config PATH         cdktf.json with context.trailguard (default: cdktf.json)
  --path fast|alarm|all which paths to drill (default: all)
  --wait DUR            how long to wait for delivery, e.g. 10m (default: 10m)
  --poll DUR            how often to read the metrics (default: 15s)
  --role-name NAME      role to assume in each account (default: drillRoleName of the configuration)
  --format text|json    text (default) or one JSON object per path and Region
  -h, --help            show this help

exit status: 0 every path delivered, 1 a path failed, was not delivered or could not be drilled, 2 usage error.
`;

const PATHS: Record<string, readonly DrillPathName[]> = { fast: ['fast'], alarm: ['alarm'], all: ['fast', 'alarm'] };

export const drillCommand: Command = {
  summary: 'Send a labelled DRILL through each alert path and measure when it reaches the topic',
  async run(args, io) {
    const { values } = parseOrUsage(args, {
      config: { type: 'string', default: 'cdktf.json' },
      path: { type: 'string', default: 'all' },
      wait: { type: 'string', default: '10m' },
      poll: { type: 'string', default: '15s' },
      'role-name': { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help === true) {
      io.stdout.write(HELP);
      return 0;
    }
    const paths = PATHS[values.path as string];
    if (paths === undefined) throw new UsageError(`--path: got "${values.path}"; expected one of: fast, alarm, all`);
    const waitMs = parseDuration('--wait', values.wait as string);
    const pollMs = parseDuration('--poll', values.poll as string);
    const format = parseFormat(values.format as string, ['text', 'json'] as const);
    let config;
    try {
      config = readConfigFile(values.config as string);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr.write(`trailguard drill: ${error.message}\n`);
      return 2;
    }
    const roleName = (values['role-name'] as string | undefined) ?? config.drillRoleName;
    if (roleName === undefined) throw new UsageError('--role-name: got nothing, and the configuration sets no drillRoleName; expected the name of the drill role in each account');
    const names = new TrailguardNames(config);
    const targets = drillTargets(config, expectedDeployment(config), paths);
    const aws = new AwsAccess({ roleArnOf: (account) => names.roleArn(account, roleName), sessionName: 'trailguard-drill', stsRegion: config.homeRegion });
    try {
      const results = await runDrill({ targets, aws, drillId: randomUUID(), waitMs, pollMs });
      io.stdout.write(format === 'json' ? renderDrillJson(results) : renderDrillText(results));
      return results.length > 0 && results.every((r) => r.status === 'delivered') ? 0 : 1;
    } finally {
      aws.destroy();
    }
  },
};

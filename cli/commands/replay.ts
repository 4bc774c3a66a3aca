import type { DetectionTargets } from '../../detections/types';
import type { TrailguardConfig } from '../../config/load';
import { deploymentModel, type DeploymentModel } from '../../model/deployment-model';
import { EXAMPLE_TARGETS, deployedDetections, exampleModel } from '../../reports/replay/deployed';
import { compileDetections, firingsFor } from '../../reports/replay/evaluate';
import { ReplayTally, describeRecord } from '../../reports/replay/report';
import { defineCommand, UsageError, type CommandIo } from '../command';
import { writeLine } from '../output';
import { recordProgress } from '../progress';
import { describeLocation, readRecords } from '../records/read-records';
import { EVENTS_OPTION } from '../records/events-option';
import { CONFIG_OPTION, FORMAT_OPTION, PROFILES_OPTION, loadConfigOption, resolveProfilesOption } from '../shared-options';

/** Replays CloudTrail records through every metric filter and rule trailguard deploys. */
export const replayCommand = defineCommand({
  name: 'replay',
  summary: 'Show which trailguard alarms and EventBridge rules fire for CloudTrail records',
  options: {
    events: EVENTS_OPTION,
    profiles: PROFILES_OPTION,
    format: FORMAT_OPTION,
    config: CONFIG_OPTION,
    'trail-name': { type: 'string', placeholder: '<name>', description: 'The organization trail watched for changes; default: from the configuration, else an example name' },
    'evidence-bucket': { type: 'strings', placeholder: '<bucket>', description: 'An evidence bucket watched for changes; default: from the configuration, else example names' },
    'log-key-alias': { type: 'strings', placeholder: '<alias/...>', description: 'A log key alias watched for changes; default: from the configuration, else an example alias' },
  },
  epilogue: 'example: aws s3 sync s3://<bucket>/AWSLogs/<org>/<account>/CloudTrail/<region>/2026/11/30/ day/ && trailguard replay --events day/',
  async run(options, io) {
    const config = loadConfigOption(options.config);
    const purposes = resolveProfilesOption(options.profiles, config);
    let detections;
    try {
      detections = compileDetections(deployedDetections(replayModel(config, options, io), purposes));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const json = options.format === 'json';
    const tally = new ReplayTally(detections);
    const progress = recordProgress(io, 'replay');
    try {
      for await (const item of readRecords('--events', options.events, io.stdin)) {
        progress.tick();
        const where = describeLocation(item);
        const at = { source: item.source, index: item.index, ...(item.line === undefined ? {} : { line: item.line }) };
        if ('error' in item) {
          tally.errors++;
          if (json) await writeLine(io.stdout, JSON.stringify({ ...at, error: item.error }));
          else io.stderr.write(`${where}: ${item.error}\n`);
          continue;
        }
        const fired = firingsFor(item.busEvent ?? (item.record as Record<string, unknown>), detections);
        tally.add(fired);
        if (json) await writeLine(io.stdout, JSON.stringify({ ...at, fired }));
        else if (fired.length > 0) await writeLine(io.stdout, describeRecord(where, item.record ?? item.busEvent ?? {}, fired));
      }
    } finally {
      progress.stop();
    }
    await writeLine(io.stdout, json ? JSON.stringify(tally.json()) : tally.text());
    if (detections.length === 0) io.stderr.write(`profiles ${purposes.join(',')} deploy no metric filters or rules\n`);
    return tally.errors > 0 ? 1 : 0;
  },
});

interface NameOptions {
  readonly 'trail-name': string | undefined;
  readonly 'evidence-bucket': readonly string[];
  readonly 'log-key-alias': readonly string[];
}

/**
 * The deployment replayed: the configuration's (its overrides, tuning and names), else example
 * names; names given as flags replace either. Without a configuration stderr says which names
 * are examples, so no one mistakes them for theirs.
 */
function replayModel(config: TrailguardConfig | undefined, options: NameOptions, io: CommandIo): DeploymentModel {
  const flags: Partial<DetectionTargets> = {
    ...(options['evidence-bucket'].length > 0 ? { evidenceBucketNames: [...options['evidence-bucket']] } : {}),
    ...(options['log-key-alias'].length > 0 ? { logKeyAliasNames: [...options['log-key-alias']] } : {}),
    ...(options['trail-name'] === undefined ? {} : { trailName: options['trail-name'] }),
  };
  if (config !== undefined) return deploymentModel(config, { targets: flags });
  const examples = [
    options['trail-name'] === undefined ? `--trail-name ${EXAMPLE_TARGETS.trailName}` : undefined,
    options['evidence-bucket'].length === 0 ? `--evidence-bucket ${EXAMPLE_TARGETS.evidenceBucketNames.join(', ')}` : undefined,
    options['log-key-alias'].length === 0 ? `--log-key-alias ${EXAMPLE_TARGETS.logKeyAliasNames.join(', ')}` : undefined,
  ].filter((text) => text !== undefined);
  if (examples.length > 0) {
    io.stderr.write(`replay: no configuration (no --config, no ./cdktf.json with context.trailguard): watching example names, not yours: ${examples.join('; ')}\n`);
  }
  return exampleModel(flags);
}

import { detectionTargets } from '../../detections/deployment-targets';
import type { DetectionTargets } from '../../detections/types';
import type { TrailguardConfig } from '../../config/load';
import { TrailguardNames } from '../../naming/names';
import { EXAMPLE_TARGETS, deployedDetections } from '../../reports/replay/deployed';
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
    const targets = deploymentTargets(config, options, io);
    let detections;
    try {
      detections = compileDetections(deployedDetections(purposes, targets));
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
 * The names the guardrail watchers watch: flags first, then the configuration's; without a
 * configuration, example names, and stderr says which, so no one mistakes them for theirs.
 */
function deploymentTargets(config: TrailguardConfig | undefined, options: NameOptions, io: CommandIo): DetectionTargets {
  const defaults = config === undefined ? EXAMPLE_TARGETS : detectionTargets(new TrailguardNames(config));
  const targets: DetectionTargets = {
    ...defaults,
    evidenceBucketNames: options['evidence-bucket'].length > 0 ? [...options['evidence-bucket']] : defaults.evidenceBucketNames,
    logKeyAliasNames: options['log-key-alias'].length > 0 ? [...options['log-key-alias']] : defaults.logKeyAliasNames,
    trailName: options['trail-name'] ?? defaults.trailName,
  };
  if (config === undefined) {
    const examples = [
      options['trail-name'] === undefined ? `--trail-name ${targets.trailName}` : undefined,
      options['evidence-bucket'].length === 0 ? `--evidence-bucket ${targets.evidenceBucketNames.join(', ')}` : undefined,
      options['log-key-alias'].length === 0 ? `--log-key-alias ${targets.logKeyAliasNames.join(', ')}` : undefined,
    ].filter((text) => text !== undefined);
    if (examples.length > 0) {
      io.stderr.write(`replay: no configuration (no --config, no ./cdktf.json with context.trailguard): watching example names, not yours: ${examples.join('; ')}\n`);
    }
  }
  return targets;
}

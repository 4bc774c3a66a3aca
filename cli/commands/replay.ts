import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectionTargets } from '../../detections/deployment-targets';
import type { DetectionTargets } from '../../detections/types';
import { TrailguardNames } from '../../naming/names';
import { readConfigFile } from '../config-file';
import type { Command, CommandIo } from '../command';
import { UsageError } from '../command';
import { describeInputError, readJsonLines, writeLine } from '../jsonl';
import { EXAMPLE_TARGETS, PURPOSES, deployedDetections } from '../../reports/replay/deployed';
import type { Purpose } from '../../reports/replay/deployed';
import { compileDetections, firingsFor } from '../../reports/replay/evaluate';
import { ReplayTally, describeRecord } from '../../reports/replay/report';

const USAGE =
  'usage: trailguard replay --events <file.jsonl | -> [--profiles audit,investigation,detection] [--format text|json]\n' +
  '                         [--config <cdktf.json>] [--trail-name <name>] [--evidence-bucket <name>]... [--log-key-alias <alias/...>]...';

/** Replays CloudTrail records through every metric filter and rule trailguard deploys. */
export const replayCommand: Command = {
  summary: 'Show which trailguard alarms and EventBridge rules would fire for CloudTrail records (JSON lines).',
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const options = parse(args);
    let detections;
    try {
      detections = compileDetections(deployedDetections(options.purposes, options.targets));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const tally = new ReplayTally(detections);
    try {
      for await (const item of readJsonLines(options.events, io.stdin)) {
        if ('error' in item || item.value === null || typeof item.value !== 'object' || Array.isArray(item.value)) {
          tally.errors++;
          const error = 'error' in item ? item.error : 'a record must be a JSON object';
          if (options.format === 'json') await writeLine(io.stdout, JSON.stringify({ line: item.line, error }));
          else io.stderr.write(`line ${item.line}: ${error}\n`);
          continue;
        }
        const record = item.value as Record<string, unknown>;
        const fired = firingsFor(record, detections);
        tally.add(fired);
        if (options.format === 'json') await writeLine(io.stdout, JSON.stringify({ line: item.line, fired }));
        else if (fired.length > 0) await writeLine(io.stdout, describeRecord(item.line, record, fired));
      }
    } catch (error) {
      const message = describeInputError(error, options.events);
      if (message === undefined) throw error;
      throw new UsageError(message);
    }
    await writeLine(io.stdout, options.format === 'json' ? JSON.stringify(tally.json()) : tally.text());
    if (detections.length === 0) io.stderr.write(`profiles ${options.purposes.join(',')} deploy no metric filters or rules\n`);
    return tally.errors > 0 ? 1 : 0;
  },
};

interface Options {
  readonly events: string;
  readonly purposes: Purpose[];
  readonly format: 'text' | 'json';
  readonly targets: DetectionTargets;
}

function parse(args: readonly string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        events: { type: 'string' },
        profiles: { type: 'string', default: PURPOSES.join(',') },
        format: { type: 'string', default: 'text' },
        'trail-name': { type: 'string' },
        'evidence-bucket': { type: 'string', multiple: true },
        'log-key-alias': { type: 'string', multiple: true },
        config: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.events === undefined) throw new UsageError(`--events is required\n${USAGE}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
  const purposes = values.profiles.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const unknown = purposes.filter((p) => !(PURPOSES as readonly string[]).includes(p));
  if (unknown.length > 0 || purposes.length === 0) {
    throw new UsageError(`--profiles: unknown purpose ${unknown.map((u) => `"${u}"`).join(', ') || '(none given)'}; expected a comma list of ${PURPOSES.join(', ')}`);
  }
  const defaults = deploymentTargets(values.config);
  return {
    events: values.events,
    purposes: purposes as Purpose[],
    format: values.format,
    targets: {
      ...defaults,
      evidenceBucketNames: values['evidence-bucket'] ?? defaults.evidenceBucketNames,
      logKeyAliasNames: values['log-key-alias'] ?? defaults.logKeyAliasNames,
      trailName: values['trail-name'] ?? defaults.trailName,
    },
  };
}

/**
 * The names the guardrail watchers watch: those of the deployment in `--config` (or a
 * cdktf.json in the working folder), else example names.
 */
function deploymentTargets(configPath: string | undefined): DetectionTargets {
  const path = configPath ?? 'cdktf.json';
  if (configPath === undefined && !existsSync(path)) {
    return EXAMPLE_TARGETS;
  }
  const config = readConfigFile(path);
  return detectionTargets(new TrailguardNames(config), config.detectionTuning);
}

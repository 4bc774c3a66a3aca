import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DetectionTargets } from '../../detections/types';
import { deploymentModel, type DeploymentModel } from '../../model/deployment-model';
import { readConfigFile } from '../config-file';
import type { Command, CommandIo } from '../command';
import { UsageError } from '../command';
import { describeInputError, readJsonLines, writeLine } from '../jsonl';
import { PURPOSES, deployedDetections, exampleModel } from '../../reports/replay/deployed';
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
      detections = compileDetections(deployedDetections(options.model, options.purposes));
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
  readonly model: DeploymentModel;
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
  const flags: Partial<DetectionTargets> = {
    ...(values['evidence-bucket'] === undefined ? {} : { evidenceBucketNames: values['evidence-bucket'] }),
    ...(values['log-key-alias'] === undefined ? {} : { logKeyAliasNames: values['log-key-alias'] }),
    ...(values['trail-name'] === undefined ? {} : { trailName: values['trail-name'] }),
  };
  return { events: values.events, purposes: purposes as Purpose[], format: values.format, model: replayModel(values.config, flags) };
}

/**
 * The deployment replayed: the one in `--config` (or a cdktf.json in the working folder), with
 * its overrides and names, else example names; names given as flags replace either.
 */
function replayModel(configPath: string | undefined, flags: Partial<DetectionTargets>): DeploymentModel {
  const path = configPath ?? 'cdktf.json';
  const config = configPath === undefined && !existsSync(path) ? undefined : readConfigFile(path);
  try {
    return config === undefined ? exampleModel(flags) : deploymentModel(config, { targets: flags });
  } catch (error) {
    // Names given as flags are validated with the detections they feed.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

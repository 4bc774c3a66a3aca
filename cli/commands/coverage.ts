import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deploymentModel } from '../../model/deployment-model';
import { buildCoverage } from '../../reports/coverage/model';
import { renderCoverageJson, renderCoverageMarkdown } from '../../reports/coverage/render';
import { exampleModel } from '../../reports/replay/deployed';
import { parseFormat } from '../arguments';
import type { Command } from '../command';
import { UsageError } from '../command';
import { readConfigFile } from '../config-file';

const HELP = `usage: trailguard coverage [--format md|json] [--config cdktf.json]

For each ATT&CK technique that AWS control-plane activity shows: detected (which rules, how fast),
prevented (which guardrail statement), left to GuardDuty (which findings, whether they page), or a gap.

options:
  --format md|json   output format (default md)
  --config <file>    the deployment's cdktf.json (default: ./cdktf.json if present, else example names)
  -h, --help         show this help
`;

export const coverageCommand: Command = {
  summary: 'Print the ATT&CK coverage matrix: per technique, detected, prevented, left to GuardDuty, or a gap',
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { format: { type: 'string', default: 'md' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (values.help === true) {
      io.stdout.write(HELP);
      return 0;
    }
    const format = parseFormat(values.format, ['md', 'json']);
    const path = values.config ?? 'cdktf.json';
    // Every detection the deployment model can plan, whatever the purposes: the matrix is of the design.
    const { detections } = values.config === undefined && !existsSync(path) ? exampleModel() : deploymentModel(readConfigFile(path));
    const record = buildCoverage({ eventRules: detections.eventRules.definitions, metricFilters: detections.metricFilters.definitions });
    io.stdout.write(format === 'json' ? renderCoverageJson(record) : renderCoverageMarkdown(record));
    return 0;
  },
};

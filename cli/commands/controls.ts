import { parseArgs } from 'node:util';
import { controlsRecord } from '../../reports/controls/record';
import { renderControlsMarkdown, renderControlsTable } from '../../reports/controls/render';
import { parseFormat, parsePurposeList } from '../arguments';
import { UsageError, type Command } from '../command';
import { readConfigFile } from '../config-file';

const HELP = `usage: trailguard controls [--profiles audit,investigation,detection] [--format table|json|md] [--config cdktf.json]

Every Security Hub control that applies to what trailguard builds, for the chosen purposes:
met, not met (with the deliberate reason) or not applicable, the components that satisfy it,
and the CIS AWS Foundations Benchmark recommendations it maps to.

  --profiles  purposes to judge (default: purposeProfiles of the configuration)
  --format    table (default), json (an array of { control, status, why, resources, cis }), md
  --config    the cdktf.json holding context.trailguard (default: cdktf.json)
`;

export const controlsCommand: Command = {
  summary: 'List every applicable Security Hub control for the purposes: met, not met (and why) or not applicable',
  async run(args, io) {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(HELP);
      return 0;
    }
    let values: { profiles?: string; format?: string; config?: string };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { profiles: { type: 'string' }, format: { type: 'string', default: 'table' }, config: { type: 'string', default: 'cdktf.json' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n${HELP}`);
    }
    const format = parseFormat(values.format, ['table', 'json', 'md']);
    const config = readConfigFile(values.config ?? 'cdktf.json');
    const purposes = values.profiles === undefined ? config.purposeProfiles : parsePurposeList('--profiles', values.profiles);
    const record = controlsRecord(config, purposes);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(record.controls.map(({ control, status, why, resources, cis }) => ({ control, status, why, resources, cis })), null, 2)}\n`);
    } else {
      io.stdout.write(format === 'md' ? renderControlsMarkdown(record, config) : renderControlsTable(record));
    }
    return 0;
  },
};

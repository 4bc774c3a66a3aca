import { parseArgs } from 'node:util';
import { SECURITY_LAKE_DELEGATED_VARIABLE } from '../../model/deployment-model';
import { renderRunbookMarkdown } from '../../reports/runbook/render-markdown';
import { buildRunbook } from '../../reports/runbook/runbook';
import { parseFormat, parsePurposeList } from '../arguments';
import type { Command } from '../command';
import { readConfigFile } from '../config-file';

export const runbookCommand: Command = {
  summary: 'Print the runbook: for each deployed alert what it means, who is notified and the first steps; who reviews what, how often',
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        profiles: { type: 'string' },
        format: { type: 'string', default: 'md' },
        config: { type: 'string', default: 'cdktf.json' },
        'security-lake-delegated': { type: 'boolean', default: false },
      },
      strict: true,
    });
    const format = parseFormat(values.format, ['md', 'json']);
    const config = readConfigFile(values.config);
    const purposes = values.profiles === undefined ? config.purposeProfiles : parsePurposeList('--profiles', values.profiles);
    const variables = new Set(values['security-lake-delegated'] ? [SECURITY_LAKE_DELEGATED_VARIABLE] : []);
    const runbook = buildRunbook(config, purposes, variables);
    io.stdout.write(format === 'json' ? `${JSON.stringify(runbook, null, 2)}\n` : renderRunbookMarkdown(runbook));
    return 0;
  },
};

import { SECURITY_LAKE_DELEGATED_VARIABLE } from '../../model/deployment-model';
import { renderRunbookMarkdown } from '../../reports/runbook/render-markdown';
import { buildRunbook } from '../../reports/runbook/runbook';
import { defineCommand } from '../command';
import { CONFIG_OPTION, FORMAT_OPTION, PROFILES_OPTION, requireConfigOption, resolveProfilesOption } from '../shared-options';

export const runbookCommand = defineCommand({
  name: 'runbook',
  summary: 'Print the runbook (Markdown as text): for each deployed alert what it means, who is notified, the first steps; who reviews what',
  options: {
    profiles: PROFILES_OPTION,
    format: FORMAT_OPTION,
    config: CONFIG_OPTION,
    'security-lake-delegated': { type: 'boolean', description: 'As after the management stack delegated Security Lake (security_lake_delegated=true)' },
  },
  async run(options, io) {
    const config = requireConfigOption(options.config);
    const variables = new Set(options['security-lake-delegated'] ? [SECURITY_LAKE_DELEGATED_VARIABLE] : []);
    const runbook = buildRunbook(config, resolveProfilesOption(options.profiles, config), variables);
    io.stdout.write(options.format === 'json' ? `${JSON.stringify(runbook, null, 2)}\n` : renderRunbookMarkdown(runbook));
    return 0;
  },
});

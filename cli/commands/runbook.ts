import { renderRunbookMarkdown } from '../../reports/runbook/render-markdown';
import { buildRunbook } from '../../reports/runbook/runbook';
import { defineCommand } from '../command';
import { CONFIG_OPTION, FORMAT_OPTION, PROFILES_OPTION, requireConfigOption, resolveProfilesOption } from '../shared-options';

export const runbookCommand = defineCommand({
  name: 'runbook',
  summary: 'Print the runbook (Markdown as text): for each deployed alert what it means, who is notified, the first steps; who reviews what',
  options: { profiles: PROFILES_OPTION, format: FORMAT_OPTION, config: CONFIG_OPTION },
  async run(options, io) {
    const config = requireConfigOption(options.config);
    const runbook = buildRunbook(config, resolveProfilesOption(options.profiles, config));
    io.stdout.write(options.format === 'json' ? `${JSON.stringify(runbook, null, 2)}\n` : renderRunbookMarkdown(runbook));
    return 0;
  },
});

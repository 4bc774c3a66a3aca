import { controlsRecord } from '../../reports/controls/record';
import { renderControlsMarkdown, renderControlsTable } from '../../reports/controls/render';
import { defineCommand } from '../command';
import { CONFIG_OPTION, PROFILES_OPTION, requireConfigOption, resolveProfilesOption } from '../shared-options';

export const controlsCommand = defineCommand({
  name: 'controls',
  summary: 'List every applicable Security Hub control for the purposes: met, not met (and why) or not applicable',
  options: {
    profiles: PROFILES_OPTION,
    format: { type: 'string', allowed: ['table', 'json', 'md'], default: 'table', description: 'table, json (an array of { control, status, why, resources, cis }) or md (the auditor\'s page)' },
    config: CONFIG_OPTION,
  },
  epilogue: 'Each control with the components that satisfy it and the CIS AWS Foundations Benchmark recommendations it maps to.',
  async run(options, io) {
    const config = requireConfigOption(options.config);
    const record = controlsRecord(config, resolveProfilesOption(options.profiles, config));
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(record.controls.map(({ control, status, why, resources, cis }) => ({ control, status, why, resources, cis })), null, 2)}\n`);
    } else {
      io.stdout.write(options.format === 'md' ? renderControlsMarkdown(record, config) : renderControlsTable(record));
    }
    return 0;
  },
});

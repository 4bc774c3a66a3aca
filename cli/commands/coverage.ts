import { deploymentModel } from '../../model/deployment-model';
import { buildCoverage } from '../../reports/coverage/model';
import { renderCoverageJson, renderCoverageMarkdown } from '../../reports/coverage/render';
import { exampleModel } from '../../reports/replay/deployed';
import { defineCommand } from '../command';
import { CONFIG_OPTION, loadConfigOption } from '../shared-options';

export const coverageCommand = defineCommand({
  name: 'coverage',
  summary: 'Print the ATT&CK coverage matrix: per technique, detected (how fast), prevented, left to GuardDuty, or a gap',
  options: {
    format: { type: 'string', placeholder: 'md|json', default: 'md', allowed: ['md', 'json'], description: 'Markdown (the page docs/coverage.md is) or JSON' },
    config: CONFIG_OPTION,
  },
  async run(options, io) {
    const config = loadConfigOption(options.config);
    // Every detection the deployment model can plan, whatever the purposes: the matrix is of the design.
    const { detections } = config === undefined ? exampleModel() : deploymentModel(config);
    const record = buildCoverage({ eventRules: detections.eventRules.definitions, metricFilters: detections.metricFilters.definitions });
    io.stdout.write(options.format === 'json' ? renderCoverageJson(record) : renderCoverageMarkdown(record));
    return 0;
  },
});

import { parseArgs } from 'node:util';
import { SECURITY_LAKE_DELEGATED_VARIABLE } from '../../model/deployment-model';
import { decisionRecord } from '../../reports/explain/decision-record';
import { renderRecord } from '../../reports/explain/render-record';
import type { Command } from '../command';
import { readConfigFile } from '../config-file';
import { parseFormat, parseNonNegativeInteger, parsePurposeList } from '../arguments';

export const explainCommand: Command = {
  summary: 'Print the decision record: what is logged, kept, readable and alerted on, why, and what it costs',
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        profiles: { type: 'string' },
        format: { type: 'string', default: 'table' },
        config: { type: 'string', default: 'cdktf.json' },
        'events-per-day': { type: 'string', default: '1000000' },
        'data-events-per-day': { type: 'string' },
        'flow-log-gb-per-day': { type: 'string' },
        'dns-log-gb-per-day': { type: 'string' },
        'security-lake-delegated': { type: 'boolean', default: false },
      },
      strict: true,
    });
    const format = parseFormat(values.format, ['table', 'json']);
    const config = readConfigFile(values.config);
    const purposes = values.profiles === undefined ? config.purposeProfiles : parsePurposeList('--profiles', values.profiles);
    const eventsPerDay = parseNonNegativeInteger('--events-per-day', values['events-per-day']);
    const dataEventsPerDay = values['data-events-per-day'] === undefined ? eventsPerDay : parseNonNegativeInteger('--data-events-per-day', values['data-events-per-day']);
    const gb = (flag: 'flow-log-gb-per-day' | 'dns-log-gb-per-day') => (values[flag] === undefined ? undefined : parseNonNegativeInteger(`--${flag}`, values[flag]));
    const variables = new Set(values['security-lake-delegated'] ? [SECURITY_LAKE_DELEGATED_VARIABLE] : []);
    const record = decisionRecord(config, purposes, { eventsPerDay, dataEventsPerDay, flowLogGbPerDay: gb('flow-log-gb-per-day'), dnsLogGbPerDay: gb('dns-log-gb-per-day') }, variables);
    io.stdout.write(format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : renderRecord(record));
    return 0;
  },
};

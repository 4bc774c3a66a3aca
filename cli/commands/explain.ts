import { SECURITY_LAKE_DELEGATED_VARIABLE } from '../../model/deployment-model';
import { decisionRecord } from '../../reports/explain/decision-record';
import { renderRecord } from '../../reports/explain/render-record';
import { defineCommand, UsageError } from '../command';
import { CONFIG_OPTION, FORMAT_OPTION, PROFILES_OPTION, requireConfigOption, resolveProfilesOption } from '../shared-options';

export const explainCommand = defineCommand({
  name: 'explain',
  summary: 'Print the decision record: what is logged, kept, readable and alerted on, why, and what it costs',
  options: {
    profiles: PROFILES_OPTION,
    format: FORMAT_OPTION,
    config: CONFIG_OPTION,
    'events-per-day': { type: 'string', placeholder: '<count>', default: '1000000', description: 'Management events per day, for the cost estimate' },
    'data-events-per-day': { type: 'string', placeholder: '<count>', description: 'Data events per day, for the cost estimate; default: --events-per-day' },
    'flow-log-gb-per-day': { type: 'string', placeholder: '<GB>', description: 'VPC flow logs per day, organization-wide, for the cost estimate; default: an assumption the output states' },
    'dns-log-gb-per-day': { type: 'string', placeholder: '<GB>', description: 'Route 53 Resolver query logs per day, for the cost estimate; default: an assumption the output states' },
    'security-lake-delegated': { type: 'boolean', description: 'Explain as after the management stack delegated Security Lake (security_lake_delegated=true)' },
  },
  async run(options, io) {
    const config = requireConfigOption(options.config);
    const purposes = resolveProfilesOption(options.profiles, config);
    const eventsPerDay = wholeNumber('--events-per-day', options['events-per-day']);
    const dataEventsPerDay = options['data-events-per-day'] === undefined ? eventsPerDay : wholeNumber('--data-events-per-day', options['data-events-per-day']);
    const gb = (flag: 'flow-log-gb-per-day' | 'dns-log-gb-per-day') => (options[flag] === undefined ? undefined : wholeNumber(`--${flag}`, options[flag]));
    const variables = new Set(options['security-lake-delegated'] ? [SECURITY_LAKE_DELEGATED_VARIABLE] : []);
    const record = decisionRecord(config, purposes, { eventsPerDay, dataEventsPerDay, flowLogGbPerDay: gb('flow-log-gb-per-day'), dnsLogGbPerDay: gb('dns-log-gb-per-day') }, variables);
    io.stdout.write(options.format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : renderRecord(record));
    return 0;
  },
});

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new UsageError(`${flag}: got "${text}"; expected a whole number of 0 or more`);
  return value;
}

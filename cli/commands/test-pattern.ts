import { compileEventPattern } from '../../patterns/event-pattern';
import { compileFilterPattern } from '../../patterns/filter-pattern';
import { toBusEvent } from '../../patterns/cloudtrail-envelope';
import { defineCommand, UsageError } from '../command';
import { writeLine } from '../output';
import { EVENTS_OPTION } from '../records/events-option';
import { readRecords, type RecordItem } from '../records/read-records';

/** Runs one pattern over CloudTrail records, one JSON verdict per record on stdout. */
export const testPatternCommand = defineCommand({
  name: 'test-pattern',
  summary: 'Evaluate one metric filter pattern or EventBridge pattern over CloudTrail records',
  options: {
    'filter-pattern': { type: 'string', placeholder: "'<pattern>'", description: 'A CloudWatch Logs JSON filter pattern, matched against each record' },
    'event-pattern': { type: 'string', placeholder: "'<json>'", description: 'An EventBridge event pattern, matched against each record as EventBridge delivers it' },
    events: EVENTS_OPTION,
  },
  epilogue: 'Give exactly one of --filter-pattern and --event-pattern. Prints one JSON verdict per record; exit 1 when a record cannot be judged.',
  async run(options, io) {
    const verdict = compile(options['filter-pattern'], options['event-pattern']);
    let records = 0;
    let matched = 0;
    let errors = 0;
    for await (const item of readRecords('--events', options.events, io.stdin)) {
      records++;
      const at = { source: item.source, index: item.index, ...(item.line === undefined ? {} : { line: item.line }) };
      const result = 'error' in item ? item.error : verdict(item);
      if (typeof result === 'string') {
        errors++;
        await writeLine(io.stdout, JSON.stringify({ ...at, error: result }));
        continue;
      }
      if (result) matched++;
      await writeLine(io.stdout, JSON.stringify({ ...at, matched: result }));
    }
    io.stderr.write(`${records} records, ${matched} matched, ${errors} errors\n`);
    return errors > 0 ? 1 : 0;
  },
});

type Judged = Exclude<RecordItem, { readonly error: string }>;

/** Returns a verdict function: true/false, or an error text for a record that cannot be judged. */
function compile(filterPattern: string | undefined, eventPattern: string | undefined): (item: Judged) => boolean | string {
  if ((filterPattern === undefined) === (eventPattern === undefined)) throw new UsageError('give exactly one of --filter-pattern and --event-pattern');
  try {
    if (filterPattern !== undefined) {
      const pattern = compileFilterPattern(filterPattern);
      // A metric filter reads the trail's log group, where only CloudTrail records arrive.
      return (item) => (item.record === undefined ? 'not a CloudTrail record, so no metric filter sees it' : pattern.matches(item.record));
    }
    const pattern = compileEventPattern(eventPattern as string);
    return (item) => pattern.matches(item.busEvent ?? toBusEvent(item.record as Record<string, unknown>));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

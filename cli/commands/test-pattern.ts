import { parseArgs } from 'node:util';
import type { Command, CommandIo } from '../command';
import { UsageError } from '../command';
import { describeInputError, readJsonLines, writeLine } from '../jsonl';
import { compileFilterPattern } from '../../patterns/filter-pattern';
import { compileEventPattern } from '../../patterns/event-pattern';
import { isBusEvent, toBusEvent } from '../../patterns/cloudtrail-envelope';

const USAGE = "usage: trailguard test-pattern (--filter-pattern '<pattern>' | --event-pattern '<json>') --events <file.jsonl | ->";

/** Runs one pattern over CloudTrail records, one JSON verdict per input line on stdout. */
export const testPatternCommand: Command = {
  summary: 'Evaluate a metric filter pattern or an EventBridge pattern over CloudTrail records (JSON lines).',
  async run(args: readonly string[], io: CommandIo): Promise<number> {
    const options = parse(args);
    const matches = compile(options);
    let records = 0;
    let matched = 0;
    let errors = 0;
    try {
      for await (const item of readJsonLines(options.events, io.stdin)) {
        records++;
        if ('error' in item) {
          errors++;
          await writeLine(io.stdout, JSON.stringify({ line: item.line, error: item.error }));
          continue;
        }
        const verdict = matches(item.value);
        if (typeof verdict === 'string') {
          errors++;
          await writeLine(io.stdout, JSON.stringify({ line: item.line, error: verdict }));
          continue;
        }
        if (verdict) matched++;
        await writeLine(io.stdout, JSON.stringify({ line: item.line, matched: verdict }));
      }
    } catch (error) {
      const message = describeInputError(error, options.events);
      if (message === undefined) throw error;
      throw new UsageError(message);
    }
    io.stderr.write(`${records} records, ${matched} matched, ${errors} errors\n`);
    return errors > 0 ? 1 : 0;
  },
};

interface Options {
  readonly filterPattern?: string;
  readonly eventPattern?: string;
  readonly events: string;
}

function parse(args: readonly string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { 'filter-pattern': { type: 'string' }, 'event-pattern': { type: 'string' }, events: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const filterPattern = values['filter-pattern'];
  const eventPattern = values['event-pattern'];
  if ((filterPattern === undefined) === (eventPattern === undefined)) throw new UsageError(`give exactly one of --filter-pattern and --event-pattern\n${USAGE}`);
  if (values.events === undefined) throw new UsageError(`--events is required\n${USAGE}`);
  return { filterPattern, eventPattern, events: values.events };
}

/** Returns a verdict function: true/false, or an error text for a record that cannot be judged. */
function compile(options: Options): (record: unknown) => boolean | string {
  try {
    if (options.filterPattern !== undefined) {
      const pattern = compileFilterPattern(options.filterPattern);
      return (record) => pattern.matches(record);
    }
    const pattern = compileEventPattern(options.eventPattern as string);
    return (record) => {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) return 'a record must be a JSON object';
      // A line that already is a bus event (it has detail-type) is matched as is.
      return pattern.matches(isBusEvent(record) ? record : toBusEvent(record as Record<string, unknown>));
    };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

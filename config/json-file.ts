import { readFileSync } from 'node:fs';

/** A configuration file that is not valid JSON, named with the line and column of the mistake. */
export class JsonSyntaxError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, detail: string) {
    super(`${file}:${line}:${column}: not valid JSON: ${detail}`);
    this.name = 'JsonSyntaxError';
  }
}

/** Reads and parses a JSON file; a syntax error names the file, line and column instead of a byte offset. */
export function readJsonFile(path: string): unknown {
  return parseJsonText(readFileSync(path, 'utf8'), path);
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "... in JSON at position 57" for most mistakes, nothing for a truncated file.
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
    const before = text.slice(0, position).split('\n');
    const detail = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, "[\s\S]*" is not valid JSON$/, '');
    throw new JsonSyntaxError(file, before.length, before[before.length - 1].length + 1, detail);
  }
}

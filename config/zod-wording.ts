import type { z } from 'zod';

/**
 * Our wording for the checks whose schema gives no message of its own, so zod's defaults ("Invalid
 * input: expected object, received undefined") never reach a user. Messages written in the schema
 * take precedence over this map.
 */
export function trailguardWording(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${describeType(String(issue.expected))}${issue.input === undefined ? ' (the field is required)' : ''}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `expected text in the format ${issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return 'expected a value of the documented form (see the configuration reference in README.md)';
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function describeType(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}

function unit(origin: unknown): string {
  if (origin === 'array' || origin === 'set') return ' items';
  if (origin === 'string') return ' characters';
  return '';
}

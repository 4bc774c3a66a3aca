import { isPurpose, PURPOSES, type Purpose } from '../profiles/purposes';
import { UsageError } from './command';

/** A comma-separated purpose list, rejected with the allowed names when wrong. */
export function parsePurposeList(flag: string, text: string): Purpose[] {
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !isPurpose(name));
  const duplicates = names.filter((name, index) => names.indexOf(name) !== index);
  if (names.length === 0 || unknown.length > 0 || duplicates.length > 0) {
    throw new UsageError(`${flag}: got "${text}"; expected a comma-separated list of distinct purposes from: ${PURPOSES.join(', ')}`);
  }
  return names as Purpose[];
}

export function parseFormat<F extends string>(text: string | undefined, allowed: readonly F[]): F {
  if (text === undefined || !(allowed as readonly string[]).includes(text)) {
    throw new UsageError(`--format: got "${text}"; expected one of: ${allowed.join(', ')}`);
  }
  return text as F;
}

export function parseNonNegativeInteger(flag: string, text: string | undefined): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(value)) {
    throw new UsageError(`${flag}: got "${text}"; expected a whole number of 0 or more`);
  }
  return value;
}

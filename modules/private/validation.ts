import type { Construct } from 'constructs';
import { CUSTOMER_KEY_ALIAS_RULE, isCustomerKeyAlias, isS3BucketName, S3_BUCKET_NAME_RULE } from '../../naming/rules';
import { knownAtSynth } from './synth-time';

/**
 * Validation shared by every construct: one message format (the prop, the value received,
 * what is allowed), checks that skip values only known at plan time, and one way to report
 * them. `validateProps` registers the checks with `node.addValidation`, so cdktf runs them at
 * synth and names each problem with its construct path; every problem of the app is listed at once.
 */
export function validateProps(construct: Construct, check: () => readonly string[]): void {
  construct.node.addValidation({ validate: () => [...check()] });
}

/** For pure builders, which have no construct to report through: one error naming every problem. */
export function throwIfProblems(what: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`${what}: ${problems.join('; ')}`);
}

/** One problem: `prop: got <value>; expected <allowed>`. */
export function problem(prop: string, received: unknown, expected: string): string {
  return `${prop}: got ${describe(received)}; expected ${expected}`;
}

/** A check that holds, or a problem; skipped when the value is a plan-time token. */
export function check(prop: string, value: unknown, holds: boolean, expected: string): string[] {
  return !knownAtSynth(value) || holds ? [] : [problem(prop, value, expected)];
}

export function bucketNameProblems(prop: string, name: string): string[] {
  return check(prop, name, isS3BucketName(name), S3_BUCKET_NAME_RULE);
}

export function keyAliasProblems(prop: string, alias: string): string[] {
  return check(prop, alias, isCustomerKeyAlias(alias), CUSTOMER_KEY_ALIAS_RULE);
}

/** A whole number of days of at least `min`. */
export function daysProblems(prop: string, days: number, min = 1): string[] {
  return check(prop, days, Number.isInteger(days) && days >= min, `a whole number of days, at least ${min}`);
}

export function oneOfProblems(prop: string, value: string, allowed: readonly string[]): string[] {
  return check(prop, value, allowed.includes(value), `one of ${allowed.join(', ')}`);
}

/** One problem per name longer than AWS allows. */
export function nameLengthProblems(prop: string, names: readonly string[], max: number): string[] {
  return names.flatMap((name) => check(prop, name, name.length <= max, `at most ${max} characters (it has ${name.length})`));
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value) && value.length === 0) return 'an empty list';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error';
import { didYouMean } from './did-you-mean';
import { knownFieldsAt } from './known-fields';
import { relationProblems } from './relations';
import { trailguardConfigSchema, type ParsedConfig } from './schema';
import { trailguardWording } from './zod-wording';

/** The validated configuration every stack is built from. */
export interface TrailguardConfig extends ParsedConfig {
  /** Roots or OUs the guardrail policies attach to. */
  readonly guardrailTargets: string[];
  /** `aws:PrincipalArn` patterns that may assume the log-archive and security deployment roles. */
  readonly deployerPrincipals: string[];
}

/** The context key under which cdktf.json holds the configuration. */
export const CONTEXT_KEY = 'trailguard';

/**
 * Parses the configuration in one pass: every problem is collected, then thrown together
 * as a ConfigError naming each path, the value received and what is allowed.
 */
export function parseConfig(raw: unknown): TrailguardConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError([{ path: CONTEXT_KEY, received: raw, expected: 'expected an object with the trailguard configuration (context.trailguard in cdktf.json)' }]);
  }
  const result = trailguardConfigSchema.safeParse(raw, { reportInput: true, error: trailguardWording });
  const problems = distinct([...(result.success ? [] : result.error.issues.flatMap(toProblems)), ...relationProblems(raw as Record<string, unknown>)]);
  if (!result.success || problems.length > 0) {
    throw new ConfigError(problems);
  }
  const config = result.data;
  return {
    ...config,
    guardrailTargets: config.guardrailTargets ?? [config.organizationRootId],
    // By default, the management account's roles: its principals can lift every guardrail anyway.
    deployerPrincipals: config.deployerPrincipals ?? [`arn:${config.partition}:iam::${config.accounts.management}:role/*`],
  };
}

function toProblems(issue: z.core.$ZodIssue): ConfigProblem[] {
  const path = pathText(issue.path);
  if (issue.code === 'unrecognized_keys') {
    // One problem per unknown field, with the known field it was probably meant to be.
    const known = knownFieldsAt(trailguardConfigSchema, issue.path);
    return issue.keys.map((key) => ({
      path: pathText([...issue.path, key]),
      received: (issue.input as Record<string, unknown> | undefined)?.[key],
      expected: `expected no field "${key}" here${didYouMean(key, known) || ` (known fields: ${known.join(', ')})`}`,
    }));
  }
  return [{ path: path || CONTEXT_KEY, received: issue.input, expected: issue.message }];
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

/** The same problem found by two checks is reported once. */
function distinct(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.expected}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

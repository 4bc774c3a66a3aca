import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error';
import { relationProblems } from './relations';
import { trailguardConfigSchema, type ParsedConfig } from './schema';

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
  const result = trailguardConfigSchema.safeParse(raw, { reportInput: true });
  const problems = [...(result.success ? [] : result.error.issues.map(toProblem)), ...relationProblems(raw as Record<string, unknown>)];
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

function toProblem(issue: z.core.$ZodIssue): ConfigProblem {
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  if (issue.code === 'unrecognized_keys') {
    return { path: path || CONTEXT_KEY, received: issue.keys, expected: 'expected only known fields (see the configuration reference in README.md)' };
  }
  return { path: path || CONTEXT_KEY, received: issue.input, expected: issue.message };
}

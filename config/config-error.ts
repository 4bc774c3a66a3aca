/** One thing wrong with the configuration: where, what was given, and what is allowed. */
export interface ConfigProblem {
  readonly path: string;
  readonly received: unknown;
  readonly expected: string;
}

/** Every problem of a configuration at once, so a user fixes them in one pass. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[], readonly file?: string) {
    super(
      [
        `Invalid trailguard configuration${file === undefined ? '' : ` in ${file}`} (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
        ...problems.map((problem) => `  - ${problem.path}: got ${describe(problem.received)}; ${problem.expected}`),
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

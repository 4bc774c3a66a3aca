/** The streams a command writes to, injectable so tests can capture them. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

/** One `trailguard <name>` sub-command. Resolves to the process exit code. */
export interface Command {
  readonly summary: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** A usage problem: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

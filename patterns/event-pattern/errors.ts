/** An event pattern EventBridge would reject. `path` names where in the pattern the problem is. */
export class EventPatternError extends Error {
  public readonly path: string;

  public constructor(path: string, problem: string) {
    super(`event pattern ${path === '' ? '(root)' : path}: ${problem}`);
    this.name = 'EventPatternError';
    this.path = path;
  }
}

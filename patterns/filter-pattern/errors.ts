/**
 * A filter pattern that CloudWatch Logs would refuse. `position` is 1-based so it can be
 * shown next to the pattern text the way a user counts characters.
 */
export class PatternSyntaxError extends Error {
  public readonly position: number;
  public readonly expected: string;

  public constructor(position: number, expected: string, found?: string) {
    super(`filter pattern error at position ${position}: expected ${expected}${found === undefined ? '' : `, found ${found}`}`);
    this.name = 'PatternSyntaxError';
    this.position = position;
    this.expected = expected;
  }
}

import type { ComparisonOp, FilterNode, Literal, PathStep } from './ast';
import { PatternSyntaxError } from './errors';
import type { Token } from './tokenizer';
import { tokenize } from './tokenizer';

/** PutMetricFilter rejects a filterPattern longer than this. */
export const MAX_PATTERN_LENGTH = 1024;
/** "There is a limit of 2 regex for each filter pattern" (CloudWatch Logs quotas). */
export const MAX_REGEX_PER_PATTERN = 2;

// JSON-style numbers, exponent included (1e3, -2.5E-2); anything else unquoted is a string.
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a JSON filter pattern `{ ... }` into an AST. Precedence is `()` > `&&` > `||`,
 * as the CloudWatch Logs user guide documents.
 */
export function parseFilterPattern(text: string): FilterNode {
  if (text.length > MAX_PATTERN_LENGTH) {
    throw new PatternSyntaxError(MAX_PATTERN_LENGTH + 1, `at most ${MAX_PATTERN_LENGTH} characters`, `${text.length} characters`);
  }
  return new Parser(tokenize(text)).parsePattern();
}

class Parser {
  private index = 0;
  private regexCount = 0;

  public constructor(private readonly tokens: readonly Token[]) {}

  public parsePattern(): FilterNode {
    this.expect('lbrace', "'{' (only JSON filter patterns are supported)");
    const node = this.parseOr();
    this.expect('rbrace', "'&&', '||' or '}'");
    const rest = this.peek();
    if (rest.kind !== 'eof') throw this.error(rest, "end of pattern after '}'");
    return node;
  }

  private parseOr(): FilterNode {
    const children = [this.parseAnd()];
    while (this.peek().kind === 'or') {
      this.index++;
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children };
  }

  private parseAnd(): FilterNode {
    const children = [this.parsePrimary()];
    while (this.peek().kind === 'and') {
      this.index++;
      children.push(this.parsePrimary());
    }
    return children.length === 1 ? children[0] : { kind: 'and', children };
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token.kind === 'lparen') {
      this.index++;
      const node = this.parseOr();
      this.expect('rparen', "'&&', '||' or ')'");
      return node;
    }
    if (token.kind !== 'selector') throw this.error(token, "a property selector starting with '$.' or '('");
    this.index++;
    return this.parseCondition(parsePath(token.text));
  }

  private parseCondition(path: readonly PathStep[]): FilterNode {
    const token = this.next();
    if (token.kind === 'op') {
      return { kind: 'compare', path, op: token.text as ComparisonOp, literal: this.parseLiteral(token.text as ComparisonOp) };
    }
    if (token.kind === 'word' && token.text === 'IS') {
      const what = this.next();
      if (what.kind === 'word' && what.text === 'NULL') return { kind: 'is', path, value: null };
      if (what.kind === 'word' && what.text === 'TRUE') return { kind: 'is', path, value: true };
      if (what.kind === 'word' && what.text === 'FALSE') return { kind: 'is', path, value: false };
      throw this.error(what, 'NULL, TRUE or FALSE after IS');
    }
    if (token.kind === 'word' && token.text === 'NOT') {
      const what = this.next();
      if (what.kind === 'word' && what.text === 'EXISTS') return { kind: 'not-exists', path };
      throw this.error(what, 'EXISTS after NOT');
    }
    throw this.error(token, 'an operator (=, !=, <, >, <=, >=), IS or NOT EXISTS');
  }

  private parseLiteral(op: ComparisonOp): Literal {
    const token = this.next();
    const numericOnly = op !== '=' && op !== '!=';
    if (token.kind === 'word' && NUMBER.test(token.text)) {
      return { kind: 'number', value: Number(token.text) };
    }
    if (numericOnly) throw this.error(token, `a number after '${op}' (strings only take = and !=)`);
    if (token.kind === 'string' || token.kind === 'word') return { kind: 'string', value: token.text };
    if (token.kind === 'regex') {
      this.regexCount++;
      if (this.regexCount > MAX_REGEX_PER_PATTERN) throw this.error(token, `at most ${MAX_REGEX_PER_PATTERN} regular expressions per pattern`);
      return { kind: 'regex', source: token.text };
    }
    throw this.error(token, 'a value: a number, a string, a "quoted string" or a %regex%');
  }

  private expect(kind: Token['kind'], expected: string): Token {
    const token = this.next();
    if (token.kind !== kind) throw this.error(token, expected);
    return token;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'eof') this.index++;
    return token;
  }

  private error(token: Token, expected: string): PatternSyntaxError {
    return new PatternSyntaxError(token.position, expected, token.kind === 'eof' ? 'end of pattern' : `'${token.text}'`);
  }
}

function parsePath(selector: string): PathStep[] {
  // The tokenizer has already checked the shape; this only splits it.
  const steps: PathStep[] = [];
  const re = /\.([^.[]+)|\[(\d+)\]/g;
  for (let m = re.exec(selector.slice(1)); m !== null; m = re.exec(selector.slice(1))) {
    steps.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  return steps;
}

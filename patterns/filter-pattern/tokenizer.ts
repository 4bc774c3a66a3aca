import { linearRegexError } from '../matchers/regex';
import { PatternSyntaxError } from './errors';

export type TokenKind =
  | 'lbrace' | 'rbrace' | 'lparen' | 'rparen' | 'and' | 'or' | 'op'
  | 'selector' | 'string' | 'regex' | 'word' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** The source text, or for `string`/`regex` the unescaped content. */
  readonly text: string;
  /** 1-based character position of the token's first character. */
  readonly position: number;
}

// AWS documents that values with characters other than alphanumerics and `_` need quotes, yet the
// Security Hub CIS texts it requires use unquoted `kms.amazonaws.com`, and its docs show
// `$.sourceIPAddress != 123.123.*`: so an unquoted value may also carry `. - * : / @ +`.
const WORD_CHAR = /[A-Za-z0-9_.*\-:/@+]/;
const NAME_CHAR = /[A-Za-z0-9_\-@:]/;

// From "Supported regular expressions (regex) syntax" (CloudWatch Logs user guide): alphanumerics,
// the symbols `_ # = @ / ; , - :` and the operators `^ $ ? [ ] { } | \ * + .`. Spaces are accepted
// too because AWS's own CDK example regex is `bind: address already in use`.
const REGEX_CHAR = /[A-Za-z0-9_#=@/;,\-: ^$?[\]{}|\\*+.]/;

/** Splits a filter pattern into tokens; every error carries the 1-based position. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const position = i + 1;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '{' || c === '}' || c === '(' || c === ')') {
      const kind = c === '{' ? 'lbrace' : c === '}' ? 'rbrace' : c === '(' ? 'lparen' : 'rparen';
      tokens.push({ kind, text: c, position });
      i++;
    } else if (c === '&' || c === '|') {
      if (text[i + 1] !== c) throw new PatternSyntaxError(position, `'${c}${c}'`, quote(text.slice(i, i + 2)));
      tokens.push({ kind: c === '&' ? 'and' : 'or', text: c + c, position });
      i += 2;
    } else if (c === '=' ) {
      tokens.push({ kind: 'op', text: '=', position });
      i++;
    } else if (c === '!' || c === '<' || c === '>') {
      if (text[i + 1] === '=') {
        tokens.push({ kind: 'op', text: `${c}=`, position });
        i += 2;
      } else if (c === '!') {
        throw new PatternSyntaxError(position, "'!='", quote(text.slice(i, i + 2)));
      } else {
        tokens.push({ kind: 'op', text: c, position });
        i++;
      }
    } else if (c === '$') {
      i = readSelector(text, i, tokens);
    } else if (c === '"') {
      i = readString(text, i, tokens);
    } else if (c === '%') {
      i = readRegex(text, i, tokens);
    } else if (WORD_CHAR.test(c)) {
      let end = i;
      while (end < text.length && WORD_CHAR.test(text[end])) end++;
      tokens.push({ kind: 'word', text: text.slice(i, end), position });
      i = end;
    } else {
      throw new PatternSyntaxError(position, 'a selector, operator, value or quoted string', quote(c));
    }
  }
  tokens.push({ kind: 'eof', text: '', position: text.length + 1 });
  return tokens;
}

function readSelector(text: string, start: number, tokens: Token[]): number {
  let i = start + 1;
  let steps = 0;
  while (i < text.length && (text[i] === '.' || text[i] === '[')) {
    if (text[i] === '.') {
      let end = i + 1;
      while (end < text.length && NAME_CHAR.test(text[end])) end++;
      if (end === i + 1) throw new PatternSyntaxError(i + 2, "a property name after '.'", found(text, i + 1));
      i = end;
    } else {
      let end = i + 1;
      while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
      if (end === i + 1) throw new PatternSyntaxError(i + 2, 'an array index (digits)', found(text, i + 1));
      if (text[end] !== ']') throw new PatternSyntaxError(end + 1, "']'", found(text, end));
      i = end + 1;
    }
    steps++;
  }
  if (steps === 0) throw new PatternSyntaxError(start + 2, "'.' or '[' after '$'", found(text, start + 1));
  tokens.push({ kind: 'selector', text: text.slice(start, i), position: start + 1 });
  return i;
}

function readString(text: string, start: number, tokens: Token[]): number {
  let value = '';
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else {
      value += text[i];
      i++;
    }
  }
  if (i >= text.length) throw new PatternSyntaxError(text.length + 1, `a closing '"' for the string opened at position ${start + 1}`, 'end of pattern');
  tokens.push({ kind: 'string', text: value, position: start + 1 });
  return i + 1;
}

function readRegex(text: string, start: number, tokens: Token[]): number {
  const end = text.indexOf('%', start + 1);
  if (end < 0) throw new PatternSyntaxError(text.length + 1, `a closing '%' for the regex opened at position ${start + 1}`, 'end of pattern');
  const body = text.slice(start + 1, end);
  if (body.length === 0) throw new PatternSyntaxError(start + 2, 'a regular expression between the % signs', "'%'");
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '(' || ch === ')') {
      throw new PatternSyntaxError(start + 2 + k, 'a regex without parentheses (CloudWatch Logs regex has no groups)', quote(ch));
    }
    if (!REGEX_CHAR.test(ch)) {
      throw new PatternSyntaxError(start + 2 + k, 'a regex character CloudWatch Logs supports', quote(ch));
    }
  }
  // CloudWatch Logs would refuse a regex that does not compile; RE2's message says why.
  const problem = linearRegexError(body);
  if (problem !== undefined) throw new PatternSyntaxError(start + 2, 'a valid regular expression', `${quote(body)} (${problem})`);
  tokens.push({ kind: 'regex', text: body, position: start + 1 });
  return end + 1;
}

function found(text: string, index: number): string {
  return index >= text.length ? 'end of pattern' : quote(text[index]);
}

function quote(s: string): string {
  return `'${s}'`;
}

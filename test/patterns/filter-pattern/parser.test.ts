import { PatternSyntaxError, compileFilterPattern, parseFilterPattern } from '../../../patterns/filter-pattern';

function syntaxError(pattern: string): PatternSyntaxError {
  try {
    compileFilterPattern(pattern);
  } catch (error) {
    if (error instanceof PatternSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a PatternSyntaxError for ${pattern}`);
}

describe('parser precedence', () => {
  it('groups && under || (a || b && c)', () => {
    const ast = parseFilterPattern('{$.a=1 || $.b=2 && $.c=3}');
    expect(ast.kind).toBe('or');
    expect(ast.kind === 'or' && ast.children.map((c) => c.kind)).toEqual(['compare', 'and']);
  });
  it('keeps a parenthesised || inside an &&', () => {
    const ast = parseFilterPattern('{($.a=1 || $.b=2) && $.c=3}');
    expect(ast.kind === 'and' && ast.children.map((c) => c.kind)).toEqual(['or', 'compare']);
  });
  it('reads an unquoted token that is a number as a number, and one that is not as a string', () => {
    const number = parseFilterPattern('{$.a = -2.5E-2}');
    const text = parseFilterPattern('{$.a = 123.123.*}');
    expect(number.kind === 'compare' && number.literal).toEqual({ kind: 'number', value: -0.025 });
    expect(text.kind === 'compare' && text.literal).toEqual({ kind: 'string', value: '123.123.*' });
  });
});

describe('rejects invalid patterns with the 1-based position and what was expected', () => {
  it.each([
    // [pattern, position, expected text]
    ['$.a = 1', 1, "'{' (only JSON filter patterns are supported)"],
    ['{}', 2, "a property selector starting with '$.' or '('"],
    ['{$.a = }', 8, 'a value: a number, a string, a "quoted string" or a %regex%'],
    ['{$.a = 1', 9, "'&&', '||' or '}'"],
    ['{$.a = 1}}', 10, "end of pattern after '}'"],
    ['{($.a = 1}', 10, "'&&', '||' or ')'"],
    ['{$.a}', 5, 'an operator (=, !=, <, >, <=, >=), IS or NOT EXISTS'],
    ['{$.a IS EMPTY}', 9, 'NULL, TRUE or FALSE after IS'],
    ['{$.a NOT THERE}', 10, 'EXISTS after NOT'],
    ['{$.a < "x"}', 8, "a number after '<' (strings only take = and !=)"],
    ['{$.a >= abc}', 9, "a number after '>=' (strings only take = and !=)"],
    ['{$.a = 1 & $.b = 2}', 10, "'&&'"],
    ['{$.a = 1 | $.b = 2}', 10, "'||'"],
    ['{$.a ! 1}', 6, "'!='"],
    ['{$ = 1}', 3, "'.' or '[' after '$'"],
    ['{$. = 1}', 4, "a property name after '.'"],
    ['{$.a[x] = 1}', 6, 'an array index (digits)'],
    ['{$.a[1 = 1}', 7, "']'"],
    ['{$.a = "open}', 14, "a closing '\"' for the string opened at position 8"],
    ['{$.a = %abc}', 13, "a closing '%' for the regex opened at position 8"],
    ['{$.a = %%}', 9, 'a regular expression between the % signs'],
    ['{$.a = %(ab)%}', 9, 'a regex without parentheses (CloudWatch Logs regex has no groups)'],
    ['{$.a = %ab!%}', 11, 'a regex character CloudWatch Logs supports'],
    ['{$.a = %é%}', 9, 'a regex character CloudWatch Logs supports'],
    ['{$.a = %a% || $.b = %b% || $.c = %c%}', 34, 'at most 2 regular expressions per pattern'],
    ['{$.a = 1 ; $.b = 2}', 10, 'a selector, operator, value or quoted string'],
  ])('rejects %s at position %i', (pattern, position, expected) => {
    const error = syntaxError(pattern);
    expect(error.position).toBe(position);
    expect(error.expected).toBe(expected);
    expect(error.message).toMatch(new RegExp(`^filter pattern error at position ${position}: expected `));
  });

  it('rejects a pattern longer than 1,024 characters', () => {
    const pattern = `{${' '.repeat(1018)}$.a=1}`;
    expect(pattern).toHaveLength(1025);
    expect(() => compileFilterPattern(pattern)).toThrow(/position 1025: expected at most 1024 characters, found 1025 characters/);
  });

  it('accepts a pattern of exactly 1,024 characters', () => {
    const pattern = `{${' '.repeat(1017)}$.a=1}`;
    expect(pattern).toHaveLength(1024);
    expect(compileFilterPattern(pattern).matches({ a: 1 })).toBe(true);
  });

  it('accepts two regular expressions', () => {
    expect(compileFilterPattern('{$.a = %a% || $.b = %b%}').matches({ b: 'b' })).toBe(true);
  });
});

import { compileFilterPattern } from '../../../patterns/filter-pattern';

const m = (pattern: string, event: unknown): boolean => compileFilterPattern(pattern).matches(event);

describe('string comparisons', () => {
  const event = { eventName: 'ConsoleLogin', eventSource: 'kms.amazonaws.com', errorCode: 'Client.UnauthorizedOperation', msg: 'a "quoted" word' };

  it('matches = on an unquoted value, including dotted hostnames', () => {
    expect(m('{$.eventName=ConsoleLogin}', event)).toBe(true);
    expect(m('{$.eventSource=kms.amazonaws.com}', event)).toBe(true);
  });
  it('does not match = on a different value', () => {
    expect(m('{$.eventName=ConsoleLogout}', event)).toBe(false);
  });
  it('is case-sensitive', () => {
    expect(m('{$.eventName=consolelogin}', event)).toBe(false);
  });
  it('matches a quoted value with escaped quotes', () => {
    expect(m('{$.msg = "a \\"quoted\\" word"}', event)).toBe(true);
    expect(m('{$.msg = "a quoted word"}', event)).toBe(false);
  });
  it('matches != when the value differs and not when it is equal', () => {
    expect(m('{$.eventName != "ConsoleLogout"}', event)).toBe(true);
    expect(m('{$.eventName != "ConsoleLogin"}', event)).toBe(false);
  });
  it('matches a leading, trailing or inner * wildcard', () => {
    expect(m('{$.errorCode = "*UnauthorizedOperation"}', event)).toBe(true);
    expect(m('{$.errorCode = "Client.*"}', event)).toBe(true);
    expect(m('{$.errorCode = "Client*Operation"}', event)).toBe(true);
    expect(m('{$.errorCode = "*"}', event)).toBe(true);
  });
  it('does not match a wildcard whose fixed parts are absent', () => {
    expect(m('{$.errorCode = "AccessDenied*"}', event)).toBe(false);
    expect(m('{$.errorCode = "Client*Denied"}', event)).toBe(false);
    expect(m('{$.errorCode = "Client.Unauth*Unauth*"}', event)).toBe(false);
  });
  it('applies != to a wildcard as "does not match the wildcard"', () => {
    expect(m('{$.errorCode != "Server.*"}', event)).toBe(true);
    expect(m('{$.errorCode != "Client.*"}', event)).toBe(false);
  });
  it('does not compare a string literal with a number or boolean value', () => {
    expect(m('{$.n = "5"}', { n: 5 })).toBe(false);
    expect(m('{$.n != "6"}', { n: 5 })).toBe(false);
  });
});

describe('numeric comparisons', () => {
  const event = { latency: 1000, small: -0.025, code: 200 };

  it.each([
    ['{$.latency = 1000}', true], ['{$.latency = 1e3}', true], ['{$.latency = 999}', false],
    ['{$.latency != 999}', true], ['{$.latency != 1000}', false],
    ['{$.latency < 1001}', true], ['{$.latency < 1000}', false],
    ['{$.latency > 999}', true], ['{$.latency > 1000}', false],
    ['{$.latency <= 1000}', true], ['{$.latency <= 999.5}', false],
    ['{$.latency >= 1000}', true], ['{$.latency >= 1000.1}', false],
    ['{$.small = -2.5E-2}', true], ['{$.small > -2.5e-2}', false], ['{$.small >= -0.03}', true],
  ])('%s is %s', (pattern, want) => {
    expect(m(pattern, event)).toBe(want);
  });

  it('does not compare a number with a string value', () => {
    expect(m('{$.code = 200}', { code: '200' })).toBe(false);
    expect(m('{$.code > 100}', { code: '200' })).toBe(false);
  });
});

describe('IS NULL, IS TRUE, IS FALSE, NOT EXISTS', () => {
  const event = { a: null, t: true, f: false, s: 'x', o: { inner: 1 } };

  it('IS NULL matches only a null value', () => {
    expect(m('{$.a IS NULL}', event)).toBe(true);
    expect(m('{$.s IS NULL}', event)).toBe(false);
    expect(m('{$.missing IS NULL}', event)).toBe(false);
  });
  it('IS TRUE and IS FALSE match only the boolean', () => {
    expect(m('{$.t IS TRUE}', event)).toBe(true);
    expect(m('{$.f IS TRUE}', event)).toBe(false);
    expect(m('{$.f IS FALSE}', event)).toBe(true);
    expect(m('{$.s IS FALSE}', event)).toBe(false);
  });
  it('NOT EXISTS matches a missing field, not a null or present one', () => {
    expect(m('{$.missing NOT EXISTS}', event)).toBe(true);
    expect(m('{$.o.nope NOT EXISTS}', event)).toBe(true);
    expect(m('{$.a NOT EXISTS}', event)).toBe(false);
    expect(m('{$.o NOT EXISTS}', event)).toBe(false);
  });
  it('does not match any comparison on a missing field, != included', () => {
    expect(m('{$.missing != "x"}', event)).toBe(false);
    expect(m('{$.missing != 1}', event)).toBe(false);
  });
});

describe('selectors', () => {
  const event = { a: { b: [{ c: 'first' }, { c: 'second', d: [10, 20] }] }, list: ['x'], obj: { k: 'v' } };

  it('follows nested properties and array indexes', () => {
    expect(m('{$.a.b[1].c = second}', event)).toBe(true);
    expect(m('{$.a.b[0].c = second}', event)).toBe(false);
    expect(m('{$.a.b[1].d[1] = 20}', event)).toBe(true);
  });
  it('does not match past the end of an array or through a scalar', () => {
    expect(m('{$.a.b[2].c = first}', event)).toBe(false);
    expect(m('{$.list[0].x = 1}', event)).toBe(false);
  });
  it('does not match a selector that resolves to an object or an array', () => {
    expect(m('{$.obj = "*"}', event)).toBe(false);
    expect(m('{$.list = "*"}', event)).toBe(false);
    expect(m('{$.list != "y"}', event)).toBe(false);
  });
  it('does not treat an index as a property name or a property as an index', () => {
    expect(m('{$.list.0 = x}', event)).toBe(false);
    expect(m('{$.obj[0] = v}', event)).toBe(false);
  });
});

describe('&&, || and parentheses', () => {
  const event = { a: 1, b: 2, c: 3 };

  it('&& needs both sides', () => {
    expect(m('{$.a = 1 && $.b = 2}', event)).toBe(true);
    expect(m('{$.a = 1 && $.b = 3}', event)).toBe(false);
  });
  it('|| needs either side', () => {
    expect(m('{$.a = 9 || $.b = 2}', event)).toBe(true);
    expect(m('{$.a = 9 || $.b = 9}', event)).toBe(false);
  });
  it('binds && tighter than ||', () => {
    // a=9 || (b=2 && c=3) is true; (a=9 || b=2) && c=4 would be false.
    expect(m('{$.a = 9 || $.b = 2 && $.c = 3}', event)).toBe(true);
    expect(m('{$.a = 1 || $.b = 9 && $.c = 9}', event)).toBe(true);
    expect(m('{$.a = 9 || $.b = 2 && $.c = 4}', event)).toBe(false);
  });
  it('lets parentheses override the precedence', () => {
    expect(m('{($.a = 1 || $.b = 9) && $.c = 9}', event)).toBe(false);
    expect(m('{($.a = 9 || $.b = 2) && $.c = 3}', event)).toBe(true);
    expect(m('{((($.a = 1)))}', event)).toBe(true);
  });
});

describe('%regex% values', () => {
  const event = { ip: '10.1.2.3', msg: 'bind: address already in use' };

  it('matches anywhere in the value unless anchored', () => {
    expect(m('{$.ip = %\\d+\\.1\\.%}', event)).toBe(true);
    expect(m('{$.msg = %already%}', event)).toBe(true);
    expect(m('{$.ip = %^1\\.%}', event)).toBe(false);
  });
  it('supports != as "does not match"', () => {
    expect(m('{$.ip != %^192%}', event)).toBe(true);
    expect(m('{$.ip != %^10%}', event)).toBe(false);
  });
});

describe('event input', () => {
  it('accepts a JSON string log event and rejects non-JSON text', () => {
    const p = compileFilterPattern('{$.a = 1}');
    expect(p.matches('{"a":1}')).toBe(true);
    expect(p.matches('a = 1')).toBe(false);
  });
});

import { EventPatternError, compileEventPattern } from '../../../patterns/event-pattern';

describe('rejects invalid event patterns, naming the path', () => {
  it.each([
    ['not json', /^event pattern \(root\): not valid JSON/],
    ['[1]', /^event pattern \(root\): expected an object of field names$/],
    ['{}', /^event pattern \(root\): an object in a pattern must name at least one field$/],
    ['{"detail":{}}', /^event pattern detail: an object in a pattern must name at least one field$/],
    ['{"source":"aws.ec2"}', /^event pattern source: a field must map to an array of match values or to an object, found "aws.ec2"$/],
    ['{"source":[]}', /^event pattern source: a match array cannot be empty$/],
    ['{"source":[["a"]]}', /^event pattern source\[0\]: a match value cannot be an array/],
    ['{"source":[{"prefx":"a"}]}', /^event pattern source\[0\]: unknown operator "prefx"; expected one of prefix, suffix/],
    ['{"source":[{"prefix":"a","suffix":"b"}]}', /^event pattern source\[0\]: an operator object must have exactly one key/],
    ['{"source":[{"prefix":1}]}', /^event pattern source\[0\]\.prefix: expected a string, found 1$/],
    ['{"source":[{"prefix":{"suffix":"x"}}]}', /^event pattern source\[0\]\.prefix: prefix takes a string or \{"equals-ignore-case": string\}$/],
    ['{"v":[{"wildcard":"a**b"}]}', /^event pattern v\[0\]\.wildcard: consecutive wildcard characters \(\*\*\) are not allowed$/],
    ['{"v":[{"wildcard":"a\\\\b"}]}', /^event pattern v\[0\]\.wildcard: a backslash in a wildcard may only escape \* or \\$/],
    ['{"v":[{"anything-but":[]}]}', /^event pattern v\[0\]\.anything-but: anything-but needs at least one value$/],
    ['{"v":[{"anything-but":["a",1]}]}', /^event pattern v\[0\]\.anything-but: an anything-but list must hold only strings or only numbers$/],
    ['{"v":[{"anything-but":{"numeric":[">",1]}}]}', /^event pattern v\[0\]\.anything-but: anything-but does not take "numeric"/],
    ['{"v":[{"anything-but":true}]}', /^event pattern v\[0\]\.anything-but: anything-but takes a string, a number, a list/],
    ['{"v":[{"numeric":[">"]}]}', /^event pattern v\[0\]\.numeric: numeric takes \[op, number\] or \[lower-op, number, upper-op, number\]$/],
    ['{"v":[{"numeric":["~",1]}]}', /^event pattern v\[0\]\.numeric\[0\]: unknown numeric operator "~"/],
    ['{"v":[{"numeric":[">","1"]}]}', /^event pattern v\[0\]\.numeric\[1\]: a numeric bound must be a finite number$/],
    ['{"v":[{"numeric":["<",5,">",1]}]}', /^event pattern v\[0\]\.numeric: a numeric range is a lower bound \(> or >=\) followed by an upper bound/],
    ['{"v":[{"numeric":[">",5,"<",1]}]}', /^event pattern v\[0\]\.numeric: the lower bound 5 must be below the upper bound 1$/],
    ['{"v":[{"cidr":"10.0.0.0"}]}', /^event pattern v\[0\]\.cidr: "10.0.0.0" is not an IPv4 or IPv6 CIDR block$/],
    ['{"v":[{"cidr":"10.0.0.0/33"}]}', /^event pattern v\[0\]\.cidr: "10.0.0.0\/33" is not an IPv4 or IPv6 CIDR block$/],
    ['{"v":[{"cidr":"2001:db8:::/32"}]}', /^event pattern v\[0\]\.cidr: "2001:db8:::\/32" is not an IPv4 or IPv6 CIDR block$/],
    ['{"v":[{"exists":"yes"}]}', /^event pattern v\[0\]\.exists: exists takes true or false$/],
    ['{"$or":[{"a":["x"]}]}', /^event pattern \$or: \$or needs at least two sub-patterns$/],
    ['{"$or":[{"a":["x"]},"b"]}', /^event pattern \$or\[1\]: each \$or alternative must be an object$/],
    ['{"detail":{"userIdentity":{"type":[{"equals-ignore-case":5}]}}}', /^event pattern detail\.userIdentity\.type\[0\]\.equals-ignore-case: expected a string, found 5$/],
  ])('rejects %s', (pattern, message) => {
    expect(() => compileEventPattern(pattern)).toThrow(EventPatternError);
    expect(() => compileEventPattern(pattern)).toThrow(message);
  });

  it('exposes the path on the error', () => {
    try {
      compileEventPattern({ detail: { eventName: ['A', { suffx: 'B' }] } });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(EventPatternError);
      expect((error as EventPatternError).path).toBe('detail.eventName[1]');
    }
  });
});

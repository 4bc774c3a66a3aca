import { compileEventPattern } from '../../../patterns/event-pattern';

const m = (pattern: object, event: unknown): boolean => compileEventPattern(pattern).matches(event);

const event = {
  source: 'aws.ec2',
  'detail-type': 'EC2 Instance State-change Notification',
  detail: {
    state: 'running',
    name: 'Web-Server-01',
    count: 5,
    ratio: 0.25,
    ip: '10.0.1.7',
    ip6: '2001:db8::1',
    tags: ['prod', 'web'],
    empty: '',
    nothing: null,
    flag: true,
    items: [{ k: 'a', v: 1 }, { k: 'b', v: 2 }],
  },
};

describe('structure', () => {
  it('ORs the values in an array', () => {
    expect(m({ source: ['aws.s3', 'aws.ec2'] }, event)).toBe(true);
    expect(m({ source: ['aws.s3', 'aws.iam'] }, event)).toBe(false);
  });
  it('ANDs sibling keys', () => {
    expect(m({ source: ['aws.ec2'], detail: { state: ['running'] } }, event)).toBe(true);
    expect(m({ source: ['aws.ec2'], detail: { state: ['stopped'] } }, event)).toBe(false);
  });
  it('matches an array-valued event field when any element matches', () => {
    expect(m({ detail: { tags: ['web'] } }, event)).toBe(true);
    expect(m({ detail: { tags: ['dev'] } }, event)).toBe(false);
  });
  it('matches fields of one array element together', () => {
    expect(m({ detail: { items: { k: ['b'], v: [2] } } }, event)).toBe(true);
    expect(m({ detail: { items: { k: ['a'], v: [2] } } }, event)).toBe(false);
  });
  it('does not match a leaf pattern against an object', () => {
    expect(m({ detail: ['x'] }, event)).toBe(false);
  });
  it('matches exact numbers, booleans and null by type', () => {
    expect(m({ detail: { count: [5], flag: [true], nothing: [null] } }, event)).toBe(true);
    expect(m({ detail: { count: ['5'] } }, event)).toBe(false);
    expect(m({ detail: { flag: ['true'] } }, event)).toBe(false);
    expect(m({ detail: { state: [null] } }, event)).toBe(false);
  });
  it('matches the empty string only against an empty string', () => {
    expect(m({ detail: { empty: [''] } }, event)).toBe(true);
    expect(m({ detail: { state: [''] } }, event)).toBe(false);
  });
  it('ORs $or alternatives inside an AND', () => {
    expect(m({ source: ['aws.ec2'], $or: [{ detail: { state: ['stopped'] } }, { detail: { count: [5] } }] }, event)).toBe(true);
    expect(m({ source: ['aws.ec2'], $or: [{ detail: { state: ['stopped'] } }, { detail: { count: [6] } }] }, event)).toBe(false);
    expect(m({ detail: { $or: [{ state: ['stopped'] }, { name: ['Web-Server-01'] }] } }, event)).toBe(true);
  });
  it('is case-sensitive for exact values', () => {
    expect(m({ detail: { state: ['RUNNING'] } }, event)).toBe(false);
  });
});

describe('string operators', () => {
  it.each([
    [{ prefix: 'Web-' }, true], [{ prefix: 'web-' }, false],
    [{ prefix: { 'equals-ignore-case': 'web-' } }, true], [{ prefix: { 'equals-ignore-case': 'app-' } }, false],
    [{ suffix: '-01' }, true], [{ suffix: '-02' }, false],
    [{ suffix: { 'equals-ignore-case': 'SERVER-01' } }, true], [{ suffix: { 'equals-ignore-case': 'server-02' } }, false],
    [{ 'equals-ignore-case': 'web-server-01' }, true], [{ 'equals-ignore-case': 'web-server-02' }, false],
    [{ wildcard: 'Web-*-01' }, true], [{ wildcard: '*Server*' }, true], [{ wildcard: 'Web-*-02' }, false], [{ wildcard: 'web-*' }, false],
  ])('%j on "Web-Server-01" is %s', (op, want) => {
    expect(m({ detail: { name: [op] } }, event)).toBe(want);
  });

  it('treats an escaped \\* in a wildcard as a literal asterisk', () => {
    expect(m({ v: [{ wildcard: 'a\\*b' }] }, { v: 'a*b' })).toBe(true);
    expect(m({ v: [{ wildcard: 'a\\*b' }] }, { v: 'axxb' })).toBe(false);
  });

  it('does not apply string operators to numbers', () => {
    expect(m({ detail: { count: [{ prefix: '5' }] } }, event)).toBe(false);
  });
});

describe('anything-but', () => {
  it.each([
    [{ 'anything-but': 'stopped' }, true], [{ 'anything-but': 'running' }, false],
    [{ 'anything-but': ['stopped', 'pending'] }, true], [{ 'anything-but': ['running', 'pending'] }, false],
    [{ 'anything-but': { prefix: 'stop' } }, true], [{ 'anything-but': { prefix: 'run' } }, false],
    [{ 'anything-but': { suffix: 'ped' } }, true], [{ 'anything-but': { suffix: 'ing' } }, false],
    [{ 'anything-but': { wildcard: 'st*' } }, true], [{ 'anything-but': { wildcard: 'r*g' } }, false],
    [{ 'anything-but': { 'equals-ignore-case': 'STOPPED' } }, true], [{ 'anything-but': { 'equals-ignore-case': 'RUNNING' } }, false],
    [{ 'anything-but': { 'equals-ignore-case': ['A', 'B'] } }, true], [{ 'anything-but': { 'equals-ignore-case': ['A', 'Running'] } }, false],
  ])('%j on "running" is %s', (op, want) => {
    expect(m({ detail: { state: [op] } }, event)).toBe(want);
  });

  it('works on numbers and number lists', () => {
    expect(m({ detail: { count: [{ 'anything-but': 4 }] } }, event)).toBe(true);
    expect(m({ detail: { count: [{ 'anything-but': [4, 5] }] } }, event)).toBe(false);
  });

  it('does not match a missing field', () => {
    expect(m({ detail: { missing: [{ 'anything-but': 'x' }] } }, event)).toBe(false);
  });
});

describe('numeric', () => {
  it.each([
    [['=', 5], true], [['=', 5.0], true], [['=', 4], false],
    [['>', 4], true], [['>', 5], false], [['>=', 5], true], [['>=', 6], false],
    [['<', 6], true], [['<', 5], false], [['<=', 5], true], [['<=', 4.99], false],
    [['>', 0, '<=', 5], true], [['>', 0, '<', 5], false], [['>=', 5, '<', 1e3], true],
  ])('numeric %j on 5 is %s', (range, want) => {
    expect(m({ detail: { count: [{ numeric: range }] } }, event)).toBe(want);
  });

  it('does not compare a numeric string', () => {
    expect(m({ v: [{ numeric: ['>', 1] }] }, { v: '5' })).toBe(false);
  });
});

describe('cidr', () => {
  it('matches IPv4 addresses inside the block', () => {
    expect(m({ detail: { ip: [{ cidr: '10.0.0.0/16' }] } }, event)).toBe(true);
    expect(m({ detail: { ip: [{ cidr: '10.0.1.7/32' }] } }, event)).toBe(true);
    expect(m({ detail: { ip: [{ cidr: '10.1.0.0/16' }] } }, event)).toBe(false);
  });
  it('matches IPv6 addresses inside the block', () => {
    expect(m({ detail: { ip6: [{ cidr: '2001:db8::/32' }] } }, event)).toBe(true);
    expect(m({ detail: { ip6: [{ cidr: '2001:db9::/32' }] } }, event)).toBe(false);
  });
  it('does not match across families or against non-addresses', () => {
    expect(m({ detail: { ip: [{ cidr: '::/0' }] } }, event)).toBe(false);
    expect(m({ detail: { name: [{ cidr: '0.0.0.0/0' }] } }, event)).toBe(false);
    expect(m({ v: [{ cidr: '0.0.0.0/0' }] }, { v: '08.1.250.216' })).toBe(false);
  });
});

describe('exists', () => {
  it('exists: true matches a present leaf, null included, and not a missing one', () => {
    expect(m({ detail: { state: [{ exists: true }] } }, event)).toBe(true);
    expect(m({ detail: { nothing: [{ exists: true }] } }, event)).toBe(true);
    expect(m({ detail: { missing: [{ exists: true }] } }, event)).toBe(false);
  });
  it('exists: false matches a missing field, and an object (exists works on leaves only)', () => {
    expect(m({ detail: { missing: [{ exists: false }] } }, event)).toBe(true);
    expect(m({ detail: { state: [{ exists: false }] } }, event)).toBe(false);
    expect(m({ detail: { items: [{ exists: false }] } }, event)).toBe(true);
  });
  it('exists: false matches when the whole parent object is missing', () => {
    expect(m({ detail: { parent: { child: [{ exists: false }] } } }, event)).toBe(true);
  });
});

describe('pattern text', () => {
  it('accepts the pattern as JSON text', () => {
    expect(compileEventPattern('{"source":["aws.ec2"]}').matches(event)).toBe(true);
  });
});

import { policyDocument, type PolicyStatement } from '../../policies/policy-document';
import { packStatements, policySize } from '../../policies/policy-size';

const statement = (sid: string, actions: number): PolicyStatement => ({
  Sid: sid, Effect: 'Deny', Action: Array.from({ length: actions }, (_, i) => `s3:Action${i}`), Resource: '*',
});

test('packs statements into one document when they fit', () => {
  const documents = packStatements([statement('A', 3), statement('B', 3)]);
  expect(documents).toHaveLength(1);
  expect(documents[0].Statement.map((s) => s.Sid)).toEqual(['A', 'B']);
});

test('splits into several documents, in order, each within the limit', () => {
  // One 120-action statement is 1,782 characters attached, two are 3,526: one per document.
  const documents = packStatements(['A', 'B', 'C', 'D'].map((sid) => statement(sid, 120)), 3000);
  expect(documents.map((d) => d.Statement.map((s) => s.Sid))).toEqual([['A'], ['B'], ['C'], ['D']]);
  expect(documents.map((d) => policySize(d))).toEqual([1782, 1782, 1782, 1782]);
});

test('fills each document before starting the next', () => {
  // 60-action statements: three are 2,690 characters, four would exceed 3,000.
  const documents = packStatements(['A', 'B', 'C', 'D', 'E'].map((sid) => statement(sid, 60)), 3000);
  expect(documents.map((d) => d.Statement.map((s) => s.Sid))).toEqual([['A', 'B', 'C'], ['D', 'E']]);
});

test('rejects a statement that alone exceeds the limit', () => {
  expect(() => packStatements([statement('Huge', 400)], 5120)).toThrow(/Statement Huge: got \d+ characters on its own; expected at most 5120/);
});

test('measures the attached JSON, without white space', () => {
  // {"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Deny","Action":["s3:Action0"],"Resource":"*"}]}
  expect(policySize(policyDocument([statement('A', 1)]))).toBe(105);
});

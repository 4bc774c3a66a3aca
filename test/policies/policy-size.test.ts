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
  const statements = ['A', 'B', 'C', 'D'].map((sid) => statement(sid, 120));
  const documents = packStatements(statements, 3000);
  expect(documents.length).toBeGreaterThan(1);
  documents.forEach((d) => expect(policySize(d)).toBeLessThanOrEqual(3000));
  expect(documents.flatMap((d) => d.Statement.map((s) => s.Sid))).toEqual(['A', 'B', 'C', 'D']);
});

test('rejects a statement that alone exceeds the limit', () => {
  expect(() => packStatements([statement('Huge', 400)], 5120)).toThrow(/Statement Huge: got \d+ characters on its own; expected at most 5120/);
});

test('measures the attached JSON', () => {
  const document = policyDocument([statement('A', 1)]);
  expect(policySize(document)).toBe(JSON.stringify(document).length);
});

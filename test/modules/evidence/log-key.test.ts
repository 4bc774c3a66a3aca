import { LogKey } from '../../../modules/evidence/log-key';
import { ANY_POLICY, plainStack, synthesized } from '../../support/evidence-module-props';
import { validationProblems } from '../../support/validation';

describe('LogKey', () => {
  it('works in any stack: a rotating key with a 30-day window, its alias and the given policy', () => {
    const stack = plainStack();
    new LogKey(stack, 'LogKey', { aliasName: 'alias/any/logs', policy: ANY_POLICY });
    const json = synthesized(stack);
    expect(Object.values(json.resource.aws_kms_key)).toEqual([
      expect.objectContaining({ enable_key_rotation: true, deletion_window_in_days: 30, policy: JSON.stringify(ANY_POLICY), lifecycle: { prevent_destroy: true } }),
    ]);
    expect(Object.values(json.resource.aws_kms_alias)).toEqual([expect.objectContaining({ name: 'alias/any/logs' })]);
  });

  it('rejects a reserved alias and an out-of-range deletion window, naming both', () => {
    const stack = plainStack();
    new LogKey(stack, 'LogKey', { aliasName: 'alias/aws/logs', policy: ANY_POLICY, deletionWindowInDays: 45 });
    expect(validationProblems(stack)).toEqual([
      '[plain/LogKey] aliasName: got "alias/aws/logs"; expected a customer alias: "alias/" then letters, digits, "/", "_" or "-", not under "alias/aws/" (AWS reserves it)',
      '[plain/LogKey] deletionWindowInDays: got 45; expected a whole number from 7 to 30',
    ]);
  });

  it('rejects an alias without the alias/ prefix', () => {
    const stack = plainStack();
    new LogKey(stack, 'LogKey', { aliasName: 'logs', policy: ANY_POLICY });
    expect(validationProblems(stack)).toEqual(['[plain/LogKey] aliasName: got "logs"; expected a customer alias: "alias/" then letters, digits, "/", "_" or "-", not under "alias/aws/" (AWS reserves it)']);
  });
});

import { LogKey } from '../../../modules/evidence/log-key';
import { ANY_POLICY, plainStack, synthesized } from '../../support/evidence-module-props';

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
    expect(() => new LogKey(plainStack(), 'LogKey', { aliasName: 'alias/aws/logs', policy: ANY_POLICY, deletionWindowInDays: 45 })).toThrow(
      /aliasName: got "alias\/aws\/logs"; expected a name outside "alias\/aws\/".*\n {2}deletionWindowInDays: got 45; expected a whole number from 7 to 30/,
    );
  });

  it('rejects an alias without the alias/ prefix', () => {
    expect(() => new LogKey(plainStack(), 'LogKey', { aliasName: 'logs', policy: ANY_POLICY })).toThrow(/aliasName: got "logs"; expected "alias\/" then/);
  });
});

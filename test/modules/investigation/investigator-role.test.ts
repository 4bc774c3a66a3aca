import { InvestigatorRole } from '../../../modules/investigation/investigator-role';
import { ANY_POLICY, plainStack, synthesized } from '../../support/evidence-module-props';
import { validationProblems } from '../../support/validation';

describe('InvestigatorRole', () => {
  it('works in any stack: the named role with one inline policy', () => {
    const stack = plainStack();
    new InvestigatorRole(stack, 'Investigator', { roleName: 'any-investigator', trustPolicy: ANY_POLICY, readPolicy: ANY_POLICY });
    const json = synthesized(stack);
    expect(Object.values(json.resource.aws_iam_role)).toEqual([expect.objectContaining({ name: 'any-investigator', max_session_duration: 3600 })]);
    expect(Object.keys(json.resource.aws_iam_role_policy)).toHaveLength(1);
  });

  it('rejects a bad role name and session length, naming both', () => {
    const stack = plainStack();
    new InvestigatorRole(stack, 'Investigator', { roleName: 'no spaces', trustPolicy: ANY_POLICY, readPolicy: ANY_POLICY, maxSessionDuration: 60 });
    expect(validationProblems(stack)).toEqual([
      '[plain/Investigator] roleName: got "no spaces"; expected 1-64 of letters, digits and +=,.@_-',
      '[plain/Investigator] maxSessionDuration: got 60; expected whole seconds from 3600 to 43200',
    ]);
  });
});

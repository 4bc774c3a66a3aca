import { unknownActions } from '../support/iam-lint';
import { logArchivePolicies } from '../support/log-archive-policies';

describe('policy lint: every action exists', () => {
  const policies = logArchivePolicies();

  it.each(Object.entries(policies))('%s names only actions AWS defines', async (_name, document) => {
    expect(await unknownActions(document)).toEqual([]);
  });

  it('denies a typo such as s3:DeleteObjects', async () => {
    const typo = { Version: '2012-10-17' as const, Statement: [{ Sid: 'Typo', Effect: 'Deny' as const, Action: ['s3:DeleteObjects', 's3:DeleteObject*'], Resource: '*' }] };
    expect(await unknownActions(typo)).toEqual([{ sid: 'Typo', action: 's3:DeleteObjects', reason: 'no action "DeleteObjects" in s3' }]);
  });

  it('denies a wildcard that matches nothing and an unknown service', async () => {
    const wrong = { Version: '2012-10-17' as const, Statement: [{ Sid: 'Wrong', Effect: 'Allow' as const, Action: ['kms:Frobnicate*', 'logz:PutObject'], Resource: '*' }] };
    expect((await unknownActions(wrong)).map((found) => found.reason)).toEqual(['the wildcard matches no action', 'no service "logz"']);
  });
});

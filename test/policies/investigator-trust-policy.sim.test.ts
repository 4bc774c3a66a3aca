import { evidenceActors } from '../support/evidence-actors';
import { simulate, type Caller } from '../support/iam-simulation';
import { logArchivePolicies } from '../support/log-archive-policies';

const actors = evidenceActors();
const { names, accounts, org } = actors;
const policies = logArchivePolicies(actors.config);
const configured = actors.config.investigatorPrincipals[0];
const mayAssume = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] };

const assume = (caller: Caller) =>
  simulate({
    caller,
    action: 'sts:AssumeRole',
    resource: names.investigatorRoleArn,
    resourceAccount: accounts.logArchive,
    resourcePolicy: policies.investigatorTrust,
    identityPolicies: [mayAssume],
  });

describe('investigator trust policy, simulated', () => {
  it('configures an IAM user, which can present MFA itself', () => {
    expect(configured).toMatch(/^arn:aws:iam::\d{12}:user\//);
  });

  // MFA present: the user called AssumeRole with its MFA device's serial and code, or used
  // GetSessionToken credentials obtained with them.
  it('allows a configured user with MFA from inside the organization', async () => {
    expect(await assume({ kind: 'user', userArn: configured, organizationId: org, mfa: true })).toBe('Allowed');
  });

  it('denies a configured user whose session was obtained without MFA', async () => {
    expect(await assume({ kind: 'user', userArn: configured, organizationId: org, mfa: false })).toBe('ImplicitlyDenied');
  });

  // Long-term access keys carry no aws:MultiFactorAuthPresent at all.
  it('denies a configured user calling with long-term access keys (MFA key absent)', async () => {
    expect(await assume({ kind: 'user', userArn: configured, organizationId: org })).toBe('ImplicitlyDenied');
  });

  it('denies a configured user outside the organization', async () => {
    expect(await assume({ kind: 'user', userArn: configured, organizationId: 'o-otherorg000', mfa: true })).toBe('ImplicitlyDenied');
  });

  it('denies a principal outside the organization', async () => {
    expect(await assume({ ...actors.outsider, mfa: true } as Caller)).toBe('ImplicitlyDenied');
  });

  it('denies a log-archive administrator who is not configured', async () => {
    expect(await assume({ ...actors.logArchiveAdmin, mfa: true } as Caller)).toBe('ImplicitlyDenied');
  });
});

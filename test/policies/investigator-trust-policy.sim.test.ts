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
  it('allows a configured principal with MFA from inside the organization', async () => {
    expect(await assume({ kind: 'role', roleArn: configured, organizationId: org, mfa: true })).toBe('Allowed');
  });

  it('denies a configured principal without MFA', async () => {
    expect(await assume({ kind: 'role', roleArn: configured, organizationId: org, mfa: false })).toBe('ImplicitlyDenied');
  });

  it('denies a configured principal whose MFA is not known', async () => {
    expect(await assume({ kind: 'role', roleArn: configured, organizationId: org })).toBe('ImplicitlyDenied');
  });

  it('denies a configured principal outside the organization', async () => {
    expect(await assume({ kind: 'role', roleArn: configured, organizationId: 'o-otherorg000', mfa: true })).toBe('ImplicitlyDenied');
  });

  it('denies a principal outside the organization', async () => {
    expect(await assume({ ...actors.outsider, mfa: true } as Caller)).toBe('ImplicitlyDenied');
  });

  it('denies a log-archive administrator who is not configured', async () => {
    expect(await assume({ ...actors.logArchiveAdmin, mfa: true } as Caller)).toBe('ImplicitlyDenied');
  });
});

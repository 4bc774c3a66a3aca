import { TrailguardNames } from '../../naming/names';
import { denyLogTamperingScps, denyLogTamperingStatements } from '../../policies/deny-log-tampering-scp';
import { logGuardrailScope } from '../../policies/log-guardrail-scope';
import { ORGANIZATIONS_POLICY_MAX_CHARACTERS, policySize } from '../../policies/policy-size';
import { exampleConfig } from '../support/example-config';

const config = exampleConfig();
const scope = logGuardrailScope(new TrailguardNames(config), 'break-glass');

// The list, written out independently of policies/guardrail-actions.ts.
const REQUIRED = [
  's3:DeleteObject', 's3:DeleteObjectVersion', 's3:DeleteBucket', 's3:PutBucketPolicy', 's3:DeleteBucketPolicy', 's3:PutLifecycleConfiguration',
  's3:PutBucketObjectLockConfiguration', 's3:PutObjectRetention', 's3:PutObjectLegalHold', 's3:BypassGovernanceRetention', 's3:PutBucketVersioning',
  's3:PutEncryptionConfiguration', 's3:PutBucketLogging', 's3:PutReplicationConfiguration',
  'cloudtrail:StopLogging', 'cloudtrail:DeleteTrail', 'cloudtrail:UpdateTrail', 'cloudtrail:PutEventSelectors', 'cloudtrail:PutInsightSelectors',
  'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:PutKeyPolicy', 'kms:CreateGrant',
  'guardduty:DeleteDetector', 'guardduty:DisassociateFromAdministratorAccount', 'guardduty:DisassociateFromMasterAccount',
  'guardduty:DisableOrganizationAdminAccount', 'guardduty:StopMonitoringMembers', 'guardduty:UpdateDetector', 'guardduty:DeletePublishingDestination',
  'guardduty:DisassociateMembers', 'guardduty:DeleteMembers', 'guardduty:UpdateOrganizationConfiguration', 'guardduty:UpdateMemberDetectors',
  'guardduty:CreateFilter', 'guardduty:UpdateFilter', 'guardduty:CreateIPSet', 'guardduty:UpdateIPSet',
  'organizations:LeaveOrganization',
];

test('denies every action the guardrail must deny', () => {
  const denied = denyLogTamperingStatements(scope).flatMap((s) => [s.Action].flat());
  expect(REQUIRED.filter((action) => !denied.includes(action))).toEqual([]);
});

const FORWARDER_SIDS = ['DenyForwarderRuleTampering', 'DenyForwarderRoleTampering'];

test('exempts only the break-glass role, in every account, on every statement but the forwarders\'', () => {
  const statements = denyLogTamperingStatements(scope).filter((s) => !FORWARDER_SIDS.includes(s.Sid));
  expect(statements.length).toBeGreaterThan(5);
  for (const statement of statements) {
    expect(statement.Effect).toBe('Deny');
    expect(statement.Condition?.ArnNotLike).toEqual({ 'aws:PrincipalArn': ['arn:aws:iam::*:role/break-glass'] });
  }
});

test('exempts the break-glass role and the StackSets execution roles, which deploy them, from the forwarder statements', () => {
  const statements = denyLogTamperingStatements(scope).filter((s) => FORWARDER_SIDS.includes(s.Sid));
  expect(statements.map((s) => s.Sid)).toEqual(FORWARDER_SIDS);
  for (const statement of statements) {
    expect(statement.Condition?.ArnNotLike).toEqual({ 'aws:PrincipalArn': ['arn:aws:iam::*:role/break-glass', 'arn:aws:iam::*:role/stacksets-exec-*'] });
  }
});

// Both exemptions go by role name: a member admin who could create or re-trust a role of that name would hold them.
test('protects the exempt role names and the forwarders\' names from being created, re-trusted or removed', () => {
  const bySid = Object.fromEntries(denyLogTamperingStatements(scope).map((s) => [s.Sid, s]));
  const actionsOf = (sid: string): string[] => [bySid[sid]?.Action ?? []].flat();
  const roleActions = ['iam:CreateRole', 'iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:DeleteRolePolicy', 'iam:DetachRolePolicy',
    'iam:UpdateRole', 'iam:DeleteRole', 'iam:PutRolePermissionsBoundary', 'iam:DeleteRolePermissionsBoundary', 'iam:TagRole', 'iam:UntagRole'];
  expect(bySid.DenyBreakGlassRoleTampering).toMatchObject({ Resource: ['arn:aws:iam::*:role/break-glass'] });
  expect(bySid.DenyStackSetsExecutionRoleTampering).toMatchObject({ Resource: ['arn:aws:iam::*:role/stacksets-exec-*'] });
  expect(bySid.DenyForwarderRoleTampering).toMatchObject({ Resource: ['arn:aws:iam::*:role/tg-example-event-forwarder-*'] });
  for (const sid of ['DenyBreakGlassRoleTampering', 'DenyStackSetsExecutionRoleTampering', 'DenyForwarderRoleTampering']) {
    expect([sid, roleActions.filter((a) => !actionsOf(sid).includes(a))]).toEqual([sid, []]);
  }
  expect(bySid.DenyForwarderRuleTampering).toMatchObject({ Resource: ['arn:aws:events:*:*:rule/tg-example-fwd-*'] });
  expect(['events:DeleteRule', 'events:DisableRule', 'events:RemoveTargets', 'events:PutRule', 'events:PutTargets'].filter((a) => !actionsOf('DenyForwarderRuleTampering').includes(a))).toEqual([]);
});

test('protects the evidence and access-log buckets and their objects, and names the log key by alias in its account', () => {
  const [buckets, , keys, aliases] = denyLogTamperingStatements(scope);
  expect(buckets.Resource).toEqual([
    'arn:aws:s3:::tg-example-evidence-222222222222-eu-west-1', 'arn:aws:s3:::tg-example-evidence-222222222222-eu-west-1/*',
    'arn:aws:s3:::tg-example-access-logs-222222222222-eu-west-1', 'arn:aws:s3:::tg-example-access-logs-222222222222-eu-west-1/*',
  ]);
  expect(keys.Resource).toEqual(['arn:aws:kms:*:222222222222:key/*']);
  expect(keys.Condition?.['ForAnyValue:StringEquals']).toEqual({ 'kms:ResourceAliases': ['alias/tg-example/cloudtrail-logs'] });
  expect(aliases.Resource).toEqual(['arn:aws:kms:*:222222222222:alias/tg-example/cloudtrail-logs']);
});

test('fits in documents of at most 5,120 characters', () => {
  const documents = denyLogTamperingScps(scope);
  expect(documents.length).toBeGreaterThanOrEqual(1);
  documents.forEach((document) => expect(policySize(document)).toBeLessThanOrEqual(ORGANIZATIONS_POLICY_MAX_CHARACTERS));
  expect(documents.flatMap((d) => d.Statement)).toEqual(denyLogTamperingStatements(scope));
});

test('builds ARNs from the configured partition', () => {
  const names = new TrailguardNames({ ...config, partition: 'aws-us-gov' });
  const json = JSON.stringify(denyLogTamperingScps(logGuardrailScope(names, 'break-glass')));
  expect(json).not.toMatch(/arn:aws:/);
  expect(json).toMatch(/arn:aws-us-gov:iam::\*:role\/break-glass/);
});

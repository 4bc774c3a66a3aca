import { TrailguardNames } from '../../naming/names';
import { denyLogTamperingScps, denyLogTamperingStatements } from '../../policies/deny-log-tampering-scp';
import { logGuardrailScope } from '../../policies/log-guardrail-scope';
import { ORGANIZATIONS_POLICY_MAX_CHARACTERS, policySize } from '../../policies/policy-size';
import { exampleConfig } from '../support/example-config';

const config = exampleConfig();
const access = { breakGlassRoleName: 'break-glass', deploymentRoles: { logArchive: 'la-deploy', security: 'sec-deploy' }, deployerPrincipals: ['arn:aws:iam::111111111111:role/ci'] };
const scope = logGuardrailScope(new TrailguardNames(config), access);

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
  // Issue 19: replication, tagging and request payment on the buckets, the alert pipeline, forged
  // alerts, the deployment roles and delegated Organizations administrators.
  's3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags', 's3:ObjectOwnerOverrideToBucketOwner', 's3:PutBucketRequestPayment',
  's3:PutObjectTagging', 's3:PutObjectVersionTagging',
  'guardduty:UpdatePublishingDestination', 'guardduty:ArchiveFindings',
  'events:DisableRule', 'events:DeleteRule', 'events:RemoveTargets', 'events:PutTargets', 'events:PutRule',
  'events:RemovePermission', 'events:PutPermission', 'events:DeleteEventBus', 'events:UpdateEventBus', 'events:PutEvents',
  'sns:DeleteTopic', 'sns:Unsubscribe', 'sns:SetSubscriptionAttributes', 'sns:SetTopicAttributes', 'sns:PutDataProtectionPolicy',
  'kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy',
  'iam:CreateRole', 'iam:UpdateAssumeRolePolicy', 'iam:AttachRolePolicy', 'iam:PutRolePolicy', 'iam:PassRole', 'sts:AssumeRole',
  'organizations:DetachPolicy', 'organizations:UpdatePolicy', 'organizations:DeletePolicy',
];

test('denies every action the guardrail must deny', () => {
  const denied = denyLogTamperingStatements(scope).flatMap((s) => [s.Action].flat());
  expect(REQUIRED.filter((action) => !denied.includes(action))).toEqual([]);
});

const BREAK_GLASS = 'arn:aws:iam::*:role/break-glass';
const SECURITY_DEPLOYER = 'arn:aws:iam::333333333333:role/sec-deploy';
const STACKSETS = 'arn:aws:iam::*:role/stacksets-exec-*';
// Who each statement exempts, written out: break-glass everywhere, and one more kind of role where it deploys what is guarded.
const EXEMPTIONS: Record<string, string[]> = {
  DenyEvidenceBucketTampering: [BREAK_GLASS],
  DenyTrailTampering: [BREAK_GLASS],
  DenyLogKeyTampering: [BREAK_GLASS],
  DenyLogKeyAliasTampering: [BREAK_GLASS],
  DenyGuardDutyTampering: [BREAK_GLASS, SECURITY_DEPLOYER],
  DenyGuardDutyFindingSuppression: [BREAK_GLASS],
  DenyLeavingOrganization: [BREAK_GLASS],
  DenyExemptRoleTampering: [BREAK_GLASS],
  DenyDeploymentRoleAssumption: [BREAK_GLASS, 'arn:aws:iam::111111111111:role/ci'],
  DenyForwarderRuleTampering: [BREAK_GLASS, STACKSETS],
  DenyForwarderRoleTampering: [BREAK_GLASS, STACKSETS],
  DenyAlertPipelineTampering: [BREAK_GLASS, SECURITY_DEPLOYER],
  DenyAlertBusPermissionChanges: [BREAK_GLASS, SECURITY_DEPLOYER],
  DenyAlertKeyTampering: [BREAK_GLASS, SECURITY_DEPLOYER],
  DenyForgedAlertEvents: [BREAK_GLASS, 'arn:aws:iam::*:role/tg-example-event-forwarder-*', 'arn:aws:iam::111111111111:role/tg-example-event-forwarder'],
  DenyGuardrailPolicyTampering: [BREAK_GLASS],
  DenyGuardrailPolicyTagChanges: [BREAK_GLASS],
};

test('exempts break-glass in every account from every statement, and exactly the listed roles besides', () => {
  const statements = denyLogTamperingStatements(scope);
  expect(statements.map((s) => s.Sid)).toEqual(Object.keys(EXEMPTIONS));
  for (const statement of statements) {
    expect(statement.Effect).toBe('Deny');
    expect([statement.Sid, statement.Condition?.ArnNotLike]).toEqual([statement.Sid, { 'aws:PrincipalArn': EXEMPTIONS[statement.Sid] }]);
  }
});

// Both exemptions go by role name: a member admin who could create or re-trust a role of that name would hold them.
test('protects the exempt role names and the forwarders\' names from being created, re-trusted or removed', () => {
  const bySid = Object.fromEntries(denyLogTamperingStatements(scope).map((s) => [s.Sid, s]));
  const actionsOf = (sid: string): string[] => [bySid[sid]?.Action ?? []].flat();
  const roleActions = ['iam:CreateRole', 'iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:DeleteRolePolicy', 'iam:DetachRolePolicy',
    'iam:UpdateRole', 'iam:DeleteRole', 'iam:PutRolePermissionsBoundary', 'iam:DeleteRolePermissionsBoundary', 'iam:TagRole', 'iam:UntagRole', 'iam:PassRole'];
  expect(bySid.DenyExemptRoleTampering).toMatchObject({
    Resource: ['arn:aws:iam::*:role/break-glass', 'arn:aws:iam::*:role/stacksets-exec-*', 'arn:aws:iam::222222222222:role/la-deploy', SECURITY_DEPLOYER],
  });
  expect(bySid.DenyDeploymentRoleAssumption).toMatchObject({ Resource: ['arn:aws:iam::222222222222:role/la-deploy', SECURITY_DEPLOYER] });
  expect(bySid.DenyForwarderRoleTampering).toMatchObject({ Resource: ['arn:aws:iam::*:role/tg-example-event-forwarder-*'] });
  for (const sid of ['DenyExemptRoleTampering', 'DenyForwarderRoleTampering']) {
    expect([sid, roleActions.filter((a) => !actionsOf(sid).includes(a))]).toEqual([sid, []]);
  }
  expect(bySid.DenyForwarderRuleTampering).toMatchObject({ Resource: ['arn:aws:events:*:*:rule/tg-example-fwd-*'] });
  expect(['events:DeleteRule', 'events:DisableRule', 'events:RemoveTargets', 'events:PutRule', 'events:PutTargets'].filter((a) => !actionsOf('DenyForwarderRuleTampering').includes(a))).toEqual([]);
});

test('protects the evidence and access-log buckets and their objects, and names the log key by alias in its account', () => {
  const [buckets, , keys, aliases] = denyLogTamperingStatements(scope);
  expect([buckets.Sid, keys.Sid, aliases.Sid]).toEqual(['DenyEvidenceBucketTampering', 'DenyLogKeyTampering', 'DenyLogKeyAliasTampering']);
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
  const json = JSON.stringify(denyLogTamperingScps(logGuardrailScope(names, { ...access, deployerPrincipals: ['arn:aws-us-gov:iam::111111111111:role/ci'] })));
  expect(json).not.toMatch(/arn:aws:/);
  expect(json).toMatch(/arn:aws-us-gov:iam::\*:role\/break-glass/);
});

test('scopes the alert pipeline to trailguard\'s own rules, buses, topics and key alias in the security account', () => {
  const bySid = Object.fromEntries(denyLogTamperingStatements(scope).map((s) => [s.Sid, s]));
  expect(bySid.DenyAlertPipelineTampering.Resource).toEqual([
    'arn:aws:events:*:333333333333:rule/tg-example-security-events/tg-example-*',
    'arn:aws:events:*:333333333333:event-bus/tg-example-security-events',
    'arn:aws:sns:*:333333333333:tg-example-security-alerts',
    'arn:aws:kms:*:333333333333:alias/tg-example/security-alerts',
  ]);
  expect(bySid.DenyAlertBusPermissionChanges.Condition?.StringEquals).toEqual({ 'aws:PrincipalAccount': '333333333333' });
  expect(bySid.DenyAlertKeyTampering.Condition?.['ForAnyValue:StringEquals']).toEqual({ 'kms:ResourceAliases': ['alias/tg-example/security-alerts'] });
  expect(bySid.DenyForgedAlertEvents.Resource).toEqual(['arn:aws:events:*:333333333333:event-bus/tg-example-security-events']);
  expect(bySid.DenyGuardrailPolicyTampering).toMatchObject({
    Resource: ['arn:aws:organizations::111111111111:policy/o-exampleorg1/*'],
    Condition: { StringEquals: { 'aws:ResourceTag/trailguard-guardrail': 'tg-example' } },
  });
});

test('rejects deployers of any account, and none at all, in one message', () => {
  expect(() => logGuardrailScope(new TrailguardNames(config), { ...access, deployerPrincipals: [] })).toThrow(/deployerPrincipals: got \[\]; expected at least one/);
  expect(() => logGuardrailScope(new TrailguardNames(config), { ...access, deployerPrincipals: ['arn:aws:iam::*:role/ci'] }))
    .toThrow(/deployerPrincipals: got "arn:aws:iam::\*:role\/ci"; expected a principal of a named account/);
});

import { TrailguardNames } from '../../naming/names';
import { evidenceProtectionRcpStatements, evidenceProtectionRcps } from '../../policies/evidence-protection-rcp';
import { ORGANIZATIONS_POLICY_MAX_CHARACTERS, policySize } from '../../policies/policy-size';
import { logGuardrailScope } from '../../policies/log-guardrail-scope';
import { exampleConfig } from '../support/example-config';

const access = { breakGlassRoleName: 'break-glass', deploymentRoles: { logArchive: 'la-deploy', security: 'sec-deploy' }, deployerPrincipals: ['arn:aws:iam::111111111111:role/ci'] };
const scope = logGuardrailScope(new TrailguardNames(exampleConfig()), access);
const rcp = { Statement: evidenceProtectionRcpStatements(scope) };
const bySid = Object.fromEntries(rcp.Statement.map((s) => [s.Sid, s]));

test('is made of Deny statements for every principal', () => {
  expect(rcp.Statement.every((s) => s.Effect === 'Deny' && s.Principal === '*')).toBe(true);
});

test('lets only the log-delivering services and break-glass write objects', () => {
  expect(bySid.DenyEvidenceWritesExceptLogDelivery.Condition).toEqual({
    ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/break-glass'] },
    StringNotEqualsIfExists: { 'aws:PrincipalServiceName': ['cloudtrail.amazonaws.com', 'guardduty.amazonaws.com', 'logging.s3.amazonaws.com'] },
  });
});

test('denies plain HTTP to everyone, break-glass included', () => {
  expect(bySid.DenyInsecureTransport.Condition).toEqual({ BoolIfExists: { 'aws:SecureTransport': 'false' } });
  expect(bySid.DenyInsecureTransport.Action).toBe('s3:*');
});

test('protects the log key by alias, in the log-archive account only', () => {
  expect(bySid.DenyLogKeyTampering.Resource).toEqual(['arn:aws:kms:*:222222222222:key/*']);
  expect(bySid.DenyLogKeyTampering.Condition?.['ForAnyValue:StringEquals']).toEqual({ 'kms:ResourceAliases': ['alias/tg-example/cloudtrail-logs'] });
});

test('protects the alert key by alias in the security account, the deployment role exempt', () => {
  expect(bySid.DenyAlertKeyTampering).toMatchObject({
    Action: ['kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'],
    Resource: ['arn:aws:kms:*:333333333333:key/*'],
    Condition: {
      ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/break-glass', 'arn:aws:iam::333333333333:role/sec-deploy'] },
      'ForAnyValue:StringEquals': { 'kms:ResourceAliases': ['alias/tg-example/security-alerts'] },
    },
  });
});

test('lets only the configured deployers and break-glass assume the member accounts\' deployment roles', () => {
  expect(bySid.DenyDeploymentRoleAssumption).toMatchObject({
    Action: ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity'],
    Resource: ['arn:aws:iam::222222222222:role/la-deploy', 'arn:aws:iam::333333333333:role/sec-deploy'],
    Condition: { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/break-glass', 'arn:aws:iam::111111111111:role/ci'] } },
  });
});

test('packs into documents of at most 5,120 characters, statements in order', () => {
  const documents = evidenceProtectionRcps(scope);
  documents.forEach((document) => expect(policySize(document)).toBeLessThanOrEqual(ORGANIZATIONS_POLICY_MAX_CHARACTERS));
  expect(documents.flatMap((d) => d.Statement)).toEqual(rcp.Statement);
});

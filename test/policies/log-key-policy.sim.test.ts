import { KEY_ADMIN_ACTIONS } from '../../policies/evidence-perms';
import type { PolicyDocument } from '../../policies/policy-document';
import { evidenceActors } from '../support/evidence-actors';
import { ADMINISTRATOR_POLICY, simulate, type Caller } from '../support/iam-simulation';
import { logArchivePolicies } from '../support/log-archive-policies';

const actors = evidenceActors();
const { names, accounts } = actors;
const policies = logArchivePolicies(actors.config);
const throughS3 = { 'kms:ViaService': names.s3ViaService, 'kms:ResourceAliases': [names.logKeyAliasName] };

/**
 * The key policy without its `kms:EncryptionContext:*` conditions, and the keys removed.
 * The simulator drops encryption-context keys from a request, so those conditions cannot be
 * simulated; the unit tests assert them on the synthesized policy instead.
 */
function withoutEncryptionContextConditions(policy: PolicyDocument): { policy: PolicyDocument; removed: string[] } {
  const removed: string[] = [];
  const statements = policy.Statement.map((statement) => {
    if (!statement.Condition) return statement;
    const condition = Object.fromEntries(
      Object.entries(statement.Condition)
        .map(([operator, keys]) => {
          const kept = Object.entries(keys).filter(([key]) => {
            const drop = key.startsWith('kms:EncryptionContext:');
            if (drop) removed.push(`${statement.Sid}: ${operator} ${key}`);
            return !drop;
          });
          return [operator, Object.fromEntries(kept)] as const;
        })
        .filter(([, keys]) => Object.keys(keys).length > 0),
    );
    return { ...statement, Condition: condition };
  });
  return { policy: { ...policy, Statement: statements }, removed };
}

const onKey = (caller: Caller, action: string, keys: Record<string, string | string[]> = {}, policy: PolicyDocument = policies.logKey) =>
  simulate({
    caller,
    action,
    resource: actors.logKeyArn,
    resourceAccount: accounts.logArchive,
    resourcePolicy: policy,
    identityPolicies: caller.kind === 'role' && caller.roleArn === names.investigatorRoleArn ? [policies.investigatorRead] : caller.kind === 'role' ? [ADMINISTRATOR_POLICY] : [],
    keys,
  });

describe('log key policy, simulated', () => {
  const simulable = withoutEncryptionContextConditions(policies.logKey);

  it('removes only the CloudTrail encryption-context condition before simulating', () => {
    expect(simulable.removed).toEqual(['AllowCloudTrailEncryptManagementTrails: StringLike kms:EncryptionContext:aws:cloudtrail:arn']);
  });

  it('refuses to simulate a request with an encryption-context key, because the simulator ignores it', async () => {
    const keys = { 'kms:EncryptionContext:aws:cloudtrail:arn': names.trailArn };
    await expect(onKey(actors.cloudTrail(), 'kms:GenerateDataKey', keys)).rejects.toThrow(/ignored context keys kms:EncryptionContext:aws:cloudtrail:arn/);
  });

  it('allows the organization trail to generate data keys', async () => {
    expect(await onKey(actors.cloudTrail(), 'kms:GenerateDataKey', {}, simulable.policy)).toBe('Allowed');
  });

  it('denies another trail of the management account', async () => {
    const otherTrail = names.arn('cloudtrail', 'eu-west-1', accounts.management, 'trail/shadow');
    expect(await onKey(actors.cloudTrail(otherTrail), 'kms:GenerateDataKey', {}, simulable.policy)).toBe('ImplicitlyDenied');
  });

  it('denies a trail claiming another source account', async () => {
    expect(await onKey(actors.cloudTrail(names.trailArn, accounts.outsider), 'kms:GenerateDataKey', {}, simulable.policy)).toBe('ImplicitlyDenied');
  });

  it('allows the organization trail to describe the key', async () => {
    expect(await onKey(actors.cloudTrail(), 'kms:DescribeKey')).toBe('Allowed');
  });

  it('denies CloudTrail decrypting', async () => {
    expect(await onKey(actors.cloudTrail(), 'kms:Decrypt', {}, simulable.policy)).toBe('ImplicitlyDenied');
  });

  it('allows the investigator to decrypt through S3', async () => {
    expect(await onKey(actors.investigator, 'kms:Decrypt', throughS3)).toBe('Allowed');
  });

  it('denies the investigator decrypting directly, not through S3', async () => {
    expect(await onKey(actors.investigator, 'kms:Decrypt', { 'kms:ResourceAliases': [names.logKeyAliasName] })).toBe('ImplicitlyDenied');
  });

  it('denies the investigator decrypting through another service', async () => {
    const viaSecretsManager = { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com', 'kms:ResourceAliases': [names.logKeyAliasName] };
    expect(await onKey(actors.investigator, 'kms:Decrypt', viaSecretsManager)).toBe('ImplicitlyDenied');
  });

  it('denies the investigator encrypting', async () => {
    expect(await onKey(actors.investigator, 'kms:GenerateDataKey', throughS3)).toBe('ImplicitlyDenied');
  });

  it('denies a log-archive administrator decrypting, even through S3', async () => {
    expect(await onKey(actors.logArchiveAdmin, 'kms:Decrypt', throughS3)).toBe('ImplicitlyDenied');
  });

  it('denies a management-account administrator decrypting', async () => {
    expect(await onKey(actors.managementAdmin, 'kms:Decrypt', throughS3)).toBe('ImplicitlyDenied');
  });

  describe('a log-archive administrator whose IAM policy allows kms:*, against the key policy alone', () => {
    const kmsAdmin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] };
    const asKmsAdmin = (action: string, keys: Record<string, string | string[]> = {}) =>
      simulate({
        caller: actors.logArchiveAdmin,
        action,
        resource: actors.logKeyArn,
        resourceAccount: accounts.logArchive,
        resourcePolicy: policies.logKey,
        identityPolicies: [kmsAdmin],
        keys,
      });

    // A grant is a second way to hand out Decrypt; the key policy must not let the root's
    // delegates create one for themselves.
    it.each(['kms:CreateGrant', 'kms:Decrypt', 'kms:Encrypt', 'kms:ReEncryptFrom', 'kms:GenerateDataKey'])('denies %s', async (action) => {
      expect(await asKmsAdmin(action, throughS3)).toBe('ImplicitlyDenied');
    });

    // Destroying or disabling the key, or moving its alias, needs break-glass to widen the
    // policy first (and the SCP and RCP deny even that to everyone else).
    it.each(['kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:DisableKeyRotation', 'kms:DeleteAlias', 'kms:UpdateAlias'])('denies %s', async (action) => {
      expect(await asKmsAdmin(action)).toBe('ImplicitlyDenied');
    });

    it.each([...KEY_ADMIN_ACTIONS])('allows the administration action %s', async (action) => {
      expect(await asKmsAdmin(action)).toBe('Allowed');
    });

    // KMS refuses a policy that would lock out the principal putting it (unless the lockout
    // safety check is bypassed), so the root keeps PutKeyPolicy; the SCP and RCP deny it to
    // everyone but break-glass (log-guardrails.sim.test.ts).
    it('keeps kms:PutKeyPolicy, which the guardrails deny instead', async () => {
      expect(await asKmsAdmin('kms:PutKeyPolicy')).toBe('Allowed');
    });
  });

  it('denies a management-account administrator administering the key', async () => {
    expect(await onKey(actors.managementAdmin, 'kms:EnableKeyRotation')).toBe('ImplicitlyDenied');
  });
});

import { TrailguardNames } from '../../naming/names';
import { EVIDENCE_BUCKET_TAMPERING_ACTIONS } from '../../policies/guardrail-actions';
import { LOG_ARCHIVE_OUTPUTS } from '../../stacks/log-archive-stack';
import { exampleConfig } from '../support/example-config';
import { logArchivePolicies } from '../support/log-archive-policies';
import { synthStack } from '../support/synth';

const config = exampleConfig();
const names = new TrailguardNames(config);
const stack = synthStack('log-archive', config);
const plan = (setting: string) => `\${local.trailguard_logging_plan.${setting}.value}`;

/** The one resource of a type whose name starts with a prefix. */
function resource(type: string, prefix: string): any {
  const matches = Object.entries(stack.resource[type] ?? {}).filter(([name]) => name.startsWith(prefix));
  expect(matches).toHaveLength(1);
  return matches[0][1];
}
const address = (type: string, prefix: string) => `${type}.${Object.keys(stack.resource[type]).find((name) => name.startsWith(prefix))}`;
/** A lifecycle value is a local that holds the profile expression. */
const viaLocal = (value: string) => stack.locals[value.replace(/^\$\{local\.(.+)\}$/, '$1')];

describe('log-archive stack: log key', () => {
  const key = resource('aws_kms_key', 'LogKey');

  it('is customer managed, rotating, with a 30-day deletion window and protected from destroy', () => {
    expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30, lifecycle: { prevent_destroy: true } });
  });

  it('has the deterministic alias from TrailguardNames', () => {
    expect(resource('aws_kms_alias', 'LogKey_Alias')).toMatchObject({ name: names.logKeyAliasName, target_key_id: expect.stringContaining('aws_kms_key.LogKey') });
  });
});

describe('log-archive stack: evidence bucket', () => {
  it('has Object Lock, cannot be emptied by Terraform and is protected from destroy', () => {
    expect(resource('aws_s3_bucket', 'EvidenceBucket')).toMatchObject({
      bucket: names.evidenceBucketName,
      object_lock_enabled: true,
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  it('takes its default retention mode and days from the purpose profile at plan time', () => {
    expect(resource('aws_s3_bucket_object_lock_configuration', 'EvidenceBucket_ObjectLock').rule).toEqual({
      default_retention: { mode: plan('object_lock_mode'), days: plan('evidence_retention_days') },
    });
  });

  it('is versioned', () => {
    expect(resource('aws_s3_bucket_versioning', 'EvidenceBucket').versioning_configuration).toEqual({ status: 'Enabled' });
  });

  it('encrypts with the log key and the S3 bucket key', () => {
    expect(resource('aws_s3_bucket_server_side_encryption_configuration', 'EvidenceBucket').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: expect.stringMatching(/^\$\{aws_kms_key\.LogKey_\w+\.arn\}$/) }, bucket_key_enabled: true },
    ]);
  });

  it('enforces bucket ownership and blocks all public access', () => {
    expect(resource('aws_s3_bucket_ownership_controls', 'EvidenceBucket').rule).toEqual({ object_ownership: 'BucketOwnerEnforced' });
    expect(resource('aws_s3_bucket_public_access_block', 'EvidenceBucket')).toMatchObject({
      block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true,
    });
  });

  describe('lifecycle', () => {
    const rule = resource('aws_s3_bucket_lifecycle_configuration', 'EvidenceBucket').rule[0];

    it('expires current objects exactly at the retention period, and noncurrent versions only a retention period later', () => {
      expect(viaLocal(rule.expiration[0].days)).toBe(plan('evidence_retention_days'));
      expect(rule.noncurrent_version_expiration[0].noncurrent_days).toBe(rule.expiration[0].days);
      expect(rule.filter).toEqual([{ prefix: '' }]);
    });

    it('moves objects to colder tiers at the profile ages, only when that is before expiry', () => {
      const forEach: string = rule.dynamic.transition.for_each;
      const expiry = rule.expiration[0].days.slice(2, -1);
      for (const [setting, storageClass] of [['infrequent_access_after_days', 'STANDARD_IA'], ['glacier_instant_retrieval_after_days', 'GLACIER_IR'], ['deep_archive_after_days', 'DEEP_ARCHIVE']]) {
        const local = Object.keys(stack.locals).find((name) => stack.locals[name] === plan(setting));
        expect(forEach).toContain(`(local.${local} < ${expiry}) ? [{"days" = local.${local}, "storage_class" = "${storageClass}"}] : []`);
      }
    });

    it('has no rule that removes data earlier (one rule only)', () => {
      expect(resource('aws_s3_bucket_lifecycle_configuration', 'EvidenceBucket').rule).toHaveLength(1);
    });
  });

  it('logs server access to the access-log bucket when the profile asks for access logging', () => {
    expect(resource('aws_s3_bucket_logging', 'EvidenceBucket')).toMatchObject({
      count: '${local.trailguard_logging_plan.access_logging.value ? 1 : 0}',
      target_bucket: expect.stringContaining('aws_s3_bucket.AccessLogBucket'),
      target_prefix: names.evidenceAccessLogPrefix,
    });
  });

  it('applies its policy after the configuration the policy then locks', () => {
    expect(resource('aws_s3_bucket_policy', 'EvidenceBucket').depends_on).toEqual(expect.arrayContaining([
      address('aws_s3_bucket_versioning', 'EvidenceBucket'),
      address('aws_s3_bucket_object_lock_configuration', 'EvidenceBucket'),
      address('aws_s3_bucket_server_side_encryption_configuration', 'EvidenceBucket'),
      address('aws_s3_bucket_lifecycle_configuration', 'EvidenceBucket'),
      // The policy denies PutBucketLogging too, so access logging is configured before it.
      address('aws_s3_bucket_logging', 'EvidenceBucket'),
    ]));
  });
});

describe('log-archive stack: access-log bucket', () => {
  it('exists whatever the profile (not counted), without Object Lock, protected from destroy', () => {
    const bucket = resource('aws_s3_bucket', 'AccessLogBucket');
    expect(bucket).toMatchObject({ bucket: names.accessLogBucketName, object_lock_enabled: false, force_destroy: false, lifecycle: { prevent_destroy: true } });
    expect(bucket.count).toBeUndefined();
  });

  it('uses SSE-S3, the only default encryption a server access log target supports', () => {
    expect(resource('aws_s3_bucket_server_side_encryption_configuration', 'AccessLogBucket').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
    ]);
  });

  it('is versioned, owner-enforced and blocks all public access', () => {
    expect(resource('aws_s3_bucket_versioning', 'AccessLogBucket').versioning_configuration).toEqual({ status: 'Enabled' });
    expect(resource('aws_s3_bucket_ownership_controls', 'AccessLogBucket').rule).toEqual({ object_ownership: 'BucketOwnerEnforced' });
    expect(resource('aws_s3_bucket_public_access_block', 'AccessLogBucket')).toMatchObject({
      block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true,
    });
  });

  it('keeps access logs for the profile access-log retention', () => {
    const rule = resource('aws_s3_bucket_lifecycle_configuration', 'AccessLogBucket').rule[0];
    expect(viaLocal(rule.expiration[0].days)).toBe(plan('access_log_retention_days'));
    expect(rule.noncurrent_version_expiration[0].noncurrent_days).toBe(rule.expiration[0].days);
  });
});

describe('log-archive stack: investigator role', () => {
  it('has the name other modules attach query permissions to, and one inline read policy', () => {
    expect(resource('aws_iam_role', 'InvestigatorRole')).toMatchObject({ name: names.investigatorRoleName, max_session_duration: 3600 });
    expect(resource('aws_iam_role', 'InvestigatorRole').managed_policy_arns).toBeUndefined();
    expect(resource('aws_iam_role_policy', 'InvestigatorRole_ReadPolicy').role).toContain('aws_iam_role.InvestigatorRole');
  });

  it('trusts the account root when no investigator principals are configured', () => {
    const policies = logArchivePolicies(exampleConfig({ investigatorPrincipals: [] }));
    expect(policies.investigatorTrust.Statement[0].Principal).toEqual({ AWS: [names.logArchiveRootArn] });
  });
});

describe('log-archive stack: policies', () => {
  const policies = logArchivePolicies(config);
  const attached = [
    resource('aws_s3_bucket_policy', 'EvidenceBucket').policy,
    resource('aws_s3_bucket_policy', 'AccessLogBucket').policy,
    resource('aws_kms_key', 'LogKey').policy,
    resource('aws_iam_role', 'InvestigatorRole').assume_role_policy,
    resource('aws_iam_role_policy', 'InvestigatorRole_ReadPolicy').policy,
  ];

  it('are fully known at plan time: no Terraform expression in any of them', () => {
    for (const policy of attached) expect(policy).not.toContain('${');
  });

  it('name the partition from configuration in every ARN', () => {
    for (const policy of attached) expect(policy.match(/arn:[a-z-]*:/g)?.every((prefix: string) => prefix === `arn:${config.partition}:`)).toBe(true);
  });

  it('deny the tamper actions on the evidence bucket to all but the log-archive break-glass role', () => {
    expect(policies.evidenceBucket.Statement.find((s) => s.Sid === 'DenyTamperExceptBreakGlass')).toEqual({
      Sid: 'DenyTamperExceptBreakGlass',
      Effect: 'Deny',
      Principal: '*',
      Action: [...EVIDENCE_BUCKET_TAMPERING_ACTIONS],
      Resource: [names.evidenceBucketArn, `${names.evidenceBucketArn}/*`],
      Condition: { ArnNotLike: { 'aws:PrincipalArn': [names.roleArn(config.accounts.logArchive, config.breakGlassRoleName)] } },
    });
  });
});

describe('log-archive stack: outputs', () => {
  it.each([
    [LOG_ARCHIVE_OUTPUTS.evidenceBucketName, names.evidenceBucketName],
    [LOG_ARCHIVE_OUTPUTS.evidenceBucketArn, names.evidenceBucketArn],
    [LOG_ARCHIVE_OUTPUTS.logKeyAliasArn, names.logKeyAliasArn],
    [LOG_ARCHIVE_OUTPUTS.accessLogBucketName, names.accessLogBucketName],
    [LOG_ARCHIVE_OUTPUTS.accessLogBucketArn, names.accessLogBucketArn],
    [LOG_ARCHIVE_OUTPUTS.investigatorRoleArn, names.investigatorRoleArn],
  ])('%s is what TrailguardNames derives from configuration, with a description', (name, value) => {
    expect(stack.output[name]).toEqual({ value, description: expect.stringMatching(/^\S+(\s+\S+){4,}/) });
  });

  it('log_key_arn is the key attribute, with a description', () => {
    expect(stack.output[LOG_ARCHIVE_OUTPUTS.logKeyArn]).toEqual({ value: expect.stringMatching(/^\$\{aws_kms_key\.LogKey_\w+\.arn\}$/), description: expect.stringMatching(/alias/) });
  });
});

describe('log-archive stack: GuardDuty export grants', () => {
  const sids = (policy: string) => JSON.parse(policy).Statement.map((statement: any) => statement.Sid);

  it('lets the security account\'s detectors write findings into the evidence bucket, KMS-encrypted only', () => {
    expect(sids(resource('aws_s3_bucket_policy', 'EvidenceBucket').policy)).toEqual(
      expect.arrayContaining(['GuardDutyGetsBucketLocation', 'GuardDutyExportsFindings', 'DenyGuardDutyExportWithoutKms']),
    );
    const grant = JSON.parse(resource('aws_s3_bucket_policy', 'EvidenceBucket').policy).Statement.find((s: any) => s.Sid === 'GuardDutyExportsFindings');
    expect(grant.Condition.StringEquals['aws:SourceAccount']).toBe(config.accounts.security);
  });

  it('lets GuardDuty encrypt exported findings with the log key', () => {
    expect(sids(resource('aws_kms_key', 'LogKey').policy)).toContain('GuardDutyEncryptsExportedFindings');
  });
});

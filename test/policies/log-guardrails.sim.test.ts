import { TrailguardNames } from '../../naming/names';
import {
  EVIDENCE_BUCKET_TAMPERING_ACTIONS,
  EVIDENCE_WRITER_SERVICES,
  GUARDDUTY_FINDING_SUPPRESSION_ACTIONS,
  GUARDDUTY_MANAGED_RESOURCE_ACTIONS,
  GUARDDUTY_TAMPERING_ACTIONS,
  LOG_KEY_ALIAS_TAMPERING_ACTIONS,
  LOG_KEY_TAMPERING_ACTIONS,
  ORGANIZATION_ESCAPE_ACTIONS,
  ROLE_TAMPERING_ACTIONS,
  TRAIL_TAMPERING_ACTIONS,
} from '../../policies/guardrail-actions';
import { exampleConfig } from '../support/example-config';
import { evaluate, guardrailsOf, resourceFor, type Attack, type Caller } from '../support/guardrail-simulation';
import { synthStack } from '../support/synth';

// Attacks on the synthesized management stack's SCPs and RCP, with AWS's rules for who
// they bind. Every denial is also checked without guardrails, where it must be allowed, so
// only the guardrails can cause it.
const config = exampleConfig();
const names = new TrailguardNames(config);
const guardrails = guardrailsOf(synthStack('management', config), config.accounts.management, config.organizationRootId);

const LOG_ARCHIVE = config.accounts.logArchive;
const WORKLOAD = '444455556666';
const OUTSIDER = '999999999999';
const REGION = config.homeRegion;
const LOG_KEY = `arn:aws:kms:${REGION}:${LOG_ARCHIVE}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const role = (accountId: string, roleName: string): Caller => ({ kind: 'role', accountId, roleName });
const memberAdmin = (accountId: string) => role(accountId, 'Administrator');
const breakGlass = (accountId: string) => role(accountId, config.breakGlassRoleName);
const outsider = role(OUTSIDER, 'attacker');
const managementAdmin = role(config.accounts.management, 'Administrator');

const BUCKETS = [
  ['evidence', names.evidenceBucketArn],
  ['access-log', names.accessLogBucketArn],
] as const;

/** The attack on one action, against trailguard's own resources where it has one. */
async function attackOn(caller: Caller, action: string, bucketArn = names.evidenceBucketArn): Promise<Attack> {
  const resource = await resourceFor(action, {
    bucket: bucketArn,
    object: `${bucketArn}/AWSLogs/${config.organizationId}/${WORKLOAD}/CloudTrail/${REGION}/2026/01/01/file.json.gz`,
    key: LOG_KEY,
    alias: `arn:aws:kms:${REGION}:${LOG_ARCHIVE}:${names.logKeyAliasName}`,
    trail: `arn:aws:cloudtrail:${REGION}:${WORKLOAD}:trail/${names.trailName}`,
    detector: `arn:aws:guardduty:${REGION}:${WORKLOAD}:detector/12abc34d567e8fa901bc2d34e56789f0`,
    publishingDestination: `arn:aws:guardduty:${REGION}:${WORKLOAD}:detector/12abc34d567e8fa901bc2d34e56789f0/publishingDestination/1`,
    filter: `arn:aws:guardduty:${REGION}:${WORKLOAD}:detector/12abc34d567e8fa901bc2d34e56789f0/filter/archive-everything`,
    ipset: `arn:aws:guardduty:${REGION}:${WORKLOAD}:detector/12abc34d567e8fa901bc2d34e56789f0/ipset/attacker-addresses`,
  });
  const onLogArchive = action.startsWith('s3:') || action.startsWith('kms:');
  return {
    caller,
    action,
    resource,
    resourceAccountId: onLogArchive ? LOG_ARCHIVE : WORKLOAD,
    context: resource === LOG_KEY ? { 'kms:ResourceAliases': [names.logKeyAliasName] } : undefined,
  };
}

/** Allowed without guardrails, denied with them, and denied by the SCPs alone. */
async function expectDeniedByScps(attack: Attack): Promise<void> {
  expect(await evaluate(undefined, attack)).toBe('Allowed');
  expect(await evaluate(guardrails, attack)).toBe('ExplicitlyDenied');
  expect(await evaluate({ ...guardrails, rcps: [] }, attack)).toBe('ExplicitlyDenied');
}

/** Allowed without guardrails, denied with them, and denied by the RCP alone. */
async function expectDenied(attack: Attack): Promise<void> {
  expect(await evaluate(undefined, attack)).toBe('Allowed');
  expect(await evaluate(guardrails, attack)).toBe('ExplicitlyDenied');
  expect(await evaluate({ ...guardrails, scps: [] }, attack)).toBe('ExplicitlyDenied');
}

const SCP_ACTIONS = [...TRAIL_TAMPERING_ACTIONS, ...LOG_KEY_TAMPERING_ACTIONS, ...LOG_KEY_ALIAS_TAMPERING_ACTIONS, ...GUARDDUTY_TAMPERING_ACTIONS, ...ORGANIZATION_ESCAPE_ACTIONS];
const KEY_ACTIONS = [...LOG_KEY_TAMPERING_ACTIONS, ...LOG_KEY_ALIAS_TAMPERING_ACTIONS];

test('the stack synthesizes at least one SCP and exactly one RCP', () => {
  expect(guardrails.scps.length).toBeGreaterThanOrEqual(1);
  expect(guardrails.rcps).toHaveLength(1);
});

describe('a member-account administrator with *:* (SCP)', () => {
  test.each(BUCKETS.flatMap(([label, arn]) => EVIDENCE_BUCKET_TAMPERING_ACTIONS.map((action) => [action, label, arn])))(
    'denies %s on the %s bucket',
    async (action, _label, arn) => expectDeniedByScps(await attackOn(memberAdmin(LOG_ARCHIVE), action, arn)),
  );

  test.each(SCP_ACTIONS)('denies %s', async (action) => {
    const account = action.startsWith('kms:') ? LOG_ARCHIVE : WORKLOAD;
    await expectDeniedByScps(await attackOn(memberAdmin(account), action));
  });
});

describe('an outsider granted everything by a misconfigured resource policy (RCP)', () => {
  test.each(BUCKETS.flatMap(([label, arn]) => EVIDENCE_BUCKET_TAMPERING_ACTIONS.map((action) => [action, label, arn])))(
    'denies %s on the %s bucket',
    async (action, _label, arn) => expectDenied(await attackOn(outsider, action, arn)),
  );

  test.each(KEY_ACTIONS)('denies %s on the log key', async (action) => expectDenied(await attackOn(outsider, action)));

  test.each(BUCKETS)('denies planting a forged log file in the %s bucket', async (_label, arn) =>
    expectDenied(await attackOn(outsider, 's3:PutObject', arn)));

  test('denies reading the evidence over plain HTTP', async () =>
    expectDenied({ ...(await attackOn(outsider, 's3:GetObject')), secureTransport: false }));
});

describe('where SCPs stop and RCPs still bind', () => {
  test('denies the management account administrator deleting evidence (RCPs bind every account)', async () =>
    expectDenied(await attackOn(managementAdmin, 's3:DeleteObject')));

  test('denies an AWS service that does not deliver logs writing into the evidence bucket', async () =>
    expectDenied(await attackOn({ kind: 'service', service: 'config.amazonaws.com' }, 's3:PutObject')));

  test('denies plain HTTP even to the break-glass role', async () =>
    expectDenied({ ...(await attackOn(breakGlass(LOG_ARCHIVE), 's3:GetObject')), secureTransport: false }));

  test('allows the management account administrator to stop the organization trail: the residual risk no SCP covers', async () => {
    const attack: Attack = {
      caller: managementAdmin,
      action: 'cloudtrail:StopLogging',
      resource: names.trailArn,
      resourceAccountId: config.accounts.management,
    };
    expect(await evaluate(guardrails, attack)).toBe('Allowed');
  });
});

describe('the break-glass role', () => {
  test.each(BUCKETS.flatMap(([label, arn]) => EVIDENCE_BUCKET_TAMPERING_ACTIONS.map((action) => [action, label, arn])))(
    'allows %s on the %s bucket',
    async (action, _label, arn) => expect(await evaluate(guardrails, await attackOn(breakGlass(LOG_ARCHIVE), action, arn))).toBe('Allowed'),
  );

  test.each(SCP_ACTIONS)('allows %s', async (action) => {
    const account = action.startsWith('kms:') ? LOG_ARCHIVE : WORKLOAD;
    expect(await evaluate(guardrails, await attackOn(breakGlass(account), action))).toBe('Allowed');
  });
});

describe('the GuardDuty administrator\'s deployment role (security account)', () => {
  const deployer = role(config.accounts.security, config.deploymentRoles.security);
  const inSecurityAccount = async (action: string): Promise<Attack> => ({ ...(await attackOn(deployer, action)), resourceAccountId: config.accounts.security });

  test.each([...GUARDDUTY_MANAGED_RESOURCE_ACTIONS])('allows %s: it administers the organization\'s GuardDuty and its own detector', async (action) => {
    expect(await evaluate(guardrails, await inSecurityAccount(action))).toBe('Allowed');
  });

  test.each([...GUARDDUTY_FINDING_SUPPRESSION_ACTIONS])('denies %s: no resource it deploys needs it, and it would hide findings', async (action) => {
    await expectDeniedByScps(await inSecurityAccount(action));
  });

  test.each([...TRAIL_TAMPERING_ACTIONS, ...ORGANIZATION_ESCAPE_ACTIONS])('still denies %s', async (action) => {
    await expectDeniedByScps(await inSecurityAccount(action));
  });

  test('still denies deleting evidence', async () => {
    await expectDeniedByScps(await attackOn(deployer, 's3:DeleteObjectVersion'));
  });

  test.each([...GUARDDUTY_TAMPERING_ACTIONS])('exempts only that role: another security-account administrator is denied %s', async (action) => {
    await expectDeniedByScps({ ...(await attackOn(memberAdmin(config.accounts.security), action)), resourceAccountId: config.accounts.security });
  });
});

describe('the exempt role names (SCP)', () => {
  // The exemptions go by role name, so a member admin who could create or re-trust a role of
  // that name would hold them; a member account may not yet have its break-glass role.
  const onRole = (caller: Caller, action: string, roleName: string): Attack => ({
    caller, action, resource: `arn:aws:iam::${WORKLOAD}:role/${roleName}`, resourceAccountId: WORKLOAD,
  });
  const stackSetsExecution = role(WORKLOAD, 'stacksets-exec-0123456789abcdef0123456789abcdef');

  test.each([...ROLE_TAMPERING_ACTIONS])('denies a member admin %s on the break-glass role', async (action) =>
    expectDeniedByScps(onRole(memberAdmin(WORKLOAD), action, config.breakGlassRoleName)));

  test.each([...ROLE_TAMPERING_ACTIONS])('denies a member admin %s on a StackSets execution role', async (action) =>
    expectDeniedByScps(onRole(memberAdmin(WORKLOAD), action, 'stacksets-exec-attacker')));

  test.each([...ROLE_TAMPERING_ACTIONS])('denies a StackSets execution role %s on the break-glass role', async (action) =>
    expectDeniedByScps(onRole(stackSetsExecution, action, config.breakGlassRoleName)));

  test.each([...ROLE_TAMPERING_ACTIONS])('allows the break-glass role %s on its own name', async (action) =>
    expect(await evaluate(guardrails, onRole(breakGlass(WORKLOAD), action, config.breakGlassRoleName))).toBe('Allowed'));

  test.each([...ROLE_TAMPERING_ACTIONS])('allows a member admin %s on a role of another name', async (action) =>
    expect(await evaluate(guardrails, onRole(memberAdmin(WORKLOAD), action, 'app-deployer'))).toBe('Allowed'));
});

describe('ordinary work', () => {
  const admin = memberAdmin(WORKLOAD);
  const cases: [string, Attack][] = [
    ['s3:PutObject to another bucket', { caller: admin, action: 's3:PutObject', resource: 'arn:aws:s3:::workload-data/report.csv', resourceAccountId: WORKLOAD }],
    ['s3:DeleteObject in another bucket', { caller: admin, action: 's3:DeleteObject', resource: 'arn:aws:s3:::workload-data/report.csv', resourceAccountId: WORKLOAD }],
    ['cloudtrail:LookupEvents', { caller: admin, action: 'cloudtrail:LookupEvents', resource: '*', resourceAccountId: WORKLOAD }],
    ['cloudtrail:CreateTrail', { caller: admin, action: 'cloudtrail:CreateTrail', resource: `arn:aws:cloudtrail:${REGION}:${WORKLOAD}:trail/app-trail`, resourceAccountId: WORKLOAD }],
    ['guardduty:GetFindings', { caller: admin, action: 'guardduty:GetFindings', resource: '*', resourceAccountId: WORKLOAD }],
    ['kms:ScheduleKeyDeletion of a key that is not a log key', {
      caller: memberAdmin(LOG_ARCHIVE), action: 'kms:ScheduleKeyDeletion', resource: `arn:aws:kms:${REGION}:${LOG_ARCHIVE}:key/0000abcd-12ab-34cd-56ef-1234567890ab`,
      resourceAccountId: LOG_ARCHIVE, context: { 'kms:ResourceAliases': ['alias/workload'] },
    }],
    ['s3:GetObject of the evidence over TLS', { caller: memberAdmin(LOG_ARCHIVE), action: 's3:GetObject', resource: `${names.evidenceBucketArn}/AWSLogs/x.json.gz`, resourceAccountId: LOG_ARCHIVE }],
  ];
  test.each(cases)('allows %s', async (_name, attack) => expect(await evaluate(guardrails, attack)).toBe('Allowed'));

  test.each(EVIDENCE_WRITER_SERVICES.flatMap((service) => BUCKETS.map(([label, arn]) => [service, label, arn])))(
    'allows %s to deliver into the %s bucket',
    async (service, _label, arn) =>
      expect(await evaluate(guardrails, { caller: { kind: 'service', service }, action: 's3:PutObject', resource: `${arn}/AWSLogs/file.json.gz`, resourceAccountId: LOG_ARCHIVE })).toBe('Allowed'),
  );
});

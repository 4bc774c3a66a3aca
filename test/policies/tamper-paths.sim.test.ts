import { exampleConfig } from '../support/example-config';
import { deployerCalls } from '../support/deployer-calls';
import { evaluate, guardrailsOf, type Attack, type SynthesizedGuardrails } from '../support/guardrail-simulation';
import { synthStack } from '../support/synth';
import { asBreakGlass, deniedPaths } from '../support/tamper-path-cases';
import { TAMPER_CLASSES, tamperPathWorld, type PathCase, type TamperClass } from '../support/tamper-paths';

// Issue 19: every tamper and blinding path, per class, against the synthesized SCPs, RCPs and
// the resources' own policies (topic, key, bus, buckets). Each denial is first allowed with no
// guardrail at all, so only the guardrails can cause it.
const w = tamperPathWorld();
const { accounts: a, callers: c, names, arns, policies, region } = w;
const denied = deniedPaths(w);

type Layer = NonNullable<PathCase['aloneDeniedBy']>[number];
/** The guardrails with only one layer left, to show that layer denies on its own. */
function onlyLayer(guardrails: SynthesizedGuardrails, layer: Layer): [SynthesizedGuardrails, { resourcePolicy: boolean }] {
  if (layer === 'scps') return [{ ...guardrails, rcps: [] }, { resourcePolicy: false }];
  if (layer === 'rcps') return [{ ...guardrails, scps: [] }, { resourcePolicy: false }];
  return [{ ...guardrails, scps: [], rcps: [] }, { resourcePolicy: true }];
}

const rows = (paths: readonly PathCase[]) => paths.map((path) => [path.name, path] as const);

describe.each(Object.entries(TAMPER_CLASSES))('class %s (%s)', (tamperClass) => {
  const ofClass = denied.filter((path) => path.tamperClass === Number(tamperClass) as TamperClass);

  test('has cases', () => expect(ofClass.length).toBeGreaterThan(0));

  test.each(rows(ofClass))('denies %s', async (_name, path) => {
    expect(await evaluate(undefined, path.attack)).toBe('Allowed');
    expect(await evaluate(w.guardrails, path.attack)).toBe('ExplicitlyDenied');
    for (const layer of path.aloneDeniedBy ?? []) {
      const [only, options] = onlyLayer(w.guardrails, layer);
      expect([layer, await evaluate(only, path.attack, options)]).toEqual([layer, 'ExplicitlyDenied']);
    }
  });

  const breakGlass = ofClass.map((path) => asBreakGlass(w, path)).filter((path): path is PathCase => path !== undefined);
  test.each(rows(breakGlass))('allows %s', async (_name, path) => expect(await evaluate(w.guardrails, path.attack)).toBe('Allowed'));
});

describe('the security deployment role keeps every call Terraform makes for the resources it manages', () => {
  test.each(deployerCalls(w).map(({ resourceType, attack }) => [resourceType, attack.action, attack.resource, attack] as const))(
    '%s: allows %s on %s',
    async (_type, _action, _resource, attack) => expect(await evaluate(w.guardrails, attack)).toBe('Allowed'),
  );

  test.each(['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'])('lets the configured deployer %s into the deployment roles', async (action) => {
    for (const [account, roleName] of [[a.SEC, w.config.deploymentRoles.security], [a.LA, w.config.deploymentRoles.logArchive]]) {
      const attack: Attack = { caller: c.deployerPrincipal, action, resource: names.roleArn(account, roleName), resourceAccountId: account };
      expect([roleName, account, await evaluate(w.guardrails, attack)]).toEqual([roleName, account, 'Allowed']);
    }
  });
});

describe('ordinary work in member accounts is untouched', () => {
  const workload = c.admin(a.WORKLOAD);
  const secAdmin = c.admin(a.SEC);
  const own = (caller: typeof workload, action: string, resource: string, resourceAccountId: string, context?: Attack['context']): Attack =>
    ({ caller, action, resource, resourceAccountId, context });
  const ruleArn = (account: string, name: string) => `arn:aws:events:${region}:${account}:rule/${name}`;
  const ordinary: [string, Attack][] = [
    ...['events:PutRule', 'events:DeleteRule', 'events:DisableRule', 'events:RemoveTargets', 'events:PutTargets'].flatMap((action): [string, Attack][] => [
      [`${action} on a workload rule`, own(workload, action, ruleArn(a.WORKLOAD, 'app-nightly'), a.WORKLOAD)],
      [`${action} on a rule of the security account's default bus`, own(secAdmin, action, ruleArn(a.SEC, 'soc-ticketing'), a.SEC)],
      [`${action} on a rule of its own on the central bus`, own(secAdmin, action, names.arn('events', region, a.SEC, `rule/${names.centralEventBusName}/soc-siem-export`), a.SEC)],
    ]),
    ...['sns:DeleteTopic', 'sns:SetTopicAttributes', 'sns:Unsubscribe', 'sns:SetSubscriptionAttributes', 'sns:RemovePermission'].flatMap((action): [string, Attack][] => [
      [`${action} on a workload topic`, own(workload, action, `arn:aws:sns:${region}:${a.WORKLOAD}:app-notifications`, a.WORKLOAD)],
      [`${action} on another topic of the security account`, own(secAdmin, action, `arn:aws:sns:${region}:${a.SEC}:soc-chatops`, a.SEC)],
    ]),
    ...['kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'].flatMap((action): [string, Attack][] => [
      [`${action} on a workload key`, own(workload, action, `arn:aws:kms:${region}:${a.WORKLOAD}:key/1111abcd-12ab-34cd-56ef-1234567890ab`, a.WORKLOAD, { 'kms:ResourceAliases': ['alias/app'] })],
      [`${action} on another key of the security account`, own(secAdmin, action, `arn:aws:kms:${region}:${a.SEC}:key/2222abcd-12ab-34cd-56ef-1234567890ab`, a.SEC, { 'kms:ResourceAliases': ['alias/soc'] })],
    ]),
    ...['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags', 's3:ObjectOwnerOverrideToBucketOwner', 's3:PutObjectTagging'].map((action): [string, Attack] =>
      [`${action} between the workload's own buckets`, own(c.role(a.WORKLOAD, 's3-replication'), action, 'arn:aws:s3:::workload-data-replica/report.csv', a.WORKLOAD)]),
    ['s3:PutBucketRequestPayment on a workload bucket', own(workload, 's3:PutBucketRequestPayment', 'arn:aws:s3:::workload-data', a.WORKLOAD)],
    ['events:PutPermission on a workload bus', own(workload, 'events:PutPermission', '*', a.WORKLOAD)],
    ['events:PutEvents on the workload\'s own bus', own(workload, 'events:PutEvents', `arn:aws:events:${region}:${a.WORKLOAD}:event-bus/default`, a.WORKLOAD)],
    ['iam:PassRole of another role', own(workload, 'iam:PassRole', `arn:aws:iam::${a.WORKLOAD}:role/app-function`, a.WORKLOAD)],
    ['sts:AssumeRole of another security-account role', own(secAdmin, 'sts:AssumeRole', `arn:aws:iam::${a.SEC}:role/soc-analyst`, a.SEC)],
    ['guardduty:GetFindings', own(secAdmin, 'guardduty:GetFindings', '*', a.SEC)],
    ['guardduty:GetDetector', own(secAdmin, 'guardduty:GetDetector', arns.detector, a.SEC)],
    ...['organizations:DetachPolicy', 'organizations:UpdatePolicy', 'organizations:DeletePolicy', 'organizations:TagResource'].map((action): [string, Attack] =>
      [`a delegated administrator: ${action} on a policy of its own`, own(secAdmin, action, arns.guardrailPolicy('service_control_policy').replace('p-a1b2c3d4', 'p-own00000'), a.MGMT,
        { [`aws:ResourceTag/${names.guardrailPolicyTag.key}`]: 'another-deployment', ...(action === 'organizations:TagResource' ? { 'aws:TagKeys': ['team'] } : {}) })]),
  ];
  test.each(ordinary)('allows %s', async (_name, attack) => expect(await evaluate(w.guardrails, attack)).toBe('Allowed'));
});

describe('the forwarders still deliver', () => {
  const forwarders: [string, Attack][] = [
    ['a member account\'s forwarding role', {
      caller: c.role(a.WORKLOAD, names.memberForwarderRoleName(region)), action: 'events:PutEvents', resource: names.centralEventBusArn(region), resourceAccountId: a.SEC,
      resourcePolicy: policies.centralBus, grantEverything: false,
    }],
    ['the security account\'s own forwarding role (the StackSet deploys there too)', {
      caller: c.role(a.SEC, names.memberForwarderRoleName(region)), action: 'events:PutEvents', resource: names.centralEventBusArn(region), resourceAccountId: a.SEC,
      resourcePolicy: policies.centralBus, grantEverything: false,
    }],
    ['the management account\'s forwarding role', {
      caller: c.role(a.MGMT, names.forwarderRoleName), action: 'events:PutEvents', resource: names.centralEventBusArn(region), resourceAccountId: a.SEC,
      resourcePolicy: policies.centralBus, grantEverything: false,
    }],
  ];
  test.each(forwarders)('allows %s to put events on the central bus, by the bus policy\'s own grant', async (_name, attack) =>
    expect(await evaluate(w.guardrails, attack)).toBe('Allowed'));
});

describe('the management account, where nothing binds its own principals (detected, not prevented)', () => {
  const mgmt = c.admin(a.MGMT);
  const tagged = { [`aws:ResourceTag/${names.guardrailPolicyTag.key}`]: names.guardrailPolicyTag.value };
  const residual: [string, Attack][] = [
    ['organizations:DetachPolicy of a trailguard SCP (guardrail-policy-changes)', { caller: mgmt, action: 'organizations:DetachPolicy', resource: arns.guardrailPolicy('service_control_policy'), resourceAccountId: a.MGMT, context: tagged }],
    ['organizations:DeletePolicy of the RCP (guardrail-policy-changes)', { caller: mgmt, action: 'organizations:DeletePolicy', resource: arns.guardrailPolicy('resource_control_policy'), resourceAccountId: a.MGMT, context: tagged }],
    ['events:DeleteRule of its own forwarder (management-forwarder-tampering)', { caller: mgmt, action: 'events:DeleteRule', resource: `arn:aws:events:${region}:${a.MGMT}:rule/${names.forwarderRuleName('root-activity')}`, resourceAccountId: a.MGMT }],
    ['cloudformation:DeleteStackInstances of the forwarder StackSet (forwarder-stack-set-tampering)', {
      caller: mgmt, action: 'cloudformation:DeleteStackInstances', resource: `arn:aws:cloudformation:${region}:${a.MGMT}:stackset/${names.forwarderStackSetName}:0a1b2c3d-0000-4000-8000-000000000000`, resourceAccountId: a.MGMT,
    }],
    ['guardduty:DisableOrganizationAdminAccount (guardduty-admin-removed)', { caller: mgmt, action: 'guardduty:DisableOrganizationAdminAccount', resource: '*', resourceAccountId: a.MGMT }],
    ['logs:DeleteLogGroup of the trail log group (trail-log-group-tampering)', {
      caller: mgmt, action: 'logs:DeleteLogGroup', resource: `${names.trailLogGroupArn}:*`, resourceAccountId: a.MGMT,
    }],
  ];
  test.each(residual)('allows %s: the named detection reports it', async (_name, attack) => expect(await evaluate(w.guardrails, attack)).toBe('Allowed'));
});

test('by default the management account\'s roles are the deployers, and only they', async () => {
  const config = exampleConfig();
  expect(config.deployerPrincipals).toEqual(['arn:aws:iam::111111111111:role/*']);
  const guardrails = guardrailsOf(synthStack('management', config), config.accounts.management, config.organizationRootId);
  const assume = (caller: Attack['caller']): Attack => ({
    caller, action: 'sts:AssumeRole', resource: names.roleArn(a.SEC, config.deploymentRoles.security), resourceAccountId: a.SEC,
  });
  expect(await evaluate(guardrails, assume(c.role(a.MGMT, 'AWSReservedSSO_Platform_0123456789abcdef')))).toBe('Allowed');
  expect(await evaluate(guardrails, assume(c.admin(a.SEC)))).toBe('ExplicitlyDenied');
  expect(await evaluate(guardrails, assume(c.admin(a.WORKLOAD)))).toBe('ExplicitlyDenied');
});

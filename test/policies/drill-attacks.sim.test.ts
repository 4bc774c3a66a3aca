import { plannedBusPolicy } from '../../model/planned-documents';
import { deploymentModel } from '../../model/deployment-model';
import { TrailguardNames } from '../../naming/names';
import { DRILL_EVENT_SOURCE, drillRuleDefinition } from '../../detections/drill-rule';
import { alertInputTransformer } from '../../detections/routing/alert-input-transformer';
import { ROLE_TAMPERING_ACTIONS } from '../../policies/guardrail-actions';
import { exampleConfig } from '../support/example-config';
import { evaluate, guardrailsOf, type Attack, type Caller } from '../support/guardrail-simulation';
import { ADMINISTRATOR_POLICY, simulate } from '../support/iam-simulation';
import { synthStack } from '../support/synth';

jest.setTimeout(180_000);

// Red-team of the drill path (attack-15): the drill role, the verifier role, the bus guard and the
// SCPs as synthesized, with a drill role. The configuration refuses a drill role with the default
// verifierPrincipals ([]: the security account's root), so the drill operator is named.
const operatorOf = (account: string) => `arn:aws:iam::${account}:role/tg-drill-operator`;
const raw = exampleConfig();
const config = exampleConfig({ drillRoleName: 'tg-drill', verifierRoleName: 'tg-verify', verifierPrincipals: [operatorOf(raw.accounts.security)] });
const names = new TrailguardNames(config);
const { security, management } = config.accounts;
const region = config.homeRegion;
const busArn = names.centralEventBusArn(region);
const managementStack = synthStack('management', config);
const securityStack = synthStack('security', config);
const guardrails = guardrailsOf(managementStack, management, config.organizationRootId);
const busPolicy = plannedBusPolicy(names, { organizationId: config.organizationId, breakGlassRoleName: config.breakGlassRoleName, drillRoleName: 'tg-drill' }, region);

const roleNamed = (stack: any, name: string) => Object.values<any>(stack.resource.aws_iam_role).find((r) => r.name === name);
const inlinePolicyOf = (stack: any, policyName: string) => JSON.parse(Object.values<any>(stack.resource.aws_iam_role_policy).find((p) => p.name === policyName).policy);

const securityRole = (roleName: string): Caller => ({ kind: 'role', accountId: security, roleName, organizationId: config.organizationId });
const drillInSecurity = securityRole('tg-drill');
const securityAdmin = securityRole('Administrator');

const putOnBus = (caller: Caller, sources: string[]): Attack => ({
  caller, action: 'events:PutEvents', resource: busArn, resourceAccountId: security, resourcePolicy: busPolicy, context: { 'events:source': sources },
});

describe('finding A: the SCP DenyForgedAlertEvents refuses the drill role its own drill event', () => {
  it('without SCPs, the bus policy and the drill role own policy let it put a drill event', async () => {
    const drillPolicyDoc = inlinePolicyOf(securityStack, 'trailguard-drill');
    expect(await simulate({ caller: { kind: 'role', roleArn: names.roleArn(security, 'tg-drill'), organizationId: config.organizationId }, action: 'events:PutEvents', resource: busArn, resourceAccount: security, resourcePolicy: busPolicy, identityPolicies: [drillPolicyDoc], keys: { 'events:source': [DRILL_EVENT_SOURCE] } })).toBe('Allowed');
  });

  it('the SCPs alone (no bus policy) exempt the security account\'s drill role, and no other role of that name or account', async () => {
    expect(await evaluate(guardrails, putOnBus(drillInSecurity, [DRILL_EVENT_SOURCE]), { resourcePolicy: false })).toBe('Allowed');
    expect(await evaluate(guardrails, putOnBus(securityAdmin, [DRILL_EVENT_SOURCE]), { resourcePolicy: false })).toBe('ExplicitlyDenied');
    expect(await evaluate(guardrails, putOnBus(securityAdmin, ['aws.iam']), { resourcePolicy: false })).toBe('ExplicitlyDenied');
    const drillElsewhere: Caller = { kind: 'role', accountId: '444455556666', roleName: 'tg-drill', organizationId: config.organizationId };
    expect(await evaluate(guardrails, putOnBus(drillElsewhere, [DRILL_EVENT_SOURCE]), { resourcePolicy: false })).toBe('ExplicitlyDenied');
  });

  it('with the synthesized SCPs the drill role can still put a drill event', async () => {
    expect(await evaluate(guardrails, putOnBus(drillInSecurity, [DRILL_EVENT_SOURCE]))).toBe('Allowed');
  });

  it('with the SCPs and the bus policy together, the drill role still puts nothing but drill events', async () => {
    for (const sources of [['aws.guardduty'], [DRILL_EVENT_SOURCE, 'aws.iam']]) {
      expect(await evaluate(guardrails, putOnBus(drillInSecurity, sources))).toBe('ExplicitlyDenied');
    }
  });
});

describe('finding B: the drill role (the only principal whose trailguard.drill events the bus accepts) is not protected by name', () => {
  // The bus guard trusts aws:PrincipalArn arn:...:role/tg-drill. Whoever can re-trust, re-policy or
  // delete-and-recreate a role of that name holds the "DRILL: no action needed" label. The forwarder
  // roles and the break-glass role are protected this way (forwarder-guardrails.sim.test.ts); so are now the drill and verifier roles.
  test.each([...ROLE_TAMPERING_ACTIONS])('denies a security-account administrator %s on the drill role', async (action) => {
    const attack: Attack = { caller: securityAdmin, action, resource: names.roleArn(security, 'tg-drill'), resourceAccountId: security };
    expect(await evaluate(guardrails, attack)).toBe('ExplicitlyDenied');
  });

  test.each(['iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy', 'iam:AttachRolePolicy'])('denies a security-account administrator %s on the verifier role', async (action) => {
    const attack: Attack = { caller: securityAdmin, action, resource: names.roleArn(security, 'tg-verify'), resourceAccountId: security };
    expect(await evaluate(guardrails, attack)).toBe('ExplicitlyDenied');
  });

  it('still lets the security deployment role, which creates them, and the break-glass role change them', async () => {
    for (const roleName of [config.deploymentRoles.security, config.breakGlassRoleName]) {
      for (const target of ['tg-drill', 'tg-verify']) {
        const attack: Attack = { caller: securityRole(roleName), action: 'iam:UpdateAssumeRolePolicy', resource: names.roleArn(security, target), resourceAccountId: security };
        expect(await evaluate(guardrails, attack)).toBe('Allowed');
      }
    }
  });
});

describe('finding C: with the default verifierPrincipals the management account\'s drill role would trust the whole security account', () => {
  const managementDrillRole = names.roleArn(management, 'tg-drill');
  const trust = JSON.parse(roleNamed(managementStack, 'tg-drill').assume_role_policy);

  it('rejects a drill role with the default verifierPrincipals (the security account root)', () => {
    expect(() => exampleConfig({ drillRoleName: 'tg-drill' })).toThrow(/verifierPrincipals: got \[\]; expected at least one IAM role, user or account-root ARN when drillRoleName is set/);
  });

  it('the trust names the configured operator, within the organization', () => {
    expect(trust.Statement[0].Principal.AWS).toEqual([operatorOf(security)]);
    expect(trust.Statement[0].Condition).toEqual({ StringEquals: { 'aws:PrincipalOrgID': config.organizationId } });
  });

  it('lets the configured operator assume the management drill role', async () => {
    const attack: Attack = { caller: securityRole('tg-drill-operator'), action: 'sts:AssumeRole', resource: managementDrillRole, resourceAccountId: management, resourcePolicy: trust, grantEverything: false };
    expect(await evaluate(guardrails, attack)).toBe('Allowed');
  });

  it('denies a role of the operator\'s name outside the organization', async () => {
    const outsider: Caller = { kind: 'role', accountId: security, roleName: 'tg-drill-operator', organizationId: 'o-someoneelse' };
    const attack: Attack = { caller: outsider, action: 'sts:AssumeRole', resource: managementDrillRole, resourceAccountId: management, resourcePolicy: trust, grantEverything: false };
    expect(await evaluate(guardrails, attack)).not.toBe('Allowed');
  });

  it('denies an arbitrary security-account role (not a configured drill operator) sts:AssumeRole into the management drill role', async () => {
    // The trust alone decides (no grant added); the caller's own policy is *:*. SCPs bind the caller (security is a member account).
    const attack: Attack = { caller: securityRole('some-app-role'), action: 'sts:AssumeRole', resource: managementDrillRole, resourceAccountId: management, resourcePolicy: trust, grantEverything: false };
    expect(await evaluate(guardrails, attack)).not.toBe('Allowed');
  });

  it('the management drill role may set no detection alarm to any state (the drill only ever sets its canary)', async () => {
    const drillPolicyDoc = inlinePolicyOf(managementStack, 'trailguard-drill');
    const alarmNames: string[] = deploymentModel(config).detections.metricFilters.definitions.map((d: any) => names.detectionName(d.id));
    expect(alarmNames.length).toBeGreaterThan(1);
    const allowed: string[] = [];
    for (const alarm of alarmNames.slice(1)) {
      const decision = await simulate({
        caller: { kind: 'role', roleArn: managementDrillRole },
        action: 'cloudwatch:SetAlarmState',
        resource: names.arn('cloudwatch', region, management, `alarm:${alarm}`),
        resourceAccount: management,
        identityPolicies: [drillPolicyDoc],
      });
      if (decision === 'Allowed') allowed.push(alarm);
    }
    expect(allowed).toEqual([]);
    // The first detection alarm too, which the alarm drill used to set.
    expect(await simulate({ caller: { kind: 'role', roleArn: managementDrillRole }, action: 'cloudwatch:SetAlarmState', resource: names.arn('cloudwatch', region, management, `alarm:${alarmNames[0]}`), resourceAccount: management, identityPolicies: [drillPolicyDoc] })).not.toBe('Allowed');
    for (const action of ['cloudwatch:SetAlarmState', 'cloudwatch:DescribeAlarmHistory']) {
      expect(await simulate({ caller: { kind: 'role', roleArn: managementDrillRole }, action, resource: names.drillAlarmArn, resourceAccount: management, identityPolicies: [drillPolicyDoc] })).toBe('Allowed');
    }
  });

  it('the canary alarm is no detection: its metric is written by no metric filter, and it acts on the alarm topic', () => {
    const alarms = Object.values<any>(managementStack.resource.aws_cloudwatch_metric_alarm);
    const canary = alarms.find((a) => a.alarm_name === names.drillAlarmName);
    expect(canary).toMatchObject({ metric_name: names.drillAlarmName, namespace: names.detectionMetricNamespace, treat_missing_data: 'notBreaching' });
    expect(canary.alarm_actions).toHaveLength(1);
    const filtered = Object.values<any>(managementStack.resource.aws_cloudwatch_log_metric_filter).map((f) => f.metric_transformation.name);
    expect(filtered).not.toContain(canary.metric_name);
  });
});

describe('finding D: the DRILL message renders fields the drill-role holder writes', () => {
  it('the drill rule message reads only drill-owned fields, not $.detail.*', () => {
    const message = alertInputTransformer(drillRuleDefinition());
    expect(Object.values(message.inputPaths).filter((path) => path.startsWith('$.detail'))).toEqual([]);
  });

  it('the deployed drill rule message names the drill role and where to look if it was not expected', () => {
    const message = alertInputTransformer(deploymentModel(config).detections.drillRule.definition);
    expect(Object.values(message.inputPaths).sort()).toEqual(['$.account', '$.region', '$.time']);
    expect(JSON.parse(message.inputTemplate)).toMatch(/If unexpected, check CloudTrail PutEvents by the drill role tg-drill/);
  });
});

describe('held: what the guard and policies do keep out', () => {
  const simulated = (roleArn: string, keys: Record<string, string[]> | undefined, identityPolicies: unknown[] = [ADMINISTRATOR_POLICY]) =>
    simulate({ caller: { kind: 'role', roleArn, organizationId: config.organizationId }, action: 'events:PutEvents', resource: busArn, resourceAccount: security, resourcePolicy: busPolicy, identityPolicies, ...(keys && { keys }) });
  const drillRoleArn = names.roleArn(security, 'tg-drill');

  it('whoever holds (or re-creates) the drill role with *:* still cannot put non-drill or mixed events as it', async () => {
    expect(await simulated(drillRoleArn, { 'events:source': ['aws.guardduty'] })).toBe('ExplicitlyDenied');
    expect(await simulated(drillRoleArn, { 'events:source': ['trailguard.drill', 'aws.iam'] })).toBe('ExplicitlyDenied');
    expect(await simulated(drillRoleArn, { 'events:source': ['trailguard.drill', 'trailguard.drill', 'aws.signin'] })).toBe('ExplicitlyDenied');
  });

  it('a request whose entries carry no source is refused to the drill role even with *:*', async () => {
    expect(await simulated(drillRoleArn, undefined)).toBe('ExplicitlyDenied');
  });

  it('a security administrator cannot put drill events, nor case variants of the source (which the rule would not match anyway)', async () => {
    for (const source of ['trailguard.drill', 'Trailguard.Drill', 'trailguard.drill ']) expect(await simulated(names.roleArn(security, 'Administrator'), { 'events:source': [source] })).toBe('ExplicitlyDenied');
  });

  it('a forwarder cannot relay a drill event, with or without the SCPs', async () => {
    const forwarder: Caller = { kind: 'role', accountId: '444455556666', roleName: names.memberForwarderRoleName(region), organizationId: config.organizationId };
    expect(await simulated(names.roleArn('444455556666', names.memberForwarderRoleName(region)), { 'events:source': [DRILL_EVENT_SOURCE] })).toBe('ExplicitlyDenied');
    expect(await evaluate(guardrails, putOnBus(forwarder, [DRILL_EVENT_SOURCE]))).toBe('ExplicitlyDenied');
    expect(await evaluate(guardrails, putOnBus(forwarder, ['aws.iam']))).toBe('Allowed');
  });

  it('a member account delivering through a rule without a role (principal: the account root) is refused', async () => {
    const root = { kind: 'user' as const, userArn: 'arn:aws:iam::444455556666:root', organizationId: config.organizationId };
    expect(await simulate({ caller: root, action: 'events:PutEvents', resource: busArn, resourceAccount: security, resourcePolicy: busPolicy, identityPolicies: [ADMINISTRATOR_POLICY], keys: { 'events:source': ['aws.iam'] } })).toBe('ExplicitlyDenied');
  });

  it('the drill role of the management account (same name, other account) cannot put any event on the bus', async () => {
    for (const source of [DRILL_EVENT_SOURCE, 'aws.guardduty']) expect(await simulated(names.roleArn(management, 'tg-drill'), { 'events:source': [source] })).toBe('ExplicitlyDenied');
  });

  it('every central rule requires an aws.* or exact source, so a trailguard.drill event matches the drill rule only', () => {
    const model = deploymentModel(config);
    const offenders = model.detections.eventRules.central.flatMap((c) => c.definitions)
      .filter((d) => d.pattern.source === undefined || JSON.stringify(d.pattern.source).includes('trailguard'))
      .map((d) => d.id);
    expect(offenders).toEqual([]);
  });

  it('the verifier policy holds only read actions (List/Describe/Get)', () => {
    const verify = inlinePolicyOf(securityStack, 'trailguard-verify-read');
    const actions: string[] = verify.Statement.flatMap((s: any) => [s.Action].flat());
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => !/^[a-z0-9-]+:(List|Describe|Get|BatchGet|Lookup)/.test(a))).toEqual([]);
  });
});

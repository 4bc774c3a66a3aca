import { TrailguardNames } from '../../naming/names';
import { FORWARDER_RULE_TAMPERING_ACTIONS, ROLE_TAMPERING_ACTIONS, TRAIL_TAMPERING_ACTIONS } from '../../policies/guardrail-actions';
import { exampleConfig } from '../support/example-config';
import { evaluate, guardrailsOf, type Attack, type Caller } from '../support/guardrail-simulation';
import { synthStack } from '../support/synth';

// Attacks on the forwarders the StackSet deploys into member accounts, against the synthesized
// management stack's SCPs. The rule and role names are read from the StackSet's own template,
// so the test breaks if the template and the guardrail drift apart.
const config = exampleConfig();
const names = new TrailguardNames(config);
const management = synthStack('management', config);
const guardrails = guardrailsOf(management, config.accounts.management, config.organizationRootId);
const template = JSON.parse((Object.values<any>(management.resource.aws_cloudformation_stack_set)[0]).template_body);
const resources = Object.values<any>(template.Resources);

const WORKLOAD = '444455556666';
const REGION = config.homeRegion;
const FORWARDER_RULE_NAMES: string[] = resources.filter((r) => r.Type === 'AWS::Events::Rule').map((r) => r.Properties.Name);
const [roleNamePrefix] = resources.find((r) => r.Type === 'AWS::IAM::Role').Properties.RoleName['Fn::Join'][1] as [string];
const FORWARDER_ROLE_NAME = `${roleNamePrefix}${REGION}`;

const role = (roleName: string): Caller => ({ kind: 'role', accountId: WORKLOAD, roleName });
const memberAdmin = role('Administrator');
const breakGlass = role(config.breakGlassRoleName);
const stackSetsExecution = role('stacksets-exec-0123456789abcdef0123456789abcdef');

const onRule = (caller: Caller, action: string, ruleName: string): Attack => ({
  caller, action, resource: `arn:aws:events:${REGION}:${WORKLOAD}:rule/${ruleName}`, resourceAccountId: WORKLOAD,
});
const onRole = (caller: Caller, action: string, roleName = FORWARDER_ROLE_NAME): Attack => ({
  caller, action, resource: `arn:aws:iam::${WORKLOAD}:role/${roleName}`, resourceAccountId: WORKLOAD,
});

/** Allowed without guardrails and denied with them, so only the guardrails can cause it. */
async function expectDeniedByScps(attack: Attack): Promise<void> {
  expect(await evaluate(undefined, attack)).toBe('Allowed');
  expect(await evaluate(guardrails, attack)).toBe('ExplicitlyDenied');
}

test('the template names its rules and role as the guardrails expect', () => {
  expect(FORWARDER_RULE_NAMES.length).toBeGreaterThan(0);
  expect(FORWARDER_RULE_NAMES.every((name) => name.startsWith(names.forwarderRuleNamePrefix))).toBe(true);
  expect(FORWARDER_ROLE_NAME).toBe(names.memberForwarderRoleName(REGION));
});

describe('a member-account administrator with *:*', () => {
  test.each(FORWARDER_RULE_TAMPERING_ACTIONS.flatMap((action) => FORWARDER_RULE_NAMES.map((rule) => [action, rule])))('denies %s on %s', async (action, rule) =>
    expectDeniedByScps(onRule(memberAdmin, action, rule)));

  test.each([...ROLE_TAMPERING_ACTIONS])('denies %s on the forwarding role', async (action) => expectDeniedByScps(onRole(memberAdmin, action)));
});

describe('the StackSets execution role, which deploys the forwarders', () => {
  test.each([...FORWARDER_RULE_TAMPERING_ACTIONS])('allows %s on a forwarding rule', async (action) =>
    expect(await evaluate(guardrails, onRule(stackSetsExecution, action, FORWARDER_RULE_NAMES[0]))).toBe('Allowed'));

  test.each([...ROLE_TAMPERING_ACTIONS])('allows %s on the forwarding role', async (action) =>
    expect(await evaluate(guardrails, onRole(stackSetsExecution, action))).toBe('Allowed'));

  test.each([...TRAIL_TAMPERING_ACTIONS])('still denies %s: the exemption covers the forwarders only', async (action) =>
    expectDeniedByScps({ caller: stackSetsExecution, action, resource: `arn:aws:cloudtrail:${REGION}:${WORKLOAD}:trail/${names.trailName}`, resourceAccountId: WORKLOAD }));
});

describe('the break-glass role', () => {
  test.each([...FORWARDER_RULE_TAMPERING_ACTIONS])('allows %s on a forwarding rule', async (action) =>
    expect(await evaluate(guardrails, onRule(breakGlass, action, FORWARDER_RULE_NAMES[0]))).toBe('Allowed'));

  test.each([...ROLE_TAMPERING_ACTIONS])('allows %s on the forwarding role', async (action) =>
    expect(await evaluate(guardrails, onRole(breakGlass, action))).toBe('Allowed'));
});

describe('ordinary work', () => {
  test.each([...FORWARDER_RULE_TAMPERING_ACTIONS])('allows a member admin %s on a rule of another name', async (action) =>
    expect(await evaluate(guardrails, onRule(memberAdmin, action, 'app-nightly-report'))).toBe('Allowed'));

  test.each([...ROLE_TAMPERING_ACTIONS])('allows a member admin %s on a role of another name', async (action) =>
    expect(await evaluate(guardrails, onRole(memberAdmin, action, 'app-event-handler'))).toBe('Allowed'));
});

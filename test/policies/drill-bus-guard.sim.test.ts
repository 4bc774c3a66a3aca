import { plannedBusPolicy } from '../../model/planned-documents';
import { TrailguardNames } from '../../naming/names';
import { drillPolicy } from '../../policies/drill-policy';
import { exampleConfig } from '../support/example-config';
import { ADMINISTRATOR_POLICY, simulate } from '../support/iam-simulation';

jest.setTimeout(120_000);

/**
 * The central bus policy as the security stack attaches it (the same producer), with the drill
 * role configured: only the drill role puts `trailguard.drill` events, and it puts nothing else.
 * Security-account roles need no grant in the bus policy (their identity policy is enough), so
 * only the Deny statements stand between an administrator of that account and a forged event.
 */
const config = exampleConfig({ drillRoleName: 'tg-drill', verifierPrincipals: ['arn:aws:iam::333333333333:role/tg-drill-operator'] });
const names = new TrailguardNames(config);
const { security, management } = config.accounts;
const region = config.homeRegion;
const busArn = names.centralEventBusArn(region);
const access = { organizationId: config.organizationId, breakGlassRoleName: config.breakGlassRoleName, drillRoleName: 'tg-drill' };
const busPolicy = plannedBusPolicy(names, access, region);
const drillRole = names.roleArn(security, 'tg-drill');
const drillRolePolicy = drillPolicy({ centralBusArns: config.governedRegions.map((r) => names.centralEventBusArn(r)), drillAlarmArn: names.drillAlarmArn });
const memberForwarder = names.roleArn('444444444444', names.memberForwarderRoleName(region));
const managementForwarder = names.managementForwarderRoleArn;

const put = (roleArn: string, sources: string[], identityPolicies: unknown[] = [ADMINISTRATOR_POLICY], policy: unknown = busPolicy) =>
  simulate({
    caller: { kind: 'role', roleArn, organizationId: config.organizationId },
    action: 'events:PutEvents',
    resource: busArn,
    resourceAccount: security,
    resourcePolicy: policy,
    identityPolicies,
    keys: { 'events:source': sources },
  });

describe('central bus policy with the drill guard', () => {
  it('lets the drill role put a drill event, with its own policy', async () => {
    expect(await put(drillRole, ['trailguard.drill'], [drillRolePolicy])).toBe('Allowed');
  });

  it('denies the drill role any other source, even with an administrator policy', async () => {
    expect(await put(drillRole, ['aws.guardduty'])).toBe('ExplicitlyDenied');
    // A forged forwarder event: the source of a CloudTrail API call a forwarder would carry.
    expect(await put(drillRole, ['aws.iam'])).toBe('ExplicitlyDenied');
    expect(await put(drillRole, ['aws.iam'], [drillRolePolicy])).not.toBe('Allowed');
  });

  it('denies a batch that mixes a drill entry with another source, for the drill role and for a forwarder', async () => {
    expect(await put(drillRole, ['trailguard.drill', 'aws.guardduty'])).toBe('ExplicitlyDenied');
    expect(await put(memberForwarder, ['aws.iam', 'trailguard.drill'])).toBe('ExplicitlyDenied');
  });

  it('denies drill events to every other principal: forwarders, break-glass, a security administrator, an organization account', async () => {
    for (const roleArn of [
      memberForwarder,
      managementForwarder,
      names.accountRoleArn('security', config.breakGlassRoleName),
      names.roleArn(security, 'admin'),
      names.roleArn('444444444444', 'admin'),
      // The drill role's name in another account is not the drill role.
      names.roleArn(management, 'tg-drill'),
    ]) {
      expect([roleArn, await put(roleArn, ['trailguard.drill'])]).toEqual([roleArn, 'ExplicitlyDenied']);
    }
  });

  it('still lets the forwarders put real events, and denies a security administrator those', async () => {
    expect(await put(memberForwarder, ['aws.iam'], [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'events:PutEvents', Resource: busArn }] }])).toBe('Allowed');
    expect(await put(managementForwarder, ['aws.guardduty'])).toBe('Allowed');
    expect(await put(names.roleArn(security, 'admin'), ['aws.guardduty'])).toBe('ExplicitlyDenied');
  });

  it('denies drill events to everyone, break-glass included, when no drill role is configured', async () => {
    const withoutDrill = plannedBusPolicy(names, { ...access, drillRoleName: undefined }, region);
    expect(await put(names.accountRoleArn('security', config.breakGlassRoleName), ['trailguard.drill'], [ADMINISTRATOR_POLICY], withoutDrill)).toBe('ExplicitlyDenied');
    expect(await put(drillRole, ['trailguard.drill'], [drillRolePolicy], withoutDrill)).toBe('ExplicitlyDenied');
    expect(await put(names.accountRoleArn('security', config.breakGlassRoleName), ['aws.guardduty'], [ADMINISTRATOR_POLICY], withoutDrill)).toBe('Allowed');
  });
});

import { config, expected, fakeOrganization, notPassing, only } from './verify-harness';

jest.setTimeout(120_000);

// The fake serves every list two items a page (DEFAULT_PAGE_SIZE), with the token each API
// uses (NextToken, nextToken). Each scenario puts the one fact that decides the check past the
// first page: a reader that stops at page one passes a failure, or fails a healthy list.
const org = fakeOrganization();
const { management, security } = config.accounts;
const home = config.homeRegion;
const other = config.governedRegions.find((r) => r !== home)!;
const beyondFirstPage = <T>(list: readonly T[], item: T) => {
  expect(list.indexOf(item)).toBeGreaterThanOrEqual(2);
  return item;
};

describe('verify follows every page', () => {
  it('reads lists of more than one page in every service (the healthy organization still passes)', async () => {
    const results = await org.run();
    expect(notPassing(results)).toEqual([]);
    // More than one call per list: the tokens were followed.
    const count = (call: string) => org.fake().calls.filter((c) => c.call === call && c.account === management && c.region === home).length;
    for (const call of ['organizations:ListAccounts', 'cloudformation:ListStackInstances', 'logs:DescribeMetricFilters', 'cloudwatch:DescribeAlarms', 'eventbridge:ListRules']) {
      expect([call, count(call) > 1]).toEqual([call, true]);
    }
  });

  it('names a member not enabled, and a rule disabled, that only a later page shows', async () => {
    const state = org.fake().state;
    const members = state.guardDuty[home].members;
    beyondFirstPage(members, members[members.length - 1]).relationshipStatus = 'Removed';
    const rules = state.rules[`${security}/${other}`];
    const rule = beyondFirstPage(rules, rules[rules.length - 1]);
    rule.state = 'DISABLED';
    const results = await org.run();
    expect(notPassing(results).sort()).toEqual([`alerts.central-rules ${security} ${other} fail`, `guardduty.members ${security} ${home} fail`]);
    expect(only(results, 'guardduty.members', home).detail).toMatch(new RegExp(`^not enabled members: ${members[members.length - 1].accountId} `));
    expect(only(results, 'alerts.central-rules', other).detail).toBe(`${rule.name} is DISABLED`);
  });

  it('names an OUTDATED StackSet instance, an alarm with actions disabled and a changed filter on a later page', async () => {
    const state = org.fake().state;
    const instance = beyondFirstPage(state.stackSet!.instances, state.stackSet!.instances[state.stackSet!.instances.length - 1]);
    instance.status = 'OUTDATED';
    const alarm = beyondFirstPage(state.alarms, state.alarms[state.alarms.length - 1]);
    alarm.actionsEnabled = false;
    const filters = state.metricFilters;
    const filter = beyondFirstPage(filters, filters[filters.length - 1]);
    filters[filters.length - 1] = { ...filter, pattern: '{ $.eventName = "Nothing" }' };
    const results = await org.run();
    expect(notPassing(results).sort()).toEqual([`alerts.alarms ${management} ${home} fail`, `alerts.metric-filters ${management} ${home} fail`, `alerts.stackset-instances ${management} ${home} fail`]);
    expect(only(results, 'alerts.stackset-instances').detail).toContain(`${instance.account}`);
    expect(only(results, 'alerts.alarms').detail).toBe(`${alarm.name} has actions disabled`);
    expect(only(results, 'alerts.metric-filters').detail).toContain(filter.name);
  });

  it('finds a new account that only the last page of ListAccounts lists', async () => {
    const state = org.fake().state;
    state.accounts.push({ id: '666666666666', name: 'new-account', state: 'ACTIVE' });
    beyondFirstPage(state.accounts, state.accounts[state.accounts.length - 1]);
    const results = await org.run();
    expect(only(results, 'guardduty.members', home).detail).toContain('666666666666');
    expect(only(results, 'alerts.stackset-instances').detail).toContain('missing: 666666666666 (new-account)');
  });

  it('passes a topic confirmed only on page two, a rule targeting its topic only on page two, an SCP attached on page two', async () => {
    const state = org.fake().state;
    const topic = expected.alerts!.topicArnByRegion[other];
    const pending = { subscriptionArn: 'PendingConfirmation', protocol: 'email', endpoint: 'someone@example.com' };
    state.topics[topic] = [pending, pending, ...state.topics[topic]];
    const rule = state.rules[`${security}/${other}`][0];
    rule.targets = ['arn:aws:sns:eu-west-1:333333333333:elsewhere-1', 'arn:aws:sns:eu-west-1:333333333333:elsewhere-2', ...rule.targets];
    const policy = state.organization.policies[0];
    policy.targets = ['ou-abcd-11111111', 'ou-abcd-22222222', ...policy.targets];
    const results = await org.run();
    expect(notPassing(results)).toEqual([]);
    expect(only(results, 'alerts.topic-subscription', other).detail).toBe('1 confirmed subscription(s)');
  });
});

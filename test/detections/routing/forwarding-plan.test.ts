import { eventRuleDefinitions } from '../../../detections';
import { centralRuleDefinitions, forwardedDefinitions, forwarderRegions, forwardingTargetRegion } from '../../../detections/routing/forwarding-plan';

const definitions = eventRuleDefinitions({ evidenceBucketNames: ['tg-evidence-1'], logKeyAliasNames: ['alias/tg/logs'], trailName: 'tg-trail', trailLogGroupName: '/tg/cloudtrail/organization', alarmNamePrefix: 'tg-' });
const globalIds = definitions.filter((d) => d.arrivesIn === 'us-east-1').map((d) => d.id);

describe('forwarding plan', () => {
  it('adds us-east-1 to the forwarder Regions when it is not governed, and sends it to the home bus', () => {
    const scope = { governedRegions: ['eu-west-1', 'eu-central-1'], homeRegion: 'eu-central-1' };
    expect(forwarderRegions(scope)).toEqual(['eu-west-1', 'eu-central-1', 'us-east-1']);
    expect(forwardingTargetRegion('us-east-1', scope)).toBe('eu-central-1');
    expect(forwardingTargetRegion('eu-west-1', scope)).toBe('eu-west-1');
    expect(centralRuleDefinitions(definitions, 'eu-central-1', scope).map((d) => d.id)).toEqual(expect.arrayContaining(globalIds));
    expect(globalIds.length).toBeGreaterThan(0);
    expect(centralRuleDefinitions(definitions, 'eu-west-1', scope).filter((d) => globalIds.includes(d.id))).toEqual([]);
  });

  it('matches global-service rules only where they arrive', () => {
    expect(globalIds.length).toBeGreaterThan(0);
    expect(forwardedDefinitions(definitions, 'us-east-1')).toHaveLength(definitions.length);
    expect(forwardedDefinitions(definitions, 'eu-west-1').map((d) => d.id)).toEqual(definitions.filter((d) => !globalIds.includes(d.id)).map((d) => d.id));
    const scope = { governedRegions: ['us-east-1', 'eu-west-1'], homeRegion: 'eu-west-1' };
    expect(centralRuleDefinitions(definitions, 'us-east-1', scope)).toHaveLength(definitions.length);
    expect(centralRuleDefinitions(definitions, 'eu-west-1', scope).map((d) => d.id)).not.toContain(globalIds[0]);
  });
});

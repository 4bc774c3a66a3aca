import { eventRuleDefinitions } from '../../../detections';
import { forwarderStackSetTemplate } from '../../../detections/routing/forwarder-template';
import { KNOWN_REGIONS } from '../../../config/regions';
import { MAX_TEMPLATE_BODY_BYTES } from '../../../modules/detection/forwarder-stack-set';

const TARGETS = { evidenceBucketNames: ['tg-evidence-1'], logKeyAliasNames: ['alias/tg/logs'], trailName: 'tg-trail', trailLogGroupName: '/tg/cloudtrail/organization', alarmNamePrefix: 'tg-', forwarderRuleNamePrefix: 'tg-fwd-', forwarderStackSetName: 'tg-event-forwarders' };
const definitions = eventRuleDefinitions(TARGETS);
const busArn = (region: string) => `arn:aws:events:${region}:333333333333:event-bus/tg-security-events`;

const prefixes = { ruleNamePrefix: 'tg-fwd-', roleNamePrefix: 'tg-event-forwarder-' };

describe('forwarderStackSetTemplate', () => {
  const template: any = forwarderStackSetTemplate({ definitions, ...prefixes, targetBusArnByRegion: { 'eu-west-1': busArn('eu-west-1'), 'us-east-1': busArn('eu-west-1') } });

  it('keeps global-service rules to us-east-1 and forwards every rule to the mapped central bus', () => {
    const rules = Object.values(template.Resources).filter((r: any) => r.Type === 'AWS::Events::Rule') as any[];
    expect(rules).toHaveLength(definitions.length);
    expect(rules.filter((r) => r.Condition === 'InGlobalEventRegion')).toHaveLength(definitions.filter((d) => d.arrivesIn === 'us-east-1').length);
    for (const rule of rules) {
      expect(rule.Properties.EventBusName).toBe('default');
      expect(rule.Properties.Targets[0].Arn).toEqual({ 'Fn::FindInMap': ['CentralBus', { Ref: 'AWS::Region' }, 'Arn'] });
    }
  });

  it('trusts EventBridge only for the stack\'s own account and grants only PutEvents', () => {
    const role = template.Resources.ForwarderRole.Properties;
    expect(role.AssumeRolePolicyDocument.Statement[0].Condition).toEqual({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } });
    expect(role.Policies[0].PolicyDocument.Statement).toEqual([expect.objectContaining({ Action: 'events:PutEvents', Resource: [busArn('eu-west-1')] })]);
  });

  // The guardrail SCP protects the forwarders by name: unnamed, they could be deleted by any member admin.
  it('names every rule like the management forwarders, so the guardrail can protect it', () => {
    const ruleNames = Object.values(template.Resources).filter((r: any) => r.Type === 'AWS::Events::Rule').map((r: any) => r.Properties.Name);
    expect(ruleNames).toEqual(definitions.map((d) => `tg-fwd-${d.id}`));
  });

  it('contains no "${", which Terraform would read as interpolation inside template_body', () => {
    expect(JSON.stringify(template)).not.toContain('${');
  });

  it('names the role per Region, as IAM names are global and the template deploys in every Region', () => {
    expect(template.Resources.ForwarderRole.Properties.RoleName).toEqual({ 'Fn::Join': ['', ['tg-event-forwarder-', { Ref: 'AWS::Region' }]] });
  });

  it('rejects a template with no Regions', () => {
    expect(() => forwarderStackSetTemplate({ definitions, ...prefixes, targetBusArnByRegion: {} })).toThrow(/targetBusArnByRegion: got no Regions/);
  });

  it('rejects rule and role names longer than 64 characters, naming each', () => {
    const long = 'x'.repeat(60);
    expect(() => forwarderStackSetTemplate({ definitions, ruleNamePrefix: long, roleNamePrefix: long, targetBusArnByRegion: { 'eu-west-1': busArn('eu-west-1') } }))
      .toThrow(/forwarderStackSetTemplate: rule name: got "x{60}[a-z-]+"; expected at most 64 characters \(it has \d+\).*role name: got "x{60}eu-west-1"; expected at most 64 characters \(it has 69\)/);
  });
});

describe('forwarderStackSetTemplate at full size', () => {
  const allRegions = Object.fromEntries(KNOWN_REGIONS.map((region) => [region, busArn(region)]));
  const tuned = eventRuleDefinitions({
    ...TARGETS,
    tuning: { organizationAccountIds: Array.from({ length: 25 }, (_, i) => String(100000000000 + i)), exclusions: { '*': ['arn:aws:sts::*:assumed-role/deployer/*'] } },
  });

  it(`stays within CloudFormation's ${MAX_TEMPLATE_BODY_BYTES}-byte template body with every rule in every known Region`, () => {
    const body = JSON.stringify(forwarderStackSetTemplate({ definitions: tuned, ...prefixes, targetBusArnByRegion: allRegions }));
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_TEMPLATE_BODY_BYTES);
  });

  it('forwards the untuned patterns, so tuning changes the central rules and never the StackSet', () => {
    const untuned = eventRuleDefinitions(TARGETS);
    const of = (definitions: typeof tuned) => JSON.stringify(forwarderStackSetTemplate({ definitions, ...prefixes, targetBusArnByRegion: allRegions }));
    expect(of(tuned)).toEqual(of(untuned));
    expect(tuned.filter((d) => JSON.stringify(d.pattern) !== JSON.stringify(d.forwardingPattern)).length).toBeGreaterThan(30);
  });
});

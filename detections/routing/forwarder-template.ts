import { ruleState, type EventRuleDefinition } from '../types';
import { eventForwarderPermissions, eventForwarderTrustPolicy } from '../../policies/event-forwarder-policies';
import { GLOBAL_EVENTS_REGION } from '../../config/regions';
import { pascalCase } from '../../modules/private/construct-ids';
import { nameLengthProblems, throwIfProblems } from '../../modules/private/validation';

export interface ForwarderTemplateInputs {
  readonly definitions: readonly EventRuleDefinition[];
  /** For each Region the StackSet deploys to, the central bus its forwarders send to. */
  readonly targetBusArnByRegion: Readonly<Record<string, string>>;
  /**
   * Rule names are `<ruleNamePrefix><definition id>`, the same names as the management
   * account's forwarders, so one guardrail pattern protects them all.
   */
  readonly ruleNamePrefix: string;
  /**
   * The forwarding role is named `<roleNamePrefix><Region>`: IAM is global and the template
   * deploys once per Region, so the Region keeps the name unique and the guardrail pattern fixed.
   */
  readonly roleNamePrefix: string;
}

// CloudFormation resolves this in each stack instance; the trust builder takes it as the account.
const ACCOUNT_PLACEHOLDER = '__TRAILGUARD_ACCOUNT_ID__';

/**
 * The CloudFormation template of the forwarder StackSet, generated from the same rule definitions
 * as the central rules, so the two cannot drift. One template serves every Region: a mapping gives
 * each Region its target bus, and a condition keeps the global-event rules to us-east-1.
 */
export function forwarderStackSetTemplate(inputs: ForwarderTemplateInputs): Record<string, unknown> {
  const regions = Object.keys(inputs.targetBusArnByRegion);
  if (regions.length === 0) throw new Error('targetBusArnByRegion: got no Regions; expected at least one');
  throwIfProblems('forwarderStackSetTemplate', [
    ...nameLengthProblems('rule name', inputs.definitions.map((d) => `${inputs.ruleNamePrefix}${d.id}`), 64),
    ...nameLengthProblems('role name', regions.map((region) => `${inputs.roleNamePrefix}${region}`), 64),
  ]);
  const busArns = [...new Set(Object.values(inputs.targetBusArnByRegion))];
  // Outside us-east-1 only the every-Region rules forward (see forwardedDefinitions).
  const globalOnly = new Set(inputs.definitions.filter((d) => d.arrivesIn !== 'every-region').map((d) => d.id));
  const targetBus = { 'Fn::FindInMap': ['CentralBus', { Ref: 'AWS::Region' }, 'Arn'] };

  const rules = Object.fromEntries(
    inputs.definitions.map((definition) => [
      `Forward${pascalCase(definition.id)}`,
      {
        Type: 'AWS::Events::Rule',
        ...(globalOnly.has(definition.id) ? { Condition: 'InGlobalEventRegion' } : {}),
        Properties: {
          // A fixed name is what lets the guardrail SCP protect the rule.
          Name: `${inputs.ruleNamePrefix}${definition.id}`,
          Description: `Forwards to the trailguard central bus: ${definition.name}`.slice(0, 512),
          EventBusName: 'default',
          EventPattern: definition.forwardingPattern,
          State: ruleState(definition),
          Targets: [{ Id: 'CentralBus', Arn: targetBus, RoleArn: { 'Fn::GetAtt': ['ForwarderRole', 'Arn'] } }],
        },
      },
    ]),
  );

  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'trailguard: forwards high-risk CloudTrail events and GuardDuty findings to the security account',
    Mappings: { CentralBus: Object.fromEntries(Object.entries(inputs.targetBusArnByRegion).map(([region, arn]) => [region, { Arn: arn }])) },
    Conditions: { InGlobalEventRegion: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, GLOBAL_EVENTS_REGION] } },
    Resources: {
      ForwarderRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          // Fn::Join, not Fn::Sub: a "${...}" in the template body would be read as Terraform interpolation.
          RoleName: { 'Fn::Join': ['', [inputs.roleNamePrefix, { Ref: 'AWS::Region' }]] },
          Description: 'Lets EventBridge forward matching events to the trailguard central bus',
          AssumeRolePolicyDocument: withAccountRef(eventForwarderTrustPolicy(ACCOUNT_PLACEHOLDER)),
          Policies: [{ PolicyName: 'put-events-on-central-bus', PolicyDocument: eventForwarderPermissions(busArns) }],
        },
      },
      ...rules,
    },
  };
}

/** Replaces the account placeholder with `{ Ref: AWS::AccountId }` wherever it appears. */
function withAccountRef(value: unknown): unknown {
  if (value === ACCOUNT_PLACEHOLDER) return { Ref: 'AWS::AccountId' };
  if (Array.isArray(value)) return value.map(withAccountRef);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withAccountRef(inner)]));
  }
  return value;
}

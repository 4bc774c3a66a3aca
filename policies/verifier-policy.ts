import { VERIFY_CALLS } from '../verify/verify-calls';
import { policyDocument, type PolicyDocument, type PolicyStatement } from './policy-document';

export interface VerifierPolicyInputs {
  /** The evidence bucket: the only bucket verify reads the configuration of. */
  readonly evidenceBucketArn: string;
  /** The log-archive account's keys (ids are random, so a pattern); verify reads the log key only. */
  readonly logKeyArnPattern: string;
}

/** Services whose calls can be narrowed to trailguard's own resources; the rest are List/Describe calls without resource scoping. */
const SCOPED: Record<string, (inputs: VerifierPolicyInputs) => string> = {
  s3: (inputs) => inputs.evidenceBucketArn,
  kms: (inputs) => inputs.logKeyArnPattern,
};

/**
 * The verifier role's permissions, generated from VERIFY_CALLS: exactly the read calls verify
 * makes, one statement per service. Nothing in it can change a resource.
 */
export function verifierPolicy(inputs: VerifierPolicyInputs): PolicyDocument {
  const byService = new Map<string, string[]>();
  for (const action of new Set(Object.values(VERIFY_CALLS))) {
    const service = action.split(':')[0];
    byService.set(service, [...(byService.get(service) ?? []), action]);
  }
  const statements: PolicyStatement[] = [...byService.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, actions]) => ({
      Sid: `VerifyRead${service.charAt(0).toUpperCase()}${service.slice(1)}`,
      Effect: 'Allow',
      Action: actions.sort(),
      Resource: SCOPED[service]?.(inputs) ?? '*',
    }));
  return policyDocument(statements);
}

/**
 * Who may assume the verifier or drill role: the configured principals (a CI role, a
 * security-account role), and only from within the organization, so an account-root ARN of an
 * account that leaves the organization, or a principal re-created outside it, trusts nobody.
 */
export function verifierTrustPolicy(principals: readonly string[], organizationId: string): PolicyDocument {
  return policyDocument([{
    Sid: 'AllowConfiguredVerifiers',
    Effect: 'Allow',
    Principal: { AWS: [...principals] },
    Action: 'sts:AssumeRole',
    Condition: { StringEquals: { 'aws:PrincipalOrgID': organizationId } },
  }]);
}

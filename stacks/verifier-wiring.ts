import { VerifierRole } from '../modules/verification/verifier-role';
import { verifierPolicy, verifierTrustPolicy } from '../policies/verifier-policy';
import type { AccountStack } from './account-stack';

/** The optional read-only role of `trailguard verify`, from `verifierRoleName` and `verifierPrincipals`. */
export interface VerifierRoleWiring {
  readonly roleName: string;
  /** Who may assume it; empty: the security account's root, so that account's IAM decides. */
  readonly principals: readonly string[];
  readonly securityAccountId: string;
}

/** Adds the verifier role to an account stack when the configuration names one. */
export function addVerifierRole(stack: AccountStack, wiring: VerifierRoleWiring | undefined): VerifierRole | undefined {
  if (wiring === undefined) return undefined;
  const names = stack.names;
  const principals = wiring.principals.length > 0 ? wiring.principals : [names.arn('iam', '', wiring.securityAccountId, 'root')];
  return new VerifierRole(stack, 'VerifierRole', {
    roleName: wiring.roleName,
    trustPolicy: verifierTrustPolicy(principals),
    readPolicy: verifierPolicy({ evidenceBucketArn: names.evidenceBucketArn, logKeyArnPattern: names.logArchiveKeyArnPattern }),
    provider: stack.providers.home,
  });
}

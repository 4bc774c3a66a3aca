import { EVIDENCE_BUCKET_TAMPERING_ACTIONS } from './guardrail-actions';
import type { PolicyStatement } from './policy-document';

/** The bucket and every object in it, as bucket policy statements name them. */
export function bucketAndObjects(bucketArn: string): string[] {
  return [bucketArn, `${bucketArn}/*`];
}

/** Deny every request that does not use TLS, whoever makes it. */
export function denyInsecureTransport(bucketArn: string): PolicyStatement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: bucketAndObjects(bucketArn),
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/**
 * Deny the tamper actions (the same list as the SCP and RCP) to everyone except the
 * break-glass roles. An explicit deny in the bucket policy binds administrators of the
 * bucket's own account and the management account alike; SCPs do not bind the management
 * account, so this is the control that does.
 * The exemption names whole role ARNs with their account, never a wildcard account, so a
 * role of the same name in another account gains nothing.
 */
export function denyTamper(bucketArn: string, breakGlassRoleArns: readonly string[]): PolicyStatement {
  return {
    Sid: 'DenyTamperExceptBreakGlass',
    Effect: 'Deny',
    Principal: '*',
    Action: [...EVIDENCE_BUCKET_TAMPERING_ACTIONS],
    Resource: bucketAndObjects(bucketArn),
    Condition: { ArnNotLike: { 'aws:PrincipalArn': [...breakGlassRoleArns] } },
  };
}

/**
 * Deny principals outside the organization, AWS service principals excepted (they carry no
 * organization id; their own statements pin them with aws:SourceArn and aws:SourceAccount).
 * This holds even if a later statement grants something too broadly.
 */
export function denyOutsideOrganization(bucketArn: string, organizationId: string): PolicyStatement {
  return {
    Sid: 'DenyPrincipalsOutsideOrganization',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: bucketAndObjects(bucketArn),
    Condition: {
      StringNotEqualsIfExists: { 'aws:PrincipalOrgID': organizationId },
      BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
    },
  };
}

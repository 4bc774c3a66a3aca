import type { TrailguardNames } from '../naming/names';
import { centralBusPolicy, type CentralBusPolicyInputs } from '../policies/central-bus-policy';
import { denyLogTamperingScps } from '../policies/deny-log-tampering-scp';
import { evidenceProtectionRcps } from '../policies/evidence-protection-rcp';
import type { EvidenceStorePolicyInputs } from '../policies/evidence-store-policies';
import { guardDutyExportBucketStatements, guardDutyExportKeyStatements } from '../policies/guardduty-export-grants';
import { logGuardrailScope, type GuardrailAccess } from '../policies/log-guardrail-scope';
import type { PolicyDocument, PolicyStatement } from '../policies/policy-document';

// The documents and lists trailguard plans, each produced once: the stacks attach them and
// `verify` expects them, so a change to either shows in both (test/verify/expected.test.ts).

/** The statements that let the security account's detectors export findings into the evidence. */
export function plannedGuardDutyExportGrants(names: TrailguardNames, securityAccountId: string): { readonly bucket: PolicyStatement[]; readonly key: PolicyStatement[] } {
  // GuardDuty keeps findings 90 days; the security account's detectors export them into the evidence.
  const grant = { partition: names.partition, bucketArn: names.evidenceBucketArn, adminAccountId: securityAccountId };
  return { bucket: guardDutyExportBucketStatements(grant), key: guardDutyExportKeyStatements(grant) };
}

export interface EvidenceAccess {
  /** The log-archive account. */
  readonly accountId: string;
  readonly organizationId: string;
  /** The management account, whose trail writes the evidence. */
  readonly trailAccountId: string;
  readonly breakGlassRoleName: string;
  /** @default - none */
  readonly extraLogKeyStatements?: readonly PolicyStatement[];
  /** @default - none */
  readonly extraEvidenceBucketStatements?: readonly PolicyStatement[];
}

/** What the log-archive stack builds the evidence store's policies from. */
export function plannedEvidencePolicyInputs(names: TrailguardNames, access: EvidenceAccess): EvidenceStorePolicyInputs {
  return {
    names,
    accountId: access.accountId,
    organizationId: access.organizationId,
    trailAccountId: access.trailAccountId,
    // Only this account's break-glass role is exempt. A break-glass role of the management
    // account gains nothing here: cross-account it has no allow, and exempting it would let
    // an account SCPs do not bind edit the evidence.
    breakGlassRoleArns: [names.roleArn(access.accountId, access.breakGlassRoleName)],
    readerRoleArns: [names.investigatorRoleArn],
    extraLogKeyStatements: access.extraLogKeyStatements,
    extraEvidenceBucketStatements: access.extraEvidenceBucketStatements,
  };
}

export interface BusAccess {
  readonly organizationId: string;
  /** The security account's break-glass role may put events besides the forwarders. */
  readonly breakGlassRoleName: string;
  /**
   * The drill role (`drillRoleName`), the only one that may put `trailguard.drill` events.
   * @default - none: nobody may
   */
  readonly drillRoleName?: string;
}

/** The inputs of the central bus's policy in `region`. */
export function plannedBusPolicyInputs(names: TrailguardNames, access: BusAccess, region: string): CentralBusPolicyInputs {
  return {
    busArn: names.centralEventBusArn(region),
    organizationId: access.organizationId,
    forwarderRoleArnPatterns: [names.memberForwarderRoleArnPattern, names.managementForwarderRoleArn],
    breakGlassRoleArns: [names.accountRoleArn('security', access.breakGlassRoleName)],
    ...(access.drillRoleName !== undefined && { drillRoleArn: names.accountRoleArn('security', access.drillRoleName) }),
  };
}

/** The central bus's policy in `region`. */
export function plannedBusPolicy(names: TrailguardNames, access: BusAccess, region: string): PolicyDocument {
  return centralBusPolicy(plannedBusPolicyInputs(names, access, region));
}

/** One SCP or RCP trailguard attaches, with the construct id it keeps in the management stack. */
export interface PlannedOrganizationPolicy {
  readonly constructId: string;
  readonly name: string;
  readonly description: string;
  readonly type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';
  readonly document: PolicyDocument;
  readonly targetIds: readonly string[];
}

/** The SCPs and the RCP against tampering with the logs, split to fit the size limit. */
export function plannedGuardrailPolicies(names: TrailguardNames, access: GuardrailAccess, targetIds: readonly string[]): PlannedOrganizationPolicy[] {
  const scope = logGuardrailScope(names, access);
  const scps = denyLogTamperingScps(scope).map((document, index): PlannedOrganizationPolicy => ({
    constructId: `DenyLogTamperingScp${index + 1}`,
    name: names.prefixed(`deny-log-tampering-${index + 1}`),
    description: `trailguard: deny switching off or tampering with the security logs (part ${index + 1}); break-glass exempt`,
    type: 'SERVICE_CONTROL_POLICY',
    document,
    targetIds,
  }));
  // The first RCP keeps the id and name it had before the RCP could be split.
  const rcps = evidenceProtectionRcps(scope).map((document, index): PlannedOrganizationPolicy => ({
    constructId: `EvidenceProtectionRcp${index === 0 ? '' : index + 1}`,
    name: names.prefixed(`evidence-protection${index === 0 ? '' : `-${index + 1}`}`),
    description: 'trailguard: deny deleting, tampering with or plain-HTTP access to the evidence, the log and alert keys, and assuming the deployment roles, for every caller',
    type: 'RESOURCE_CONTROL_POLICY',
    document,
    targetIds,
  }));
  return [...scps, ...rcps];
}

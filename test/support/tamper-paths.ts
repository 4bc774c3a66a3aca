import { TrailguardNames } from '../../naming/names';
import type { PolicyDocument } from '../../policies/policy-document';
import { exampleConfig } from './example-config';
import { guardrailsOf, type Attack, type Caller } from './guardrail-simulation';
import { logArchivePolicies } from './log-archive-policies';
import { synthToDirectory, synthesizedStack } from './synth';

/**
 * Everything the issue-19 tamper-path tables attack, read from one synthesis of the example
 * configuration with an explicit deployer (a CI role of the management account), so that the
 * management account's other roles are not deployers.
 */
export const DEPLOYER_PRINCIPAL_NAME = 'trailguard-ci';

export function tamperPathWorld() {
  const config = exampleConfig({ deployerPrincipals: [`arn:aws:iam::111111111111:role/${DEPLOYER_PRINCIPAL_NAME}`] });
  const names = new TrailguardNames(config);
  const outdir = synthToDirectory({ config });
  const management = synthesizedStack(outdir, 'management');
  const security = synthesizedStack(outdir, 'security');
  const guardrails = guardrailsOf(management, config.accounts.management, config.organizationRootId);
  const { evidenceBucket, accessLogBucket } = logArchivePolicies(config);
  const region = config.homeRegion;
  const { management: MGMT, logArchive: LA, security: SEC } = config.accounts;
  const WORKLOAD = '444455556666';
  const OUTSIDER = '999999999999';
  const org = config.organizationId;

  const inRegion = <T extends { provider?: string }>(resources: T[]): T => {
    const found = resources.find((r) => r.provider === undefined || r.provider === 'aws');
    if (found === undefined) throw new Error(`no resource in the home Region ${region}`);
    return found;
  };
  const policyOf = (type: string, attribute: string): PolicyDocument => JSON.parse(inRegion(Object.values<any>(security.resource[type]))[attribute]);

  const role = (accountId: string, roleName: string): Caller => ({ kind: 'role', accountId, roleName, organizationId: accountId === OUTSIDER ? 'o-otherorg000' : org });
  const admin = (accountId: string) => role(accountId, 'Administrator');
  const detector = `arn:aws:guardduty:${region}:${SEC}:detector/12abc34d567e8fa901bc2d34e56789f0`;

  return {
    config,
    names,
    guardrails,
    region,
    accounts: { MGMT, LA, SEC, WORKLOAD, OUTSIDER },
    policies: {
      evidenceBucket,
      accessLogBucket,
      alertTopic: policyOf('aws_sns_topic_policy', 'policy'),
      alertKey: policyOf('aws_kms_key', 'policy'),
      centralBus: policyOf('aws_cloudwatch_event_bus_policy', 'policy'),
    },
    callers: {
      role,
      admin,
      breakGlass: (accountId: string) => role(accountId, config.breakGlassRoleName),
      securityDeployer: role(SEC, config.deploymentRoles.security),
      deployerPrincipal: role(MGMT, DEPLOYER_PRINCIPAL_NAME),
    },
    arns: {
      evidenceObject: (bucketArn: string) => `${bucketArn}/AWSLogs/${org}/${WORKLOAD}/CloudTrail/${region}/2026/01/01/${WORKLOAD}_CloudTrail_${region}_20260101T0000Z_abc.json.gz`,
      digestObject: (bucketArn: string) => `${bucketArn}/AWSLogs/${org}/${WORKLOAD}/CloudTrail-Digest/${region}/2026/01/01/${WORKLOAD}_CloudTrail-Digest_${region}_trail_${region}_20260101T000000Z.json.gz`,
      centralRule: (r: string, id: string) => names.arn('events', r, SEC, `rule/${names.centralEventBusName}/${names.detectionName(id)}`),
      alertKey: (r: string) => names.arn('kms', r, SEC, 'key/0f0f0f0f-12ab-34cd-56ef-1234567890ab'),
      alertKeyAlias: (r: string) => names.arn('kms', r, SEC, names.alertKeyAliasName),
      detector,
      publishingDestination: `${detector}/publishingDestination/4eb6d1a9ab0fc4b4a51ef0a9e3a2b9c2`,
      filter: `${detector}/filter/archive-everything`,
      guardrailPolicy: (type: 'service_control_policy' | 'resource_control_policy') => `arn:aws:organizations::${MGMT}:policy/${org}/${type}/p-a1b2c3d4`,
    },
  };
}

export type TamperPathWorld = ReturnType<typeof tamperPathWorld>;

/** The classes, by number. */
export const TAMPER_CLASSES = {
  1: 'evidence forged or hidden through replication',
  2: 'access-log delivery stopped, evidence re-tagged',
  3: 'the deployment roles\' exemption taken over',
  4: 'the alert pipeline silenced',
  5: 'forged alerts',
  6: 'delegated Organizations administrators lift the guardrails',
} as const;

export type TamperClass = keyof typeof TAMPER_CLASSES;

/** One row of a table: what it proves, and the request. */
export interface PathCase {
  readonly tamperClass: TamperClass;
  readonly name: string;
  readonly attack: Attack;
  /** Layers that must deny it on their own as well (the resource's own policy, the SCPs or the RCPs). */
  readonly aloneDeniedBy?: readonly ('scps' | 'rcps' | 'resource')[];
}

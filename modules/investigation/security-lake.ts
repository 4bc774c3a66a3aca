import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SecuritylakeAwsLogSource } from '@cdktf/provider-aws/lib/securitylake-aws-log-source';
import { SecuritylakeDataLake } from '@cdktf/provider-aws/lib/securitylake-data-lake';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';
import { pascalCase } from '../private/construct-ids';
import { conditionalAttribute, gate } from '../private/conditional';
import { knownAtSynth } from '../private/synth-time';

/** One Region of the data lake: its provider, and the key policy of its bucket's key. */
export interface SecurityLakeRegion {
  readonly region: string;
  readonly provider: TerraformProvider;
  readonly keyPolicy: PolicyDocument;
}

export interface SecurityLakeProps {
  /** Every governed Region; the first is the rollup Region the others replicate into. */
  readonly regions: readonly SecurityLakeRegion[];
  /** Alias of each Region's key (the same name in every Region). */
  readonly keyAliasName: string;
  /** Days before traces expire; may be a plan-time token. */
  readonly retentionDays: number;
  /** Security Lake sources (`VPC_FLOW`, `ROUTE53`), enabled for every account of the organization. */
  readonly sources: readonly string[];
  readonly sourceVersion: string;
  readonly metaStoreManagerRoleName: string;
  readonly metaStoreManagerTrustPolicy: PolicyDocument;
  /** The AWS managed policy of the meta store manager. */
  readonly metaStoreManagerPolicyArn: string;
  readonly replicationRoleName: string;
  readonly replicationTrustPolicy: PolicyDocument;
  readonly replicationPolicy: PolicyDocument;
  /**
   * 1 to create the lake, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
}

/**
 * Amazon Security Lake in the delegated administrator's account: one data lake per Region,
 * each bucket under a customer managed key, contributing Regions replicated into the first
 * (so Athena reads one database), and organization-wide sources. A source lists Regions but
 * no accounts, so it covers every account of the organization from one resource.
 */
export class SecurityLake extends Construct {
  readonly dataLakes: ReadonlyMap<string, SecuritylakeDataLake>;
  readonly sources: readonly SecuritylakeAwsLogSource[];
  readonly metaStoreManagerRole: IamRole;

  constructor(scope: Construct, id: string, props: SecurityLakeProps) {
    super(scope, id);
    validate(id, props);
    const count = props.count ?? 1;
    const home = props.regions[0];
    const iam = home.provider;
    this.metaStoreManagerRole = gate(new IamRole(this, 'MetaStoreManagerRole', {
      provider: iam,
      name: props.metaStoreManagerRoleName,
      description: 'Security Lake meta store manager: registers trace partitions in Glue',
      assumeRolePolicy: policyJson(props.metaStoreManagerTrustPolicy),
    }), count);
    const metaStorePolicy = gate(new IamRolePolicyAttachment(this, 'MetaStoreManagerPolicy', {
      provider: iam,
      role: props.metaStoreManagerRoleName,
      policyArn: props.metaStoreManagerPolicyArn,
      dependsOn: [this.metaStoreManagerRole],
    }), count);
    const replicationRole = gate(new IamRole(this, 'ReplicationRole', {
      provider: iam,
      name: props.replicationRoleName,
      description: 'Replicates Security Lake traces of contributing Regions into the rollup Region',
      assumeRolePolicy: policyJson(props.replicationTrustPolicy),
    }), count);
    const replicationPolicy = gate(new IamRolePolicy(this, 'ReplicationPolicy', {
      provider: iam,
      role: props.replicationRoleName,
      name: 'replicate-into-rollup-region',
      policy: policyJson(props.replicationPolicy),
      dependsOn: [replicationRole],
    }), count);

    const lakes = new Map<string, SecuritylakeDataLake>();
    for (const region of props.regions) {
      const suffix = pascalCase(region.region);
      const key = gate(new KmsKey(this, `Key${suffix}`, {
        provider: region.provider,
        description: `Encrypts Security Lake traces (flow and DNS logs) in ${region.region}`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: policyJson(region.keyPolicy),
        // Without the key the traces are unreadable; switching traces off must not delete it.
        lifecycle: { preventDestroy: true },
      }), count);
      gate(new KmsAlias(this, `KeyAlias${suffix}`, { provider: region.provider, name: props.keyAliasName, targetKeyId: conditionalAttribute(key, 'key_id') }), count);
      const isHome = region === home;
      lakes.set(region.region, gate(new SecuritylakeDataLake(this, `DataLake${suffix}`, {
        provider: region.provider,
        metaStoreManagerRoleArn: conditionalAttribute(this.metaStoreManagerRole, 'arn'),
        configuration: [{
          region: region.region,
          encryptionConfiguration: [{ kmsKeyId: conditionalAttribute(key, 'arn') }],
          lifecycleConfiguration: [{ expiration: [{ days: props.retentionDays }] }],
          replicationConfiguration: isHome ? undefined : [{ regions: [home.region], roleArn: conditionalAttribute(replicationRole, 'arn') }],
        }],
        dependsOn: [metaStorePolicy, ...(isHome ? [] : [replicationPolicy])],
      }), count));
    }
    this.dataLakes = lakes;
    // Sources are created in the rollup Region's endpoint for every Region at once.
    const allLakes = [...lakes.values()];
    this.sources = props.sources.map((source) => gate(new SecuritylakeAwsLogSource(this, `Source${pascalCase(source.toLowerCase().replace(/_/g, '-'))}`, {
      provider: home.provider,
      source: [{ sourceName: source, sourceVersion: props.sourceVersion, regions: props.regions.map((r) => r.region) }],
      dependsOn: allLakes,
    }), count));
  }
}

function validate(id: string, props: SecurityLakeProps): void {
  const problems: string[] = [];
  if (props.regions.length === 0) problems.push('regions: got none; expected at least the rollup Region');
  const regions = props.regions.map((r) => r.region);
  const duplicate = regions.find((region, index) => regions.indexOf(region) !== index);
  if (duplicate !== undefined) problems.push(`regions: got "${duplicate}" twice; expected each Region once`);
  if (knownAtSynth(props.retentionDays) && !(Number.isInteger(props.retentionDays) && props.retentionDays >= 1)) {
    problems.push(`retentionDays: got ${props.retentionDays}; expected a whole number of days, at least 1`);
  }
  if (props.sources.length === 0) problems.push('sources: got none; expected at least one of VPC_FLOW, ROUTE53');
  if (problems.length > 0) throw new Error(`Invalid SecurityLake "${id}":\n  ${problems.join('\n  ')}`);
}

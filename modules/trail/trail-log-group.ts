import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import type { TerraformProvider } from 'cdktf';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { knownAtSynth } from '../private/synth-time';
import { policyJson } from '../../policies/policy-document';
import { trailLogGroupKeyPolicy } from '../../policies/trail-log-group-key-policy';
import { trailLogGroupRolePolicy, trailLogGroupRoleTrustPolicy } from '../../policies/trail-log-group-role';
import { conditionalAttribute, gate } from '../private/conditional';
import { keyAliasProblems, validateProps } from '../private/validation';
import { arnOf } from '../../naming/arns';

export interface TrailLogGroupProps {
  /** Name of the log group the trail delivers to. */
  readonly logGroupName: string;
  /** Partition of every ARN the policies name. */
  readonly partition: string;
  /** The account that owns the trail, the log group and the key. */
  readonly accountId: string;
  /** The log group's Region: the trail's home Region. */
  readonly region: string;
  /** Retention in days (a CloudWatch Logs retention value); may be a token. */
  readonly retentionInDays: number;
  /** Alias of the key that encrypts the log group, `alias/...`. */
  readonly keyAliasName: string;
  /** The trail that delivers to the group; the role trusts only it. */
  readonly trailArn: string;
  /** Name of the role CloudTrail assumes to write. */
  readonly roleName: string;
  /**
   * A count of 0 or 1 that gates every resource, for delivery switched on at plan time.
   * @default 1
   */
  readonly count?: number;
  /**
   * Provider of the log group's account and Region.
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * The CloudWatch Logs destination of a trail: a KMS-encrypted log group of the trail's
 * account, its key, and a role that lets CloudTrail write to that group and nowhere else.
 */
export class TrailLogGroup extends Construct {
  /** The log group ARN, known at plan time, without the `:*` suffix. */
  readonly logGroupArn: string;
  readonly logGroup: CloudwatchLogGroup;
  readonly role: IamRole;
  readonly key: KmsKey;

  constructor(scope: Construct, id: string, props: TrailLogGroupProps) {
    super(scope, id);
    validateProps(this, () => propsProblems(props));
    const count = props.count ?? 1;
    const provider = props.provider;
    this.logGroupArn = arnOf(props.partition, 'logs', props.region, props.accountId, `log-group:${props.logGroupName}`);
    const names = { logGroupArn: this.logGroupArn, trailArn: props.trailArn };

    this.key = gate(new KmsKey(this, 'Key', {
      description: `Encrypts the CloudTrail log group ${props.logGroupName}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policyJson(trailLogGroupKeyPolicy({ partition: props.partition, accountId: props.accountId, region: props.region, logGroupArn: this.logGroupArn })),
      provider,
    }), count);
    gate(new KmsAlias(this, 'KeyAlias', { name: props.keyAliasName, targetKeyId: conditionalAttribute(this.key, 'key_id'), provider }), count);

    this.logGroup = gate(new CloudwatchLogGroup(this, 'LogGroup', {
      name: props.logGroupName,
      retentionInDays: props.retentionInDays,
      kmsKeyId: conditionalAttribute(this.key, 'arn'),
      provider,
    }), count);

    this.role = gate(new IamRole(this, 'Role', {
      name: props.roleName,
      description: `Lets CloudTrail write ${props.trailArn} into ${props.logGroupName}`,
      assumeRolePolicy: policyJson(trailLogGroupRoleTrustPolicy(names)),
      provider,
    }), count);
    gate(new IamRolePolicy(this, 'RolePolicy', {
      name: 'write-trail-log-group',
      role: conditionalAttribute(this.role, 'name'),
      policy: policyJson(trailLogGroupRolePolicy(names)),
      provider,
    }), count);
  }

  /**
   * The log group ARN as CloudTrail requires it (with `:*`), or null when the group is
   * gated off. It references the group, so the trail waits for it to exist.
   */
  get cloudTrailLogGroupArn(): string {
    return Token.asString(`\${one([for arn in ${this.logGroup.terraformResourceType}.${this.logGroup.friendlyUniqueId}[*].arn : "\${arn}:*"])}`);
  }

  /** The role's ARN, or null when gated off. */
  get roleArn(): string {
    return conditionalAttribute(this.role, 'arn');
  }
}

function propsProblems(props: TrailLogGroupProps): string[] {
  const problems: string[] = [...keyAliasProblems('keyAliasName', props.keyAliasName)];
  if (knownAtSynth(props.logGroupName) && !/^[\w\-./#]{1,512}$/.test(props.logGroupName)) {
    problems.push(`logGroupName: got "${props.logGroupName}"; expected 1-512 of letters, digits and _-./#`);
  }
  if (knownAtSynth(props.retentionInDays) && (!Number.isInteger(props.retentionInDays) || props.retentionInDays < 1)) {
    problems.push(`retentionInDays: got ${props.retentionInDays}; expected a positive whole number of days`);
  }
  if (knownAtSynth(props.trailArn) && !/^arn:[\w-]+:cloudtrail:[\w-]+:\d{12}:trail\/.+$/.test(props.trailArn)) {
    problems.push(`trailArn: got "${props.trailArn}"; expected arn:<partition>:cloudtrail:<region>:<account>:trail/<name>`);
  }
  return problems;
}

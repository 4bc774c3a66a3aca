import { arnOf, organizationTrailPrefix, s3BucketArn } from './arns';
import { SecurityLakeNames } from './security-lake-names';

/** What every physical name and ARN is derived from. */
export interface NamingInputs {
  readonly namePrefix: string;
  readonly partition: string;
  readonly homeRegion: string;
  readonly organizationId: string;
  readonly accounts: { readonly management: string; readonly logArchive: string; readonly security: string };
}

/**
 * The one place physical names are built. Every stack derives the names and ARNs it needs
 * of another account from configuration alone, so no stack reads another account's state
 * and every policy is fully known at plan time.
 */
export class TrailguardNames {
  constructor(private readonly inputs: NamingInputs) {}

  /** Names of the network and DNS traces in Security Lake (log-archive account). */
  get securityLake(): SecurityLakeNames {
    return new SecurityLakeNames(this.inputs);
  }

  get partition(): string {
    return this.inputs.partition;
  }

  /** The Object Lock bucket that holds the organization trail: the evidence. */
  get evidenceBucketName(): string {
    return this.bucketName('evidence', this.inputs.accounts.logArchive);
  }

  get evidenceBucketArn(): string {
    return this.s3Arn(this.evidenceBucketName);
  }

  /** Receives S3 server access logs of the evidence bucket (an Object Lock bucket cannot be a log target). */
  get accessLogBucketName(): string {
    return this.bucketName('access-logs', this.inputs.accounts.logArchive);
  }

  get accessLogBucketArn(): string {
    return this.s3Arn(this.accessLogBucketName);
  }

  /** Athena query results of the investigation tooling. */
  get queryResultsBucketName(): string {
    return this.bucketName('query-results', this.inputs.accounts.logArchive);
  }

  // --- investigation query tooling (log-archive account) ---

  get queryResultsBucketArn(): string {
    return this.s3Arn(this.queryResultsBucketName);
  }

  /** The log-archive key that encrypts Athena query results; separate from the evidence key. */
  get queryResultsKeyAliasName(): string {
    return `alias/${this.inputs.namePrefix}/query-results`;
  }

  /** Glue and Athena names allow only lowercase letters, digits and underscores. */
  get investigationDatabaseName(): string {
    return `${this.inputs.namePrefix.replace(/-/g, '_')}_investigation`;
  }

  get cloudTrailTableName(): string {
    return 'organization_trail';
  }

  get investigationWorkgroupName(): string {
    return `${this.inputs.namePrefix}-investigation`;
  }

  get investigationWorkgroupArn(): string {
    return this.arn('athena', this.inputs.homeRegion, this.inputs.accounts.logArchive, `workgroup/${this.investigationWorkgroupName}`);
  }

  /** The S3 prefix under which the organization trail writes: `AWSLogs/<org-id>/`. */
  get organizationTrailPrefix(): string {
    return organizationTrailPrefix(this.inputs.organizationId);
  }

  // --- end investigation query tooling ---

  /** Every bucket name trailguard creates, for validation and guardrails. */
  get allBucketNames(): readonly string[] {
    return [this.evidenceBucketName, this.accessLogBucketName, this.queryResultsBucketName];
  }

  /** The KMS alias (name) of the log-archive key that encrypts the evidence. */
  get logKeyAliasName(): string {
    return `alias/${this.inputs.namePrefix}/cloudtrail-logs`;
  }

  get logKeyAliasArn(): string {
    return this.arn('kms', this.inputs.homeRegion, this.inputs.accounts.logArchive, this.logKeyAliasName);
  }

  /** The KMS alias of the management-account key that encrypts the trail's log group. */
  get trailLogGroupKeyAliasName(): string {
    return `alias/${this.inputs.namePrefix}/cloudtrail-log-group`;
  }

  get trailName(): string {
    return `${this.inputs.namePrefix}-organization-trail`;
  }

  get trailArn(): string {
    return this.arn('cloudtrail', this.inputs.homeRegion, this.inputs.accounts.management, `trail/${this.trailName}`);
  }

  /** CloudTrail's encryption context names trails of the management account by this ARN pattern. */
  get managementTrailArnPattern(): string {
    return this.arn('cloudtrail', '*', this.inputs.accounts.management, 'trail/*');
  }

  get trailLogGroupName(): string {
    return `/${this.inputs.namePrefix}/cloudtrail/organization`;
  }

  // --- management: trail log group and guardrails ---

  /** The trail's log group as the `kms:EncryptionContext:aws:logs:arn` condition names it (no `:*`). */
  get trailLogGroupArn(): string {
    return this.arn('logs', this.inputs.homeRegion, this.inputs.accounts.management, `log-group:${this.trailLogGroupName}`);
  }

  /** The role CloudTrail assumes to write into the trail's log group. */
  get trailLogGroupRoleName(): string {
    return this.prefixed('cloudtrail-to-logs');
  }

  /** The log-archive key's alias in any Region, as guardrails name it without knowing the key id. */
  /** Every KMS key ARN of the log-archive account in the home Region starts with this. */
  get logArchiveHomeKeyArnPrefix(): string {
    return this.arn('kms', this.inputs.homeRegion, this.inputs.accounts.logArchive, 'key/');
  }

  get logKeyAliasArnPattern(): string {
    return this.arn('kms', '*', this.inputs.accounts.logArchive, this.logKeyAliasName);
  }

  /** Every key of the log-archive account in any Region; guardrails narrow it with `kms:ResourceAliases`. */
  get logArchiveKeyArnPatternAllRegions(): string {
    return this.arn('kms', '*', this.inputs.accounts.logArchive, 'key/*');
  }

  /** A role name in every account of the organization, as `aws:PrincipalArn` conditions match it. */
  anyAccountRoleArnPattern(roleName: string): string {
    return this.arn('iam', '', '*', `role/${roleName}`);
  }

  /**
   * The roles service-managed StackSets run as in member accounts (`stacksets-exec-<hash>`): the
   * management account's service-linked role assumes them, and the member account's service-linked
   * role creates them.
   */
  get stackSetsExecutionRoleArnPattern(): string {
    return this.anyAccountRoleArnPattern('stacksets-exec-*');
  }

  // --- end management ---

  get investigatorRoleName(): string {
    return `${this.inputs.namePrefix}-investigator`;
  }

  get investigatorRoleArn(): string {
    return this.roleArn(this.inputs.accounts.logArchive, this.investigatorRoleName);
  }

  get alertTopicName(): string {
    return `${this.inputs.namePrefix}-security-alerts`;
  }

  /** The alert topic of the security account in a Region. */
  alertTopicArn(region: string): string {
    return this.arn('sns', region, this.inputs.accounts.security, this.alertTopicName);
  }

  get centralEventBusName(): string {
    return `${this.inputs.namePrefix}-security-events`;
  }

  centralEventBusArn(region: string): string {
    return this.arn('events', region, this.inputs.accounts.security, `event-bus/${this.centralEventBusName}`);
  }

  // --- Evidence store (log-archive stack) -------------------------------------------------

  /** The root principal of the log-archive account: the key administrator of the log key. */
  get logArchiveRootArn(): string {
    return this.arn('iam', '', this.inputs.accounts.logArchive, 'root');
  }

  /**
   * Any KMS key of the log-archive account in the home Region. The key id is random, so a
   * policy known at plan time can narrow a key only this far; the key policy does the rest.
   */
  get logArchiveKeyArnPattern(): string {
    return this.arn('kms', this.inputs.homeRegion, this.inputs.accounts.logArchive, 'key/*');
  }

  /** Every key ARN of the log-archive account in the home Region, as a prefix (`...:key/`); watchers scope key-state changes by it. */
  get logArchiveKeyArnPrefix(): string {
    return this.arn('kms', this.inputs.homeRegion, this.inputs.accounts.logArchive, 'key/');
  }

  /** Every key ARN of the management account in the home Region (where the trail log-group key is), as a prefix. */
  get managementKeyArnPrefix(): string {
    return this.arn('kms', this.inputs.homeRegion, this.inputs.accounts.management, 'key/');
  }

  /** Where the organization trail writes: the organization's prefix and the management account's own. */
  get trailLogPrefixes(): readonly string[] {
    return [organizationTrailPrefix(this.inputs.organizationId), `AWSLogs/${this.inputs.accounts.management}/`];
  }

  /** The `kms:ViaService` value of S3 in the home Region, where the evidence bucket lives. */
  get s3ViaService(): string {
    return `s3.${this.inputs.homeRegion}.amazonaws.com`;
  }

  /** The prefix of the evidence bucket's server access logs in the access-log bucket. */
  get evidenceAccessLogPrefix(): string {
    return `${this.evidenceBucketName}/`;
  }

  // --- end evidence store ------------------------------------------------------------------

  // --- Detection (security and management stacks) ------------------------------------------

  /** The KMS alias of the security-account key that encrypts the alert topic in each Region. */
  get alertKeyAliasName(): string {
    return `alias/${this.inputs.namePrefix}/security-alerts`;
  }

  /** The management account's topic that metric-filter alarms publish to (Security Hub CloudWatch.1-14 want an SNS action). */
  get alarmTopicName(): string {
    return `${this.inputs.namePrefix}-metric-alarms`;
  }

  /** The alarm topic: in the management account, with the trail's log group, in the home Region. */
  get alarmTopicArn(): string {
    return this.arn('sns', this.inputs.homeRegion, this.inputs.accounts.management, this.alarmTopicName);
  }

  /** The KMS alias of the management-account key that encrypts the alarm topic. */
  get alarmKeyAliasName(): string {
    return `alias/${this.inputs.namePrefix}/metric-alarms`;
  }

  /** Every metric-filter alarm of the management account, as `aws:SourceArn` names it when it publishes. */
  get metricAlarmArnPattern(): string {
    return this.arn('cloudwatch', this.inputs.homeRegion, this.inputs.accounts.management, `alarm:${this.detectionNamePrefix}*`);
  }

  /** The canary alarm `trailguard drill --path alarm` sets: on a metric no detection writes, so no real alert hides behind it. */
  get drillAlarmName(): string {
    return this.detectionName('drill');
  }

  /** The drill's canary alarm: the only alarm the drill role may set or read the history of. */
  get drillAlarmArn(): string {
    return this.arn('cloudwatch', this.inputs.homeRegion, this.inputs.accounts.management, `alarm:${this.drillAlarmName}`);
  }

  /** The rules of the central bus in a Region, as `aws:SourceArn` names them when they publish. */
  centralEventBusRuleArnPattern(region: string): string {
    return this.arn('events', region, this.inputs.accounts.security, `rule/${this.centralEventBusName}/*`);
  }

  /** CloudWatch namespace of the metric-filter metrics on the trail log group. */
  get detectionMetricNamespace(): string {
    return `trailguard/${this.inputs.namePrefix}`;
  }

  /** Name of a detection (metric filter, metric, alarm, central rule) by its definition id. */
  detectionName(id: string): string {
    return this.prefixed(id);
  }

  /** What every detection name starts with (`<prefix>-`): alarm and rule watchers match on it. */
  get detectionNamePrefix(): string {
    return this.detectionName('');
  }

  /** Name of the default-bus rule that forwards a detection's events to the central bus. */
  forwarderRuleName(id: string): string {
    return this.prefixed(`fwd-${id}`);
  }

  /** What every forwarding rule name starts with, here and in member accounts. */
  get forwarderRuleNamePrefix(): string {
    return this.forwarderRuleName('');
  }

  /** The role the management account's forwarding rules use to put events on the central buses. */
  get forwarderRoleName(): string {
    return this.prefixed('event-forwarder');
  }

  /**
   * The forwarding role the StackSet creates in a member account and Region. IAM is global and
   * the StackSet deploys the template once per Region, so the Region makes the name unique.
   */
  memberForwarderRoleName(region: string): string {
    return `${this.forwarderRoleName}-${region}`;
  }

  /** What every member account's forwarding role name starts with (the Region follows). */
  get memberForwarderRoleNamePrefix(): string {
    return this.memberForwarderRoleName('');
  }

  /** Every member account's forwarding rules in every Region, as the guardrails name them. */
  get forwarderRuleArnPattern(): string {
    return this.arn('events', '*', '*', `rule/${this.forwarderRuleNamePrefix}*`);
  }

  /** Every member account's forwarding roles (one per Region), as the guardrails name them. */
  get memberForwarderRoleArnPattern(): string {
    return this.anyAccountRoleArnPattern(`${this.memberForwarderRoleNamePrefix}*`);
  }

  /** The service-managed StackSet that deploys the forwarders to every member account. */
  get forwarderStackSetName(): string {
    return this.prefixed('event-forwarders');
  }

  // --- Guardrails over the alert pipeline and the deployers (management stack) ---------------

  /** The id of one of trailguard's accounts, by its role in the deployment. */
  accountId(account: keyof NamingInputs['accounts']): string {
    return this.inputs.accounts[account];
  }

  /** A role in one of trailguard's accounts, by the account's role in the deployment. */
  accountRoleArn(account: keyof NamingInputs['accounts'], roleName: string): string {
    return this.roleArn(this.inputs.accounts[account], roleName);
  }

  /** The management account's forwarding role, which forwards its events and alarms to the central buses. */
  get managementForwarderRoleArn(): string {
    return this.accountRoleArn('management', this.forwarderRoleName);
  }

  /** trailguard's rules on the central buses in every Region (`rule/<bus>/<prefix>-*`); other rules there stay free. */
  get centralRuleArnPatternAllRegions(): string {
    return this.arn('events', '*', this.inputs.accounts.security, `rule/${this.centralEventBusName}/${this.detectionNamePrefix}*`);
  }

  /** The central buses in every Region. */
  get centralEventBusArnPatternAllRegions(): string {
    return this.arn('events', '*', this.inputs.accounts.security, `event-bus/${this.centralEventBusName}`);
  }

  /** The alert topics in every Region. */
  get alertTopicArnPatternAllRegions(): string {
    return this.arn('sns', '*', this.inputs.accounts.security, this.alertTopicName);
  }

  /** Every key of the security account in any Region; guardrails narrow it with `kms:ResourceAliases`. */
  get securityKeyArnPatternAllRegions(): string {
    return this.arn('kms', '*', this.inputs.accounts.security, 'key/*');
  }

  /** The alert keys' alias in every Region. */
  get alertKeyAliasArnPatternAllRegions(): string {
    return this.arn('kms', '*', this.inputs.accounts.security, this.alertKeyAliasName);
  }

  /** Every policy of the organization, as Organizations names them in ARNs (ids are random). */
  get organizationPolicyArnPattern(): string {
    return `arn:${this.inputs.partition}:organizations::${this.inputs.accounts.management}:policy/${this.inputs.organizationId}/*`;
  }

  /**
   * The tag on trailguard's SCPs and RCP. Their ids are random, so the guardrail that keeps
   * delegated administrators from lifting them finds them by this tag.
   */
  get guardrailPolicyTag(): { readonly key: string; readonly value: string } {
    return { key: 'trailguard-guardrail', value: this.inputs.namePrefix };
  }

  /** The default deployers: any role of the management account, whose principals no guardrail binds anyway. */
  get managementRolesArnPattern(): string {
    return this.accountRoleArn('management', '*');
  }

  // --- end guardrails --------------------------------------------------------------------------

  /** A role of the given account, as IAM principals and conditions name it. */
  roleArn(accountId: string, roleName: string): string {
    return this.arn('iam', '', accountId, `role/${roleName}`);
  }

  /** A policy or resource name with the deployment prefix. */
  prefixed(name: string): string {
    return `${this.inputs.namePrefix}-${name}`;
  }

  arn(service: string, region: string, accountId: string, resource: string): string {
    return arnOf(this.inputs.partition, service, region, accountId, resource);
  }

  private s3Arn(bucketName: string): string {
    return s3BucketArn(this.inputs.partition, bucketName);
  }

  // Account and Region in the name make it globally unique without random suffixes,
  // so every stack can compute it.
  private bucketName(purpose: string, accountId: string): string {
    return `${this.inputs.namePrefix}-${purpose}-${accountId}-${this.inputs.homeRegion}`;
  }
}

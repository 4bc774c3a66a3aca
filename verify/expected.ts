import type { TrailguardConfig } from '../config/load';
import { forwarderRegions } from '../detections/routing/forwarding-plan';
import { investigationQueries } from '../investigation/queries';
import type { ComponentId } from '../model/components';
import { deployedFor, isDeployed } from '../model/deployed';
import { deploymentModel } from '../model/deployment-model';
import { plannedBusPolicy, plannedEvidencePolicyInputs, plannedGuardDutyExportGrants, plannedGuardrailPolicies } from '../model/planned-documents';
import { evidenceStoreBucketPolicy, evidenceStoreKeyPolicy } from '../policies/evidence-store-policies';
import { GUARDDUTY_EXPORT_PREFIX } from '../policies/guardduty-export-grants';
import type { PolicyDocument } from '../policies/policy-document';
import type { Purpose } from '../profiles/purposes';
import { INSIGHT_TYPES, trailEventSelectors } from '../trail/trail-event-selectors';

/** An advanced event selector as the CloudTrail API returns it. */
export interface ApiEventSelector {
  readonly Name: string;
  readonly FieldSelectors: readonly { readonly Field: string; readonly Equals?: readonly string[]; readonly NotEquals?: readonly string[]; readonly StartsWith?: readonly string[]; readonly NotStartsWith?: readonly string[] }[];
}

export interface ExpectedPolicy {
  readonly name: string;
  readonly type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';
  readonly document: PolicyDocument;
  readonly targetIds: readonly string[];
}

export interface ExpectedRule {
  readonly name: string;
  /** ARN the rule's target must point at. */
  readonly targetArn: string;
}

/**
 * What trailguard deployed where, for `verify` to compare with what is live. Built in one
 * function (`expectedDeployment`) from the deployment model and the producers the stacks use.
 */
export interface ExpectedDeployment {
  readonly purposes: readonly Purpose[];
  readonly partition: string;
  readonly accounts: { readonly management: string; readonly logArchive: string; readonly security: string };
  readonly homeRegion: string;
  readonly governedRegions: readonly string[];
  readonly organizationRootId: string;
  readonly trail: {
    readonly name: string;
    readonly arn: string;
    readonly bucketName: string;
    readonly advancedEventSelectors: readonly ApiEventSelector[];
    readonly insightTypes: readonly string[];
    /** The log group the trail delivers to, when CloudWatch Logs delivery is planned. */
    readonly cloudWatchLogGroupName?: string;
  };
  readonly evidence: {
    readonly bucketName: string;
    readonly objectLockMode: string;
    readonly retentionDays: number;
    readonly keyAliasName: string;
    readonly accessLogging?: { readonly targetBucket: string; readonly targetPrefix: string };
    readonly lifecycle: { readonly expirationDays: number; readonly noncurrentDays: number; readonly transitions: readonly { readonly days: number; readonly storageClass: string }[] };
    readonly bucketPolicy: PolicyDocument;
    readonly keyPolicy: PolicyDocument;
  };
  readonly guardrails: { readonly policies: readonly ExpectedPolicy[]; readonly policyTypes: readonly string[] };
  readonly guardDuty?: {
    readonly adminAccountId: string;
    readonly features: readonly string[];
    readonly exportDestinationArn: string;
  };
  readonly alerts?: {
    readonly busName: string;
    /** Names of the central rules start with this. */
    readonly centralRulePrefix: string;
    /** Names of the forwarding rules (management and member accounts) start with this. */
    readonly forwarderRulePrefix: string;
    readonly busPolicyByRegion: Readonly<Record<string, PolicyDocument>>;
    readonly topicArnByRegion: Readonly<Record<string, string>>;
    /** Rules on the central bus of each governed Region, each targeting the Region's topic. */
    readonly centralRulesByRegion: Readonly<Record<string, readonly ExpectedRule[]>>;
    /** The management account's own forwarders per Region (a StackSet never deploys there). */
    readonly managementForwardersByRegion: Readonly<Record<string, readonly ExpectedRule[]>>;
    /** The member forwarder StackSet, when near-real-time rules are planned. */
    readonly stackSet?: { readonly name: string; readonly regions: readonly string[] };
    readonly metricAlarms?: {
      readonly logGroupName: string;
      readonly filters: readonly { readonly name: string; readonly pattern: string }[];
      /** The detections' alarms and the drill's canary alarm. */
      readonly alarmNames: readonly string[];
      /** The canary alarm `trailguard drill --path alarm` sets, the only one it may set. */
      readonly drillAlarmName?: string;
      /** Every alarm's action: the alarm topic in the trail's account and home Region. */
      readonly alarmTopicArn: string;
    };
  };
  readonly investigation?: {
    readonly databaseName: string;
    readonly tableName: string;
    readonly workgroupName: string;
    readonly savedQueryNames: readonly string[];
  };
}

/**
 * Everything verify expects, for the given purposes (default: the configured ones). What is
 * deployed, and behind which gate, comes from the deployment model; every document from the
 * producer the stacks attach it from (model/planned-documents.ts).
 */
export function expectedDeployment(config: TrailguardConfig, purposes: readonly Purpose[] = config.purposeProfiles): ExpectedDeployment {
  const model = deploymentModel(config);
  const { names } = model;
  const deployment = deployedFor(model, purposes);
  const { settings, detections } = deployment;
  const deployed = (id: ComponentId) => isDeployed(deployment, id);
  const { accounts, homeRegion, governedRegions } = config;
  const retention = settings.evidenceRetentionDays.value;
  const guardDutyExport = plannedGuardDutyExportGrants(names, accounts.security);
  const evidencePolicies = plannedEvidencePolicyInputs(names, {
    accountId: accounts.logArchive,
    organizationId: config.organizationId,
    trailAccountId: accounts.management,
    breakGlassRoleName: config.breakGlassRoleName,
    extraLogKeyStatements: guardDutyExport.key,
    extraEvidenceBucketStatements: guardDutyExport.bucket,
  });
  const guardrailAccess = {
    breakGlassRoleName: config.breakGlassRoleName,
    deploymentRoles: config.deploymentRoles,
    deployerPrincipals: config.deployerPrincipals,
    drillRoleName: config.drillRoleName,
    verifierRoleName: config.verifierRoleName,
  };
  const busAccess = { organizationId: config.organizationId, breakGlassRoleName: config.breakGlassRoleName, drillRoleName: config.drillRoleName };
  const alarmsOn = deployed('metric-alarms');
  const busesOn = deployed('central-event-bus');
  const forwardersOn = deployed('event-forwarders');
  const drillRule = detections.drillRule;
  const rule = (region: string) => (d: { readonly id: string }): ExpectedRule => ({ name: names.detectionName(d.id), targetArn: names.alertTopicArn(region) });

  return {
    purposes: deployment.purposes,
    partition: names.partition,
    accounts,
    homeRegion,
    governedRegions,
    organizationRootId: config.organizationRootId,
    trail: {
      name: names.trailName,
      arn: names.trailArn,
      bucketName: names.evidenceBucketName,
      advancedEventSelectors: trailEventSelectors(
        { s3DataEvents: settings.s3DataEvents.value, lambdaDataEvents: settings.lambdaDataEvents.value },
        [names.evidenceBucketArn, names.accessLogBucketArn],
      ).map((selector) => ({
        Name: selector.name,
        FieldSelectors: selector.fieldSelectors.map((f) => ({
          Field: f.field,
          ...(f.equals && { Equals: [...f.equals] }),
          ...(f.notEquals && { NotEquals: [...f.notEquals] }),
          ...(f.startsWith && { StartsWith: [...f.startsWith] }),
          ...(f.notStartsWith && { NotStartsWith: [...f.notStartsWith] }),
        })),
      })),
      insightTypes: settings.insights.value ? [...INSIGHT_TYPES] : [],
      ...(deployed('trail-log-group') && { cloudWatchLogGroupName: names.trailLogGroupName }),
    },
    evidence: {
      bucketName: names.evidenceBucketName,
      objectLockMode: settings.objectLockMode.value,
      retentionDays: retention,
      keyAliasName: names.logKeyAliasName,
      ...(deployed('access-logging') && { accessLogging: { targetBucket: names.accessLogBucketName, targetPrefix: names.evidenceAccessLogPrefix } }),
      lifecycle: {
        expirationDays: retention,
        noncurrentDays: retention,
        // The stacks leave out any transition not earlier than expiry (see retentionLifecycle).
        transitions: [
          { days: settings.infrequentAccessAfterDays.value, storageClass: 'STANDARD_IA' },
          { days: settings.glacierInstantRetrievalAfterDays.value, storageClass: 'GLACIER_IR' },
          { days: settings.deepArchiveAfterDays.value, storageClass: 'DEEP_ARCHIVE' },
        ].filter((t) => t.days < retention),
      },
      bucketPolicy: evidenceStoreBucketPolicy(evidencePolicies),
      keyPolicy: evidenceStoreKeyPolicy(evidencePolicies),
    },
    guardrails: {
      policies: plannedGuardrailPolicies(names, guardrailAccess, config.guardrailTargets).map(({ name, type, document, targetIds }) => ({ name, type, document, targetIds })),
      policyTypes: ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'],
    },
    ...(deployed('guardduty-organization') && {
      guardDuty: {
        adminAccountId: accounts.security,
        features: [...settings.guardDutyFeatures.value],
        exportDestinationArn: `${names.evidenceBucketArn}/${GUARDDUTY_EXPORT_PREFIX}`,
      },
    }),
    ...((busesOn || alarmsOn) && {
      alerts: {
        busName: names.centralEventBusName,
        centralRulePrefix: names.detectionName(''),
        forwarderRulePrefix: names.forwarderRuleName(''),
        busPolicyByRegion: busesOn ? Object.fromEntries(model.components['central-event-bus']!.regions.map((r) => [r, plannedBusPolicy(names, busAccess, r)])) : {},
        topicArnByRegion: deployed('alert-topic') ? Object.fromEntries(model.components['alert-topic']!.regions.map((r) => [r, names.alertTopicArn(r)])) : {},
        // The detections of each central bus, and the drill's rule beside them.
        centralRulesByRegion: Object.fromEntries(governedRegions.map((region) => [region, [
          ...(detections.central.find((c) => c.region === region)?.definitions ?? []).map(rule(region)),
          ...(drillRule !== undefined && drillRule.regions.includes(region) ? [rule(region)(drillRule.definition)] : []),
        ]]).filter(([, list]) => list.length > 0)),
        managementForwardersByRegion: forwardersOn ? Object.fromEntries(detections.forwarders.map((f) => [
          f.region,
          f.definitions.map((d): ExpectedRule => ({ name: names.forwarderRuleName(d.id), targetArn: names.centralEventBusArn(f.targetRegion) })),
        ]).filter(([, list]) => list.length > 0)) : {},
        ...(deployed('forwarder-stack-set') && { stackSet: { name: names.forwarderStackSetName, regions: forwarderRegions({ governedRegions, homeRegion }) } }),
        ...(alarmsOn && {
          metricAlarms: {
            logGroupName: names.trailLogGroupName,
            filters: detections.metricFilters.map((d) => ({ name: names.detectionName(d.id), pattern: d.pattern })),
            alarmNames: [...detections.metricFilters.map((d) => names.detectionName(d.id)), ...(detections.drillAlarm === undefined ? [] : [detections.drillAlarm.alarmName])],
            ...(detections.drillAlarm !== undefined && { drillAlarmName: detections.drillAlarm.alarmName }),
            alarmTopicArn: names.alarmTopicArn,
          },
        }),
      },
    }),
    ...(deployed('query-tooling') && {
      investigation: {
        databaseName: names.investigationDatabaseName,
        tableName: names.cloudTrailTableName,
        workgroupName: names.investigationWorkgroupName,
        savedQueryNames: investigationQueries().map((q) => `${q.id}: ${q.name}`),
      },
    }),
  };
}

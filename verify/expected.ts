import type { TrailguardConfig } from '../config/load';
import { detectionTargets } from '../detections/deployment-targets';
import { eventRuleDefinitions, metricFilterDefinitions } from '../detections';
import { centralRuleDefinitions, forwardedDefinitions, forwarderRegions } from '../detections/routing/forwarding-plan';
import { investigationQueries } from '../investigation/queries';
import { deployedFor, isDeployed } from '../model/deployed';
import { deploymentModel } from '../model/deployment-model';
import { TrailguardNames } from '../naming/names';
import { centralBusPolicy } from '../policies/central-bus-policy';
import { denyLogTamperingScps } from '../policies/deny-log-tampering-scp';
import { evidenceBucketPolicy } from '../policies/evidence-bucket-policy';
import { evidenceProtectionRcps } from '../policies/evidence-protection-rcp';
import { GUARDDUTY_EXPORT_PREFIX, guardDutyExportBucketStatements, guardDutyExportKeyStatements } from '../policies/guardduty-export-grants';
import { logGuardrailScope } from '../policies/log-guardrail-scope';
import { logKeyPolicy } from '../policies/log-key-policy';
import type { PolicyDocument } from '../policies/policy-document';
import { applyOverrides } from '../profiles/overrides';
import type { Purpose } from '../profiles/purposes';
import { resolvePurposes } from '../profiles/resolve';
import { SETTINGS_TABLE } from '../profiles/settings-table';
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
 * function (`expectedDeployment`) from the same builders and arguments the stacks use; when
 * the deployment model lands, that function reads it instead and nothing else changes.
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
      readonly alarmNames: readonly string[];
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

/** Everything verify expects, for the given purposes (default: the configured ones). */
export function expectedDeployment(config: TrailguardConfig, purposes: readonly Purpose[] = config.purposeProfiles): ExpectedDeployment {
  const names = new TrailguardNames(config);
  const settings = resolvePurposes(purposes, applyOverrides(SETTINGS_TABLE, config.profileOverrides)).settings;
  const on = (name: 'cloudWatchLogsDelivery' | 'metricAlarms' | 'nearRealTimeRules' | 'guardDuty' | 'queryTooling' | 'accessLogging' | 'insights') => settings[name].value;
  const { accounts, homeRegion, governedRegions } = config;
  const guardDutyExport = { partition: names.partition, bucketArn: names.evidenceBucketArn, adminAccountId: accounts.security };
  const breakGlassRoleArns = [names.roleArn(accounts.logArchive, config.breakGlassRoleName)];
  const retention = settings.evidenceRetentionDays.value;
  // The same scope the management stack builds its policies from.
  const scope = logGuardrailScope(names, { breakGlassRoleName: config.breakGlassRoleName, deploymentRoles: config.deploymentRoles, deployerPrincipals: config.deployerPrincipals });
  // What is deployed comes from the deployment model, as for the stacks.
  const deployment = deployedFor(deploymentModel(config), purposes);
  const alarmsOn = isDeployed(deployment, 'metric-alarms');
  const routingOn = isDeployed(deployment, 'central-event-bus') || alarmsOn;
  const targets = detectionTargets(names);
  const rules = eventRuleDefinitions(targets);
  const forwardingScope = { governedRegions, homeRegion };

  return {
    purposes,
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
      insightTypes: on('insights') ? [...INSIGHT_TYPES] : [],
      ...(on('cloudWatchLogsDelivery') && { cloudWatchLogGroupName: names.trailLogGroupName }),
    },
    evidence: {
      bucketName: names.evidenceBucketName,
      objectLockMode: settings.objectLockMode.value,
      retentionDays: retention,
      keyAliasName: names.logKeyAliasName,
      ...(on('accessLogging') && { accessLogging: { targetBucket: names.accessLogBucketName, targetPrefix: names.evidenceAccessLogPrefix } }),
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
      bucketPolicy: evidenceBucketPolicy({
        bucketArn: names.evidenceBucketArn,
        organizationId: config.organizationId,
        trailArn: names.trailArn,
        trailAccountId: accounts.management,
        trailLogPrefixes: names.trailLogPrefixes,
        allowedKmsKeyArns: [names.logArchiveKeyArnPattern, names.logKeyAliasArn],
        breakGlassRoleArns,
        additionalStatements: guardDutyExportBucketStatements(guardDutyExport),
      }),
      keyPolicy: logKeyPolicy({
        keyAccountRootArn: names.logArchiveRootArn,
        trailArnPattern: names.managementTrailArnPattern,
        trailArn: names.trailArn,
        trailAccountId: accounts.management,
        readerRoleArns: [names.investigatorRoleArn],
        s3ViaService: names.s3ViaService,
        additionalStatements: guardDutyExportKeyStatements(guardDutyExport),
      }),
    },
    guardrails: {
      policies: [
        ...denyLogTamperingScps(scope).map((document, index): ExpectedPolicy => ({
          name: names.prefixed(`deny-log-tampering-${index + 1}`),
          type: 'SERVICE_CONTROL_POLICY',
          document,
          targetIds: config.guardrailTargets,
        })),
        ...evidenceProtectionRcps(scope).map((document, index): ExpectedPolicy => ({
          name: names.prefixed(`evidence-protection${index === 0 ? '' : `-${index + 1}`}`),
          type: 'RESOURCE_CONTROL_POLICY',
          document,
          targetIds: config.guardrailTargets,
        })),
      ],
      policyTypes: ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'],
    },
    ...(on('guardDuty') && {
      guardDuty: {
        adminAccountId: accounts.security,
        features: [...settings.guardDutyFeatures.value],
        exportDestinationArn: `${names.evidenceBucketArn}/${GUARDDUTY_EXPORT_PREFIX}`,
      },
    }),
    ...(routingOn && {
      alerts: {
        busName: names.centralEventBusName,
        centralRulePrefix: names.detectionName(''),
        forwarderRulePrefix: names.forwarderRuleName(''),
        busPolicyByRegion: Object.fromEntries(governedRegions.map((r) => [r, centralBusPolicy({
          busArn: names.centralEventBusArn(r),
          organizationId: config.organizationId,
          forwarderRoleArnPatterns: [names.memberForwarderRoleArnPattern, names.managementForwarderRoleArn],
          breakGlassRoleArns: [names.accountRoleArn('security', config.breakGlassRoleName)],
        })])),
        topicArnByRegion: Object.fromEntries(governedRegions.map((r) => [r, names.alertTopicArn(r)])),
        centralRulesByRegion: Object.fromEntries(governedRegions.map((region) => [region, [
          ...(on('nearRealTimeRules') ? centralRuleDefinitions(rules, region, forwardingScope) : []),
        ].map((d) => ({ name: names.detectionName(d.id), targetArn: names.alertTopicArn(region) }))])),
        managementForwardersByRegion: Object.fromEntries(forwarderRegions(forwardingScope).map((region) => {
          const target = names.centralEventBusArn(governedRegions.includes(region) ? region : homeRegion);
          return [region, [
            ...(on('nearRealTimeRules') ? forwardedDefinitions(rules, region) : []),
          ].map((d) => ({ name: names.forwarderRuleName(d.id), targetArn: target }))];
        }).filter(([, list]) => list.length > 0)),
        ...(on('nearRealTimeRules') && { stackSet: { name: names.forwarderStackSetName, regions: forwarderRegions(forwardingScope) } }),
        ...(alarmsOn && {
          metricAlarms: {
            logGroupName: names.trailLogGroupName,
            filters: metricFilterDefinitions(targets).map((d) => ({ name: names.detectionName(d.id), pattern: d.pattern })),
            alarmNames: metricFilterDefinitions(targets).map((d) => names.detectionName(d.id)),
            alarmTopicArn: names.alarmTopicArn,
          },
        }),
      },
    }),
    ...(on('queryTooling') && {
      investigation: {
        databaseName: names.investigationDatabaseName,
        tableName: names.cloudTrailTableName,
        workgroupName: names.investigationWorkgroupName,
        savedQueryNames: investigationQueries().map((q) => `${q.id}: ${q.name}`),
      },
    }),
  };
}

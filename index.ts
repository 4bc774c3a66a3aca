// The public API of trailguard, chosen by hand: what a platform team composes into its own CDKTF
// app (`import { ... } from 'trailguard'`). Helpers that are not API (modules/private/, naming
// helpers, report internals) stay out. Provider classes are never re-exported: consumers
// import them deep (`@cdktf/provider-aws/lib/<resource>`).

// Stacks: the three account stacks and the function that wires a configuration to them.
export { createTrailguardStacks, STACK_IDS, type TrailguardStacks } from './app/trailguard-app';
export { AccountStack, type AccountStackProps, type VerifierRoleWiring } from './stacks/account-stack';
export { AccountProviders, type AccountProvidersProps } from './stacks/account-providers';
export { LogArchiveStack, LOG_ARCHIVE_OUTPUTS, type LogArchiveStackProps } from './stacks/log-archive-stack';
export { ManagementStack, LOG_KEY_ARN_VARIABLE, type ManagementStackProps } from './stacks/management-stack';
export { SecurityStack, type SecurityStackProps } from './stacks/security-stack';

// The deployment model: what is deployed, where, behind which plan-time gate.
export { deploymentModel, deployedFor, isDeployed, trailRegions, GUARDDUTY_EXPORT_KEY_VARIABLE, SECURITY_LAKE_DELEGATED_VARIABLE, COMPONENT_IDS, PATH_LATENCY } from './model';
export { ALWAYS, allOf, anyOf, settingOn, variableSet, gateExpression, gateHolds, describeGate, gateSettings } from './model';
export type { DeploymentModel, DeploymentModelOptions, Deployment, Component, ComponentId, AccountRole, Gate, SwitchSetting, DetectionPlan, RegionalRules, ForwarderRules, AlertPath } from './model';

// Constructs, by concern. Each works in any TerraformStack with an AWS provider.
export { EvidenceStore, type EvidenceStoreProps } from './modules/evidence/evidence-store';
export { EvidenceBucket, type EvidenceBucketProps, type EvidenceTransitions, type EvidenceAccessLogging } from './modules/evidence/evidence-bucket';
export { AccessLogBucket, type AccessLogBucketProps } from './modules/evidence/access-log-bucket';
export { LogKey, type LogKeyProps } from './modules/evidence/log-key';
export { retentionLifecycle, RETENTION_RULE_ID } from './modules/evidence/retention-lifecycle';
export { OrganizationTrail, type OrganizationTrailProps } from './modules/trail/organization-trail';
export { TrailLogGroup, type TrailLogGroupProps } from './modules/trail/trail-log-group';
export { OrganizationPolicy, ORGANIZATION_POLICY_TYPES, type OrganizationPolicyProps } from './modules/guardrails/organization-policy';
export { OrganizationTrustedAccess, TRUSTED_SERVICE_PRINCIPALS, GUARDRAIL_POLICY_TYPES, type OrganizationTrustedAccessProps } from './modules/guardrails/organization-trusted-access';
export { AlarmTopic, type AlarmTopicProps } from './modules/detection/alarm-topic';
export { AlertTopic, type AlertTopicProps } from './modules/detection/alert-topic';
export { AlertSubscriptionsVariable, type AlertSubscriptionsVariableProps } from './modules/detection/alert-subscriptions-variable';
export { CentralEventBus, type CentralEventBusProps } from './modules/detection/central-event-bus';
export { DetectionRules, type DetectionRulesProps } from './modules/detection/detection-rules';
export { EventForwarders, type EventForwardersProps } from './modules/detection/event-forwarders';
export { ForwarderStackSet, type ForwarderStackSetProps } from './modules/detection/forwarder-stack-set';
export { GuardDutyDelegation, type GuardDutyDelegationProps } from './modules/detection/guardduty-delegation';
export { GuardDutyOrganization, type GuardDutyOrganizationProps } from './modules/detection/guardduty-organization';
export { ManagementDetection, type ManagementDetectionProps } from './modules/detection/management-detection';
export { MetricAlarms, type MetricAlarmsProps } from './modules/detection/metric-alarms';
export { InvestigationTooling, type InvestigationToolingProps } from './modules/investigation/investigation-tooling';
export { InvestigatorRole, type InvestigatorRoleProps } from './modules/investigation/investigator-role';
export { InvestigationWorkgroup, MIN_BYTES_SCANNED_CUTOFF, type InvestigationWorkgroupProps } from './modules/investigation/investigation-workgroup';
export { CloudTrailCatalog, type CloudTrailCatalogProps } from './modules/investigation/cloud-trail-catalog';
export { AthenaNamedQueries, type AthenaNamedQueriesProps } from './modules/investigation/athena-named-queries';
export { LogsInsightsQueries, type LogsInsightsQueriesProps } from './modules/investigation/logs-insights-queries';
export { QueryResultsBucket, type QueryResultsBucketProps } from './modules/investigation/query-results-bucket';
export { SecurityLake, type SecurityLakeProps } from './modules/investigation/security-lake';
export { TraceAccess, type TraceAccessProps } from './modules/investigation/trace-access';
export { VerifierRole, type VerifierRoleProps } from './modules/verification/verifier-role';
export { DrillRole, type DrillRoleProps } from './modules/verification/drill-role';
export { PurposeProfiles, PURPOSE_PROFILES_VARIABLE, LOGGING_PLAN_OUTPUT, type PurposeProfilesProps } from './modules/profiles/purpose-profiles';

// What the trail records, as data.
export { trailEventSelectors, managementEventSelector, s3DataEventSelectors, lambdaDataEventSelectors, INSIGHT_TYPES } from './trail/trail-event-selectors';

// Purpose profiles: the settings table, its merge rules and the resolver.
export { PURPOSES, PURPOSE_SUMMARIES, allCombinations, combinationKey, isPurpose, type Purpose } from './profiles/purposes';
export { SETTINGS_TABLE, SETTING_NAMES, OBJECT_LOCK_MODES, S3_DATA_EVENT_SCOPES, FINDING_FREQUENCIES, GUARDDUTY_FEATURES } from './profiles/settings-table';
export type { SettingsTable, SettingName, SettingDefinition, PurposeChoice, LoggingSettings, ObjectLockMode, S3DataEventScope, FindingFrequency, GuardDutyFeature } from './profiles/settings-table';
export { anyEnabled, longest, strictest, union, type MergeRule } from './profiles/merge-rules';
export { resolvePurposes, type LoggingPlan, type ResolvedSetting, type ResolvedSettings } from './profiles/resolve';
export { applyOverrides, type ProfileOverrides } from './profiles/overrides';

// Configuration: one-pass validation with every problem reported.
export { parseConfig, CONTEXT_KEY, type TrailguardConfig } from './config/load';
export { ConfigError, type ConfigProblem } from './config/config-error';
export { DEFAULT_ENABLED_REGIONS, KNOWN_REGIONS, GLOBAL_EVENTS_REGION } from './config/regions';
export { trailguardConfigSchema, type TrailguardConfigInput, type ParsedConfig } from './config/schema';

// Naming: the one place physical names and ARNs are built.
export { TrailguardNames, type NamingInputs } from './naming/names';

// Policy builders: typed documents, stringified only where attached.
export { policyDocument, policyJson, type PolicyDocument, type PolicyStatement } from './policies/policy-document';
export { evidenceBucketPolicy } from './policies/evidence-bucket-policy';
export { accessLogBucketPolicy } from './policies/access-log-bucket-policy';
export { logKeyPolicy } from './policies/log-key-policy';
export { investigatorReadPolicy } from './policies/investigator-read-policy';
export { investigatorTrustPolicy } from './policies/investigator-trust-policy';
export { investigatorQueryPolicy } from './policies/investigator-query-policy';
export { queryResultsBucketPolicy, queryResultsKeyPolicy } from './policies/query-results-policies';
export { logGuardrailScope } from './policies/log-guardrail-scope';
export { denyLogTamperingScps, denyLogTamperingStatements } from './policies/deny-log-tampering-scp';
export { evidenceProtectionRcps } from './policies/evidence-protection-rcp';
export { policySize, ORGANIZATIONS_POLICY_MAX_CHARACTERS } from './policies/policy-size';
export { trailLogGroupKeyPolicy } from './policies/trail-log-group-key-policy';
export { trailLogGroupRolePolicy, trailLogGroupRoleTrustPolicy } from './policies/trail-log-group-role';
export { alarmKeyPolicy } from './policies/alarm-key-policy';
export { alarmTopicPolicy } from './policies/alarm-topic-policy';
export { alertKeyPolicy } from './policies/alert-key-policy';
export { alertTopicPolicy } from './policies/alert-topic-policy';
export { centralBusPolicy } from './policies/central-bus-policy';
export { eventForwarderPermissions, eventForwarderTrustPolicy } from './policies/event-forwarder-policies';
export { verifierPolicy, verifierTrustPolicy } from './policies/verifier-policy';
export { drillPolicy, drillBusGuardStatements } from './policies/drill-policy';
export { investigatorTracePolicy } from './policies/investigator-trace-policy';
export { securityLakeKeyPolicy } from './policies/security-lake-key-policy';
export { guardDutyExportBucketStatements, guardDutyExportKeyStatements, GUARDDUTY_EXPORT_PREFIX } from './policies/guardduty-export-grants';

// Pattern evaluators: offline, for the two pattern languages trailguard deploys.
export { compileFilterPattern, compileEventPattern, PatternSyntaxError, EventPatternError, MAX_PATTERN_LENGTH, toBusEvent, isBusEvent } from './patterns';

// Detection definitions, as data.
export { eventRuleDefinitions, metricFilterDefinitions, CIS_METRIC_FILTERS } from './detections';
export { detectionTargets } from './detections/deployment-targets';
export { forwarderStackSetTemplate } from './detections/routing/forwarder-template';
export type { DetectionTargets, EventRuleDefinition, MetricFilterDefinition, Severity, ArrivalRegion } from './detections/types';

// Investigation: the saved queries and the CloudTrail table they run against.
export { investigationQueries, type InvestigationQuery } from './investigation/queries';
export { crossLayerQueries, LAYERS, type CrossLayerQuery } from './investigation/trace-queries';
export { queryContext } from './investigation/query-context';
export { CLOUDTRAIL_COLUMNS, PARTITION_COLUMNS } from './investigation/cloudtrail-table';

// Evidence integrity: the CloudTrail digest-chain validator (an async iterator of verdicts) and the evidence bundle.
export { validateLogs, DEFAULT_CONCURRENCY, type ValidateLogsProps } from './integrity/validate-logs';
export { exportEvidence, type ExportEvidenceProps } from './integrity/bundle-export';
export { validateBundle, type ValidateBundleProps } from './integrity/bundle-validate';
export { isProblem, type Verdict, type LogVerdict, type DigestVerdict, type GapVerdict, type BundleFileVerdict, type LogStatus, type DigestStatus } from './integrity/verdicts';
export { SummaryTally, type ValidationSummary } from './integrity/summary';
export { PublicKeySet, readPublicKeyFile, type TrailPublicKey } from './integrity/public-keys';
export { listPublicKeys } from './integrity/list-public-keys';

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as api from '../../index';

const ROOT = resolve(__dirname, '..', '..');

// The public surface, chosen by hand: what a platform team composes. Adding to it is a
// decision, so it is listed here in full; a name that appears or disappears fails the test.
const PUBLIC_RUNTIME_EXPORTS = [
  // stacks and the app
  'createTrailguardStacks', 'STACK_IDS', 'AccountStack', 'AccountProviders', 'LogArchiveStack', 'LOG_ARCHIVE_OUTPUTS', 'ManagementStack', 'LOG_KEY_ARN_VARIABLE', 'SecurityStack',
  // the deployment model
  'deploymentModel', 'deployedFor', 'isDeployed', 'trailRegions', 'GUARDDUTY_EXPORT_KEY_VARIABLE', 'COMPONENT_IDS', 'PATH_LATENCY',
  'ALWAYS', 'allOf', 'anyOf', 'settingOn', 'variableSet', 'gateExpression', 'gateHolds', 'describeGate', 'gateSettings',
  // constructs
  'EvidenceStore', 'EvidenceBucket', 'AccessLogBucket', 'LogKey', 'retentionLifecycle', 'RETENTION_RULE_ID',
  'OrganizationTrail', 'TrailLogGroup', 'OrganizationPolicy', 'ORGANIZATION_POLICY_TYPES', 'OrganizationTrustedAccess', 'TRUSTED_SERVICE_PRINCIPALS', 'GUARDRAIL_POLICY_TYPES',
  'AlarmTopic', 'alarmKeyPolicy', 'alarmTopicPolicy', 'AlertTopic', 'AlertSubscriptionsVariable', 'CentralEventBus', 'DetectionRules', 'EventForwarders', 'ForwarderStackSet', 'GuardDutyDelegation', 'GuardDutyOrganization', 'ManagementDetection', 'MetricAlarms',
  'InvestigationTooling', 'InvestigatorRole', 'InvestigationWorkgroup', 'MIN_BYTES_SCANNED_CUTOFF', 'CloudTrailCatalog', 'AthenaNamedQueries', 'LogsInsightsQueries', 'QueryResultsBucket',
  'VerifierRole', 'DrillRole', 'verifierPolicy', 'verifierTrustPolicy', 'drillPolicy', 'drillBusGuardStatements',
  'PurposeProfiles', 'PURPOSE_PROFILES_VARIABLE', 'LOGGING_PLAN_OUTPUT',
  // trail data
  'trailEventSelectors', 'managementEventSelector', 's3DataEventSelectors', 'lambdaDataEventSelectors', 'INSIGHT_TYPES',
  // profiles
  'PURPOSES', 'PURPOSE_SUMMARIES', 'allCombinations', 'combinationKey', 'isPurpose', 'SETTINGS_TABLE', 'SETTING_NAMES', 'OBJECT_LOCK_MODES', 'S3_DATA_EVENT_SCOPES', 'FINDING_FREQUENCIES', 'GUARDDUTY_FEATURES',
  'anyEnabled', 'longest', 'strictest', 'union', 'resolvePurposes', 'applyOverrides',
  // configuration and naming
  'parseConfig', 'CONTEXT_KEY', 'ConfigError', 'DEFAULT_ENABLED_REGIONS', 'KNOWN_REGIONS', 'GLOBAL_EVENTS_REGION', 'trailguardConfigSchema', 'TrailguardNames',
  // policy builders
  'policyDocument', 'policyJson', 'evidenceBucketPolicy', 'accessLogBucketPolicy', 'logKeyPolicy', 'investigatorReadPolicy', 'investigatorTrustPolicy', 'investigatorQueryPolicy',
  'queryResultsBucketPolicy', 'queryResultsKeyPolicy', 'logGuardrailScope', 'denyLogTamperingScps', 'denyLogTamperingStatements', 'evidenceProtectionRcps', 'policySize', 'ORGANIZATIONS_POLICY_MAX_CHARACTERS',
  'trailLogGroupKeyPolicy', 'trailLogGroupRolePolicy', 'trailLogGroupRoleTrustPolicy', 'alertKeyPolicy', 'alertTopicPolicy', 'centralBusPolicy', 'eventForwarderPermissions', 'eventForwarderTrustPolicy',
  'guardDutyExportBucketStatements', 'guardDutyExportKeyStatements', 'GUARDDUTY_EXPORT_PREFIX',
  // evaluators and detection data
  'compileFilterPattern', 'compileEventPattern', 'PatternSyntaxError', 'EventPatternError', 'MAX_PATTERN_LENGTH', 'toBusEvent', 'isBusEvent',
  'eventRuleDefinitions', 'metricFilterDefinitions', 'CIS_METRIC_FILTERS', 'detectionTargets', 'forwarderStackSetTemplate',
  // investigation
  'validateLogs', 'DEFAULT_CONCURRENCY', 'exportEvidence', 'validateBundle', 'isProblem', 'SummaryTally', 'PublicKeySet', 'listPublicKeys', 'readPublicKeyFile',
  'investigationQueries', 'queryContext', 'crossLayerQueries', 'LAYERS', 'SecurityLake', 'TraceAccess', 'investigatorTracePolicy', 'securityLakeKeyPolicy', 'SECURITY_LAKE_DELEGATED_VARIABLE', 'CLOUDTRAIL_COLUMNS', 'PARTITION_COLUMNS',
];

// Helpers that must never leak into the surface.
const NOT_API = ['pascalCase', 'snakeCase', 'daysProblems', 'bucketNameProblems', 'withoutTokenTraces', 'skippingTokenTraces', 'gate', 'conditionalAttribute', 'knownAtSynth', 'validateProps', 'throwIfProblems', 'synthSummary', 'isOfflinePlanMode'];

describe('the public API (index.ts)', () => {
  it('exports exactly the chosen names', () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC_RUNTIME_EXPORTS].sort());
  });

  it('exports no helper', () => {
    expect(NOT_API.filter((name) => name in api)).toEqual([]);
  });

  it('exports nothing from a private folder', () => {
    const index = readFileSync(join(ROOT, 'index.ts'), 'utf8');
    expect(index).not.toMatch(/from '\.\/[^']*private/);
  });

  it('loads no provider root barrel: a root @cdktf/provider-aws import costs seconds of every synth', () => {
    const sources = ['index.ts', ...['config', 'profiles', 'naming', 'model', 'modules', 'stacks', 'app', 'policies', 'patterns', 'detections', 'trail', 'reports', 'cli']
      .filter((folder) => existsSync(join(ROOT, folder)))
      .flatMap((folder) => (readdirSync(join(ROOT, folder), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => `${folder}/${file}`))];
    expect(sources.length).toBeGreaterThan(100);
    const rootImports = sources.filter((source) => /from\s+['"]@cdktf\/provider-aws['"]|require\(\s*['"]@cdktf\/provider-aws['"]\s*\)/.test(readFileSync(join(ROOT, source), 'utf8')));
    expect(rootImports).toEqual([]);
  });
});

import { allCombinations, combinationKey, PURPOSES, type Purpose } from '../../profiles/purposes';
import { resolvePurposes } from '../../profiles/resolve';
import { applyOverrides } from '../../profiles/overrides';
import { SETTING_NAMES, SETTINGS_TABLE, type SettingName } from '../../profiles/settings-table';

const valueFor = (name: SettingName, purpose: Purpose): unknown => SETTINGS_TABLE[name].byPurpose[purpose].value;

// Each setting's allowed values, written from the AWS APIs they feed (not from the table's own
// constants); the Record type makes a new setting fail to compile until its domain is written here.
const bool = (v: unknown) => typeof v === 'boolean';
const positiveDays = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
const oneOf = (...allowed: unknown[]) => (v: unknown) => allowed.includes(v);
const DOMAINS: Record<SettingName, (value: unknown) => boolean> = {
  managementEvents: oneOf('All'),
  s3DataEvents: oneOf('None', 'WriteOnly', 'All'),
  lambdaDataEvents: bool,
  insights: bool,
  cloudWatchLogsDelivery: bool,
  evidenceRetentionDays: positiveDays,
  infrequentAccessAfterDays: positiveDays,
  glacierInstantRetrievalAfterDays: positiveDays,
  deepArchiveAfterDays: positiveDays,
  // PutRetentionPolicy accepts only these values.
  cloudWatchLogsRetentionDays: oneOf(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653),
  accessLogging: bool,
  accessLogRetentionDays: positiveDays,
  objectLockMode: oneOf('GOVERNANCE', 'COMPLIANCE'),
  metricAlarms: bool,
  nearRealTimeRules: bool,
  guardDuty: bool,
  guardDutyFeatures: (v) => Array.isArray(v) && new Set(v).size === v.length &&
    v.every(oneOf('S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS', 'RUNTIME_MONITORING')),
  findingPublishingFrequency: oneOf('FIFTEEN_MINUTES', 'ONE_HOUR', 'SIX_HOURS'),
  queryTooling: bool,
  networkTraces: bool,
  // Security Lake lifecycle expiration: whole days, at least 1.
  networkTraceRetentionDays: positiveDays,
};

describe('the settings table', () => {
  test('gives every purpose an allowed value and a one-line reason for every setting', () => {
    for (const name of SETTING_NAMES) {
      for (const purpose of PURPOSES) {
        const choice = SETTINGS_TABLE[name].byPurpose[purpose];
        if (!DOMAINS[name](choice.value)) throw new Error(`${name} for ${purpose}: ${JSON.stringify(choice.value)} is outside its allowed values`);
        expect(choice.reason).toMatch(/^[A-Z].{15,160}[.)]$/);
        expect(choice.reason).not.toContain('\n');
      }
    }
  });

  test('keeps audit evidence in COMPLIANCE mode for at least seven years', () => {
    expect(valueFor('objectLockMode', 'audit')).toBe('COMPLIANCE');
    expect(valueFor('evidenceRetentionDays', 'audit')).toBeGreaterThanOrEqual(2557);
    expect(valueFor('objectLockMode', 'investigation')).toBe('GOVERNANCE');
    expect(valueFor('objectLockMode', 'detection')).toBe('GOVERNANCE');
  });
});

describe('resolvePurposes', () => {
  test('has exactly 7 combinations with distinct sorted keys', () => {
    const keys = allCombinations().map(combinationKey);
    expect(keys).toEqual(['audit', 'investigation', 'audit,investigation', 'detection', 'audit,detection', 'detection,investigation', 'audit,detection,investigation']);
  });

  test.each(allCombinations().map((combination) => [combination.join(','), combination]))(
    'combines %s: union of features, longest retention, strictest lock',
    (_key, combination) => {
      const plan = resolvePurposes(combination as Purpose[]);
      const values = (name: SettingName) => (combination as Purpose[]).map((purpose) => valueFor(name, purpose));
      for (const name of SETTING_NAMES) {
        const own = values(name);
        const resolved = plan.settings[name].value;
        if (typeof own[0] === 'boolean') {
          expect(resolved).toBe(own.includes(true));
        } else if (typeof own[0] === 'number') {
          expect(resolved).toBe(Math.max(...(own as number[])));
        } else if (Array.isArray(own[0])) {
          expect(resolved).toEqual([...new Set((own as string[][]).flat())].sort());
        }
      }
      expect(plan.settings.objectLockMode.value).toBe(combination.includes('audit') ? 'COMPLIANCE' : 'GOVERNANCE');
      expect(plan.settings.s3DataEvents.value).toBe(
        combination.includes('investigation') ? 'All' : combination.includes('audit') ? 'WriteOnly' : 'None',
      );
      expect(plan.settings.findingPublishingFrequency.value).toBe(
        combination.includes('detection') ? 'FIFTEEN_MINUTES' : combination.includes('investigation') ? 'ONE_HOUR' : 'SIX_HOURS',
      );
    },
  );

  test('keeps the reason of the purpose that decided a value', () => {
    const plan = resolvePurposes(['detection', 'audit']);
    expect(plan.key).toBe('audit,detection');
    expect(plan.settings.objectLockMode.decidedBy).toEqual(['audit']);
    expect(plan.settings.objectLockMode.reason).toBe(SETTINGS_TABLE.objectLockMode.byPurpose.audit.reason);
    expect(plan.settings.metricAlarms.decidedBy).toEqual(['detection']);
  });

  test('names every purpose when they agree', () => {
    const plan = resolvePurposes(['audit', 'investigation']);
    expect(plan.settings.managementEvents.decidedBy).toEqual(['audit', 'investigation']);
    expect(plan.settings.managementEvents.reason).toMatch(/^audit: .* investigation: /);
  });

  test('rejects an empty list of purposes', () => {
    expect(() => resolvePurposes([])).toThrow(/purposes: expected at least one of the purposes, got an empty list/);
  });
});

describe('applyOverrides', () => {
  test('replaces a value and says it was overridden and what the default was', () => {
    const table = applyOverrides(SETTINGS_TABLE, { audit: { evidenceRetentionDays: 3653 } });
    const plan = resolvePurposes(['audit'], table);
    expect(plan.settings.evidenceRetentionDays.value).toBe(3653);
    expect(plan.settings.evidenceRetentionDays.reason).toMatch(/^Overridden in the configuration \(profileOverrides\.audit\.evidenceRetentionDays\); the default 2557 was chosen because: Seven years/);
    expect(SETTINGS_TABLE.evidenceRetentionDays.byPurpose.audit.value).toBe(2557);
  });
});

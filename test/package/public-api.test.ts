import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as api from '../../index';

const ROOT = resolve(__dirname, '..', '..');

// Folders whose every runtime export is public: reusable constructs, policy builders, and
// the pattern evaluators and detection data once they land. A folder with an index.ts
// barrel is checked through the barrel; otherwise each file is checked.
const PUBLIC_FOLDERS = ['modules', 'policies', 'patterns', 'detections', 'investigation'];

// Files in those folders that are implementation details of another file, not API.
const INTERNAL: readonly string[] = [
  'modules/construct-ids.ts',
  'modules/synth-time.ts',
  'investigation/placeholders.ts',
  'investigation/query-sql.ts',
  'investigation/query-reference.ts',
];

function publicSources(): string[] {
  return PUBLIC_FOLDERS.filter((folder) => existsSync(join(ROOT, folder))).flatMap((folder) =>
    existsSync(join(ROOT, folder, 'index.ts'))
      ? [`${folder}/index.ts`]
      : readdirSync(join(ROOT, folder))
          .filter((file) => file.endsWith('.ts'))
          .map((file) => `${folder}/${file}`),
  );
}

describe('the public API (index.ts)', () => {
  it('exports the stacks, the constructs, the profile table and resolver, config, naming, policies and pattern evaluators', () => {
    const expected = [
      'LogArchiveStack', 'ManagementStack', 'SecurityStack', 'AccountStack', 'createTrailguardStacks', 'STACK_IDS',
      'PurposeProfiles', 'gate', 'conditionalAttribute',
      // The constructs of issue 8's list: evidence bucket, organization trail, guardrails,
      // detection, GuardDuty organization, investigation.
      'EvidenceBucket', 'OrganizationTrail', 'OrganizationPolicy', 'MetricAlarms', 'DetectionRules', 'GuardDutyOrganization',
      'InvestigationTooling',
      // Pattern evaluators.
      'compileFilterPattern', 'compileEventPattern',
      'SETTINGS_TABLE', 'SETTING_NAMES', 'resolvePurposes', 'applyOverrides', 'PURPOSES', 'allCombinations',
      'parseConfig', 'ConfigError', 'DEFAULT_ENABLED_REGIONS',
      'TrailguardNames',
      'policyDocument', 'policyJson',
    ];
    expect(expected.filter((name) => !(name in api))).toEqual([]);
  });

  it('re-exports every runtime export of the public folders', () => {
    // Each entry is the line index.ts lacks, ready to paste.
    const missingLines = publicSources()
      .filter((source) => !INTERNAL.includes(source))
      .filter((source) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const exported = require(join(ROOT, source)) as Record<string, unknown>;
        return Object.keys(exported).some((name) => (api as Record<string, unknown>)[name] !== exported[name]);
      })
      .map((source) => `export * from './${source.replace(/(\/index)?\.ts$/, '')}';`);
    expect(missingLines).toEqual([]);
  });

  it('loads no provider root barrel: a root @cdktf/provider-aws import costs seconds of every synth', () => {
    const sources = ['index.ts', ...['config', 'profiles', 'naming', 'modules', 'stacks', 'policies', 'patterns', 'detections', 'cli']
      .filter((folder) => existsSync(join(ROOT, folder)))
      .flatMap((folder) => (readdirSync(join(ROOT, folder), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => `${folder}/${file}`))];
    const rootImports = sources.filter((source) => /from\s+['"]@cdktf\/provider-aws['"]|require\(\s*['"]@cdktf\/provider-aws['"]\s*\)/.test(readFileSync(join(ROOT, source), 'utf8')));
    expect(rootImports).toEqual([]);
  });
});

import { deploymentModel } from '../../model/deployment-model';
import { PURPOSES } from '../../profiles/purposes';
import { SETTING_NAMES, SETTINGS_TABLE } from '../../profiles/settings-table';
import { synthesizedStack, synthToDirectory } from '../../test/support/synth';
import { exampleConfig } from '../../test/support/example-config';
import { combinationSummary } from '../../reports/controls/render';

/** README sections generated from the source, so documentation cannot drift from code. */
export function generatedSections(): Record<string, string> {
  return { profiles: profilesTable(), reasons: reasonsList(), detections: detectionsTable(), 'inputs-outputs': inputsAndOutputs(), controls: combinationSummary(exampleConfig()).join('\n') };
}

function detectionsTable(): string {
  const { detections } = deploymentModel(exampleConfig());
  const filters = detections.metricFilters.definitions.map(
    (f) => `| metric filter + alarm (minutes) | \`${f.id}\` | ${[f.securityHubControl, f.cisControl].filter(Boolean).join(', ') || 'trailguard guardrail'} | ${f.severity} | ${escape(f.why)} |`,
  );
  const rules = detections.eventRules.definitions.map((r) => `| EventBridge rule (seconds) | \`${r.id}\` | | ${r.severity} | ${escape(r.why)} |`);
  return ['| path | id | control | severity | why |', '|---|---|---|---|---|', ...filters, ...rules].join('\n');
}

function profilesTable(): string {
  const rows = SETTING_NAMES.map((name) => {
    const definition = SETTINGS_TABLE[name];
    const cells = PURPOSES.map((purpose) => `\`${JSON.stringify(definition.byPurpose[purpose].value)}\``);
    return `| \`${name}\` | ${definition.description} | ${cells.join(' | ')} | ${definition.merge.name} |`;
  });
  return [`| setting | what it controls | ${PURPOSES.join(' | ')} | combined by |`, `|---|---|${PURPOSES.map(() => '---|').join('')}---|`, ...rows].join('\n');
}

function reasonsList(): string {
  return SETTING_NAMES.map((name) => {
    const reasons = PURPOSES.map((purpose) => `  - *${purpose}*: ${SETTINGS_TABLE[name].byPurpose[purpose].reason}`);
    return [`- \`${name}\``, ...reasons].join('\n');
  }).join('\n');
}

function inputsAndOutputs(): string {
  const outdir = synthToDirectory({ config: exampleConfig() });
  const sections: string[] = [];
  for (const stackId of ['log-archive', 'management', 'security'] as const) {
    const stack = synthesizedStack(outdir, stackId);
    const variables = Object.entries<any>(stack.variable ?? {}).map(
      ([name, v]) => `| input | \`${name}\` | \`${v.type ?? 'any'}\` | ${escape(v.description ?? '')} | \`${JSON.stringify(v.default)}\` |`,
    );
    const outputs = Object.entries<any>(stack.output ?? {}).map(([name, o]) => `| output | \`${name}\` | | ${escape(o.description ?? '')} | |`);
    sections.push(`#### \`${stackId}\``, '', '| kind | name | type | description | default (example) |', '|---|---|---|---|---|', ...variables, ...outputs, '');
  }
  return sections.join('\n').trimEnd();
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

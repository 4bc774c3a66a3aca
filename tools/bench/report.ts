import type { ResourceCounts } from './resource-counts';
import type { SynthResult } from './synth';
import type { TargetCheck } from './targets';
import type { TestTimes, TierTimes } from './test-tiers';

export interface BenchResults {
  readonly generatedAt: string;
  readonly command: string;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly memoryGb: number; readonly node: string; readonly loadAverageAtStart: number };
  readonly runs: number;
  readonly unitRuns: number;
  readonly suiteRuns: number;
  readonly warmUpRuns: 1;
  readonly synth: readonly SynthResult[];
  readonly tests: TestTimes;
  readonly resourceCounts: ResourceCounts;
  readonly targets: readonly TargetCheck[];
}

const s = (ms: number | undefined): string => (ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`);

/** Markdown tables; the console prints the same text the docs page holds. */
export function renderTables(results: BenchResults): string[] {
  const lines: string[] = [];
  lines.push('| Synth (all three stacks) | Regions | cdktf.json app median | ts-node + root import median | speed-up | peak RSS (ours / default) |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results.synth) {
    lines.push(
      `| ${r.scenario} | ${r.regions} | ${s(r.ours.medianMs)} | ${s(r.defaultWay?.medianMs)} | ${r.speedup === undefined ? '-' : `${r.speedup}×`} | ${r.ours.peakRssMb} MB / ${r.defaultWay === undefined ? '-' : `${r.defaultWay.peakRssMb} MB`} |`,
    );
  }
  lines.push('');
  lines.push(...testTables(results.tests), '');
  const counts = results.resourceCounts;
  lines.push('| Governed Regions | log-archive | management | security | total resources | providers (l-a / mgmt / sec) |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of counts.byRegions) {
    const st = row.stacks;
    lines.push(
      `| ${row.regions} | ${st['log-archive'].resources} | ${st.management.resources} | ${st.security.resources} | ${row.total} | ${st['log-archive'].providers} / ${st.management.providers} / ${st.security.providers} |`,
    );
  }
  const slope = counts.perAdditionalRegion;
  lines.push('');
  lines.push(`Each additional Region adds ${slope['log-archive']} / ${slope.management} / ${slope.security} resources (log-archive / management / security).`);
  const accounts = counts.accounts;
  const unconfigured = accounts.referenced.filter((account) => !accounts.configured.includes(account));
  lines.push(
    `Member accounts: the counts hold for any number of member accounts. The configuration has no member-account input; ` +
      `the synthesized stacks name ${accounts.referenced.length} account ids (${accounts.referenced.join(', ')}), ` +
      `${unconfigured.length === 0 ? 'all of them the configured management, log-archive and security accounts' : `of which not configured: ${unconfigured.join(', ')}`}; ` +
      `per-member-account resource types present: ` +
      `${accounts.perMemberAccountTypes.length === 0 ? 'none' : accounts.perMemberAccountTypes.join(', ')}; ` +
      `org-wide features present: ${accounts.organizationWide.length === 0 ? 'none yet' : accounts.organizationWide.join('; ')}.`,
  );
  lines.push('');
  lines.push('| Target | goal | measured | met |');
  lines.push('| --- | --- | --- | --- |');
  for (const t of results.targets) {
    lines.push(`| ${t.name} | ${t.target} | ${t.actual} | ${t.met === true ? 'yes' : t.met === false ? '**no**' : t.met} |`);
  }
  return lines;
}

function testTables(tests: BenchResults['tests']): string[] {
  const runs = (series: { runsMs: readonly number[] } | undefined): string => series?.runsMs.map((ms) => s(ms)).join(', ') ?? '-';
  const row = (label: string, tier: TierTimes | undefined): string =>
    `| ${label} | ${s(tier?.cold.medianMs)} | ${runs(tier?.cold)} | ${s(tier?.warm.medianMs)} | ${runs(tier?.warm)} |`;
  const lines = [
    '| Tests | cold median | cold runs | warm median | warm runs |',
    '| --- | ---: | --- | ---: | --- |',
    row('unit tier (`npm run test:unit`)', tests.unit),
    row('full suite (`npm test`)', tests.full),
    '',
    'Cold: a fresh clone with its own empty temporary folder (no jest transform cache, no tsx cache, no synthesized stacks or `.terraform` folders), ' +
      'node_modules linked from the working copy. Warm: the same command again in that clone.' +
      (tests.loadAverages === undefined ? '' : ` One-minute load average at the start of each run, in order: ${tests.loadAverages.join(', ')}.`),
  ];
  if (tests.slowestFiles !== undefined) {
    lines.push('', '| Slowest test files (last cold `npm test`) | seconds | tests |', '| --- | ---: | ---: |');
    for (const file of tests.slowestFiles) lines.push(`| \`${file.file}\` | ${file.seconds.toFixed(1)} | ${file.tests} |`);
  }
  return lines;
}

/** The README's performance section, generated so no figure is typed by hand. */
export function renderPerformanceDoc(results: BenchResults): string {
  const m = results.machine;
  return [
    '## Performance',
    '',
    '<!-- Generated by `npm run bench` (tools/bench/report.ts) from tools/bench/results.json. Do not edit by hand. -->',
    '',
    `Measured with \`${results.command}\` on ${results.generatedAt.slice(0, 10)}: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}; ` +
      `load average ${m.loadAverageAtStart} at the start (the machine is shared). Synth: medians of ${results.runs} runs after ${results.warmUpRuns} warm-up run; ` +
      `tests: ${results.unitRuns} unit-tier and ${results.suiteRuns} full-suite runs, each a fresh clone run cold, then warm. ` +
      'The two synth ways are interleaved in the same run, so background load affects both alike. Synth is the whole app process, ' +
      'as `cdktf synth` starts it; peak RSS is the largest of any node process it started.',
    '',
    ...renderTables(results),
    '',
    'Why it is fast:',
    '- The app runs as one node process with tsx\'s CommonJS hook (`node --require tsx/cjs main.ts` in cdktf.json): esbuild strips types, ' +
      'nothing type-checks at synth (`tsc --noEmit`, the typecheck tier of `npm test`, is the single type-check), and there is no launcher process or ESM loader thread.',
    '- The provider is imported per resource (`@cdktf/provider-aws/lib/<resource>`), never through its root barrel, which loads every resource binding.',
    '- cdktf records an unlimited stack trace for every token it creates; main.ts builds and synthesizes without them ' +
      '(`withoutTokenTraces`: about 30% of a synth), and the jest setup skips them too, while real errors keep their TypeScript lines.',
    '- jest transforms with swc instead of ts-jest. Within a run each configuration is synthesized once and each stack planned once for every purpose combination ' +
      '(one `terraform plan` of the stack as a module per combination, test/support/plan-batch.ts), shared by every test file through the run\'s cache.',
    '- Tests that start node processes (main.ts, bin/trailguard.js) are their own `process` tier, and tests that drive the SDK over HTTP ' +
      'to a loopback server their own `loopback` tier, so `npm run test:unit` starts neither; ' +
      'the type-check is a jest tier, run beside the others, and a sequencer starts the tiers known to be slow first even without timings from an earlier run.',
    '',
  ].join('\n');
}

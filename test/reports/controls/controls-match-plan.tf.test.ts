import { CONTROL_CATALOG } from '../../../reports/controls/catalog';
import { CONTROL_CHECKS, runChecks } from '../../../reports/controls/checks';
import { viewOfPlans } from '../../../reports/controls/from-plan';
import { controlsRecord } from '../../../reports/controls/record';
import { allCombinations, type Purpose } from '../../../profiles/purposes';
import { exampleConfig } from '../../support/example-config';
import { synthToDirectory } from '../../support/synth';
import { planJson, stackDirectory } from '../../support/terraform';

// Issue 12's proof: for every purpose combination, offline plans of the three stacks, each
// control judged by its own check (reports/controls/checks, written from Security Hub's
// documented logic over the planned resources) and compared with the report, which reads only
// the deployment model. Plans are shared through the run's plan cache with the
// *-purpose-profiles.tf tests, which plan the same synthesized example.
// Three plans of about a minute each per combination on a shared machine.
jest.setTimeout(900_000);

const STACKS = ['log-archive', 'management', 'security'] as const;
const outdir = synthToDirectory({ offline: true });
const directories = Object.fromEntries(STACKS.map((id) => [id, stackDirectory(outdir, id)]));

describe('trailguard controls agrees with each control\'s own check on the offline plans', () => {
  it('has a check for every control it reports', () => {
    expect(CONTROL_CATALOG.filter((entry) => !CONTROL_CHECKS.has(entry.control)).map((e) => e.control)).toEqual([]);
  });

  test.each(allCombinations().map((c) => [c.join(','), c]))('purpose_profiles=%s', (_label, combination) => {
    const purposes = combination as Purpose[];
    const started = Date.now();
    const view = viewOfPlans(Object.fromEntries(STACKS.map((id) => [id, planJson(directories[id], purposes)])));
    const record = controlsRecord(exampleConfig(), purposes);
    const checked = runChecks(view, record.controls.map((row) => row.control));
    const disagreements = record.controls
      .map((row) => ({ control: row.control, report: row.status, check: checked.get(row.control)?.status, why: checked.get(row.control)?.why }))
      .filter((d) => d.report !== d.check);
    expect(disagreements).toEqual([]);
    // Every check judged planned resources or said why none apply: none is left undetermined by a plan.
    expect([...checked.values()].filter((r) => r.status === 'undetermined')).toEqual([]);
    expect(record.controls.filter((row) => row.status === 'met').length).toBeGreaterThan(10);
    process.stderr.write(`controls plan check ${purposes.join(',')}: ${Date.now() - started} ms\n`);
  });
});

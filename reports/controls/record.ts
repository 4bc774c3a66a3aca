import type { TrailguardConfig } from '../../config/load';
import { deployedFor } from '../../model/deployed';
import { deploymentModel } from '../../model/deployment-model';
import type { Purpose } from '../../profiles/purposes';
import { CONTROL_CATALOG } from './catalog';
import type { ControlStatus } from './checks/check';
import { JUDGEMENTS } from './judgements';

/** One control's row: the JSON output is an array of these. */
export interface ControlRow {
  readonly control: string;
  readonly title: string;
  readonly status: ControlStatus;
  readonly why: string;
  /** What satisfies or fails it, as `<stack>/<component id>` of the deployment model. */
  readonly resources: readonly string[];
  /** CIS AWS Foundations Benchmark recommendations, `<version>/<id>`. */
  readonly cis: readonly string[];
}

export interface ControlsRecord {
  readonly purposes: readonly Purpose[];
  readonly controls: readonly ControlRow[];
}

/** Every applicable Security Hub control for the purposes, judged from the deployment model the stacks build from. */
export function controlsRecord(config: TrailguardConfig, purposes: readonly Purpose[]): ControlsRecord {
  const model = deploymentModel(config);
  const deployment = deployedFor(model, purposes);
  return {
    purposes: deployment.purposes,
    controls: CONTROL_CATALOG.map((entry) => {
      const judge = JUDGEMENTS[entry.control];
      if (judge === undefined) throw new Error(`controls: no judgement for ${entry.control}`);
      const judgement = judge({ model, deployment });
      return { control: entry.control, title: entry.title, status: judgement.status, why: judgement.why, resources: judgement.resources, cis: entry.cis };
    }),
  };
}

/** met / not met / not applicable counts. */
export function statusCounts(record: ControlsRecord): Record<ControlStatus, number> {
  const counts: Record<ControlStatus, number> = { met: 0, 'not met': 0, 'not applicable': 0 };
  for (const row of record.controls) counts[row.status] += 1;
  return counts;
}

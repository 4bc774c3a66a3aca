import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEFAULT_ENABLED_REGIONS } from '../../config/regions';
import { CDKTF_CONTEXT_ENV } from '../../config/context';
import { writeDefaultWayApp } from './default-way';
import { interleaved, type Command, type Series } from './measure';

export interface SynthScenario {
  readonly name: string;
  readonly regions: number;
  readonly context: Record<string, unknown>;
}

export interface SynthResult {
  readonly scenario: string;
  readonly regions: number;
  /** The project's cdktf.json `app` command, as `cdktf synth` runs it. */
  readonly ours: Series;
  /** ts-node with type-checking and a root provider import. */
  readonly defaultWay?: Series;
  /** defaultWay median / ours median, measured in the same interleaved run. */
  readonly speedup?: number;
}

/** The bundled example (cdktf.json) and the same with all 17 default-enabled Regions governed. */
export function synthScenarios(root: string): SynthScenario[] {
  const example = JSON.parse(readFileSync(join(root, 'cdktf.json'), 'utf8')).context.trailguard;
  const allRegions = [example.homeRegion, ...DEFAULT_ENABLED_REGIONS.filter((region) => region !== example.homeRegion)];
  return [
    { name: 'example', regions: example.governedRegions.length, context: example },
    { name: 'all default Regions', regions: allRegions.length, context: { ...example, governedRegions: allRegions } },
  ];
}

/** The command cdktf runs to synthesize, from cdktf.json, so the bench follows any change to it. */
export function appCommand(root: string): string {
  return JSON.parse(readFileSync(join(root, 'cdktf.json'), 'utf8')).app as string;
}

function synthEnv(scenario: SynthScenario): NodeJS.ProcessEnv {
  // As the cdktf CLI does: the context arrives in CDKTF_CONTEXT_JSON, the output folder in CDKTF_OUTDIR.
  return {
    [CDKTF_CONTEXT_ENV]: JSON.stringify({ trailguard: scenario.context }),
    CDKTF_OUTDIR: mkdtempSync(join(tmpdir(), 'trailguard-bench-synth-')),
  };
}

export function measureSynth(root: string, options: { runs: number; defaultWay: boolean }, progress: (line: string) => void): SynthResult[] {
  const app = appCommand(root);
  const defaultEntry = options.defaultWay ? relative(root, writeDefaultWayApp(root)) : undefined;
  return synthScenarios(root).map((scenario) => {
    progress(`synth: ${scenario.name} (${scenario.regions} Regions)`);
    const env = synthEnv(scenario);
    const commands: Command[] = [{ label: app, command: app, args: [], cwd: root, env, shell: true }];
    if (defaultEntry !== undefined) {
      commands.push({ label: 'ts-node + root import', command: join(root, 'node_modules', '.bin', 'ts-node'), args: [defaultEntry], cwd: root, env });
    }
    const [ours, defaultWay] = interleaved(commands, options.runs, progress);
    return {
      scenario: scenario.name,
      regions: scenario.regions,
      ours,
      defaultWay,
      speedup: defaultWay === undefined ? undefined : Math.round((defaultWay.medianMs / ours.medianMs) * 10) / 10,
    };
  });
}

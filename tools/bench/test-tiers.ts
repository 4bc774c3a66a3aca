import { join } from 'node:path';
import { interleaved, type Series } from './measure';

export interface TestTimes {
  /** `npx jest --selectProjects unit`. */
  readonly unit?: Series;
  /** `npm test`: the type-check and every jest project, terraform validate and plans included. */
  readonly full?: Series;
}

export function measureTests(root: string, options: { runs: number; suiteRuns: number; suite: boolean }, progress: (line: string) => void): TestTimes {
  progress('tests: unit tier');
  const [unit] = interleaved(
    [{ label: 'jest --selectProjects unit', command: join(root, 'node_modules', '.bin', 'jest'), args: ['--selectProjects', 'unit'], cwd: root }],
    options.runs,
    progress,
  );
  if (!options.suite) return { unit };
  progress('tests: full suite');
  const [full] = interleaved([{ label: 'npm test', command: 'npm', args: ['test', '--silent'], cwd: root }], options.suiteRuns, progress);
  return { unit, full };
}

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * After a failed synth, nothing in the output folder may pass for this run's result. A folder
 * this run created goes entirely; in an earlier run's folder, the stack documents and manifest go
 * (what `terraform plan` and `cdktf deploy` would read), while provider caches (.terraform) stay, so
 * a fixed synth does not download providers again. Returns the sentence to print, if any.
 */
export function removeStaleOutput(outdir: string, existedBefore: boolean): string | undefined {
  if (!existsSync(outdir)) return undefined;
  if (!existedBefore) {
    rmSync(outdir, { recursive: true, force: true });
    return undefined;
  }
  const stacksDir = join(outdir, 'stacks');
  const stacks = existsSync(stacksDir) ? readdirSync(stacksDir) : [];
  for (const stack of stacks) rmSync(join(stacksDir, stack, 'cdk.tf.json'), { force: true });
  rmSync(join(outdir, 'manifest.json'), { force: true });
  return `The stacks of the earlier synth in ${outdir} are stale; their cdk.tf.json and manifest.json were removed, so no plan runs on them. Fix the problems above and synthesize again.`;
}

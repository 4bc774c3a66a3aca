import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The single type-check (swc strips types without checking them), as a jest tier so it runs
// beside the other tiers rather than before them. `npm run typecheck` runs the same alone.
const ROOT = join(__dirname, '..');

test('the sources, tests and tools type-check (tsc --noEmit)', () => {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  expect(`${result.stdout}${result.stderr}`).toBe('');
  expect(result.status).toBe(0);
}, 300_000);

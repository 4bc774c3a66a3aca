import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CORPUS_DIR } from '../support/corpus';

const ROOT = join(__dirname, '..', '..');

describe('bin/trailguard.js', () => {
  it('runs test-pattern for real through node, with stdout/stderr separated and the exit code set', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/trailguard.js', 'test-pattern', '--filter-pattern', '{$.errorCode = "AccessDenied*"}', '--events', join(CORPUS_DIR, 'stratus-red-team', 'organizations_changes.jsonl')],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe('1 records, 1 matched, 0 errors\n');
    expect(result.stdout).toBe('{"line":1,"matched":true}\n');
    expect(result.status).toBe(0);
  });

  it('exits 2 for an invalid pattern', () => {
    const result = spawnSync(process.execPath, ['bin/trailguard.js', 'test-pattern', '--filter-pattern', '{', '--events', '-'], {
      cwd: ROOT, encoding: 'utf8', input: '', timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/filter pattern error at position 2/);
  });
});

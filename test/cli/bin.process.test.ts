import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
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
    expect(result.stdout).toBe(`${JSON.stringify({ source: join(CORPUS_DIR, 'stratus-red-team', 'organizations_changes.jsonl'), index: 1, line: 1, matched: true })}\n`);
    expect(result.status).toBe(0);
  });

  it('exits 2 for an invalid pattern', () => {
    const result = spawnSync(process.execPath, ['bin/trailguard.js', 'test-pattern', '--filter-pattern', '{', '--events', '-'], {
      cwd: ROOT, encoding: 'utf8', input: '', timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/filter pattern error at position 2/);
  });

  it('ends quietly with exit 0 when the reader closes the pipe (| head -1)', async () => {
    const child = spawn(process.execPath, ['bin/trailguard.js', 'test-pattern', '--filter-pattern', '{$.eventName = X}', '--events', '-'], { cwd: ROOT });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill(), 60_000);
    // Many more verdicts than a pipe buffer holds, so the writer is still writing when the pipe closes.
    child.stdin.end('{"eventName":"X"}\n'.repeat(200_000));
    child.stdin.on('error', () => undefined);
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = await once(child, 'close');
    clearTimeout(timer);
    expect(Buffer.concat(stderr).toString('utf8')).toBe('');
    expect(code).toBe(0);
  }, 70_000);
});

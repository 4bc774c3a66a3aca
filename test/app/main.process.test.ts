import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exampleRawConfig } from '../support/example-config';

const ROOT = resolve(__dirname, '..', '..');

/** Runs `tsx main.ts` as the cdktf CLI would, with an optional CDKTF_CONTEXT_JSON. */
function runMain(context?: Record<string, unknown>) {
  const outdir = join(mkdtempSync(join(tmpdir(), 'trailguard-main-')), 'cdktf.out');
  const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir };
  delete env.CDKTF_CONTEXT_JSON;
  if (context !== undefined) {
    env.CDKTF_CONTEXT_JSON = JSON.stringify(context);
  }
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['main.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  return { ...result, outdir };
}

describe('main.ts', () => {
  test('synthesizes the bundled example from cdktf.json when run directly', () => {
    const run = runMain();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Synthesized 3 stacks/);
    expect(run.stdout).toMatch(/objectLockMode\s+"COMPLIANCE"/);
    const stack = JSON.parse(readFileSync(join(run.outdir, 'stacks', 'security', 'cdk.tf.json'), 'utf8'));
    expect(stack.variable.purpose_profiles.default).toEqual(['audit', 'detection']);
  });

  test('reads the configuration from CDKTF_CONTEXT_JSON, as the cdktf CLI passes it', () => {
    const trailguard = { ...exampleRawConfig(), purposeProfiles: ['investigation'] };
    const run = runMain({ trailguard });
    expect(run.status).toBe(0);
    const stack = JSON.parse(readFileSync(join(run.outdir, 'stacks', 'log-archive', 'cdk.tf.json'), 'utf8'));
    expect(stack.variable.purpose_profiles.default).toEqual(['investigation']);
  });

  test('rejects a bad configuration with every problem, exits non-zero and writes no cdktf.out', () => {
    const trailguard = exampleRawConfig();
    trailguard.accounts.logArchive = '2222';
    trailguard.purposeProfiles = ['audit', 'compliance'];
    trailguard.homeRegion = 'ap-southeast-2';
    const run = runMain({ trailguard });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Invalid trailguard configuration \(3 problems\)/);
    expect(run.stderr).toMatch(/accounts\.logArchive: got "2222"; expected a 12-digit AWS account id/);
    expect(run.stderr).toMatch(/purposeProfiles\[1\]: got "compliance"; expected one of: audit, investigation, detection/);
    expect(run.stderr).toMatch(/homeRegion: got "ap-southeast-2"; expected one of governedRegions/);
    expect(run.stdout).toBe('');
    expect(existsSync(run.outdir)).toBe(false);
  });

  test('names the file, line and column of a JSON syntax error in cdktf.json, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailguard-main-'));
    writeFileSync(join(dir, 'cdktf.json'), '{\n  "context": {\n    "trailguard": {,}\n  }\n}\n');
    const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: join(dir, 'cdktf.out') };
    delete env.CDKTF_CONTEXT_JSON;
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'main.ts')], { cwd: dir, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("cdktf.json:3:20: not valid JSON: Expected property name or '}'\n");
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  test('leaves no current-looking stacks from an earlier synth when a synth fails', () => {
    const good = runMain();
    expect(good.status).toBe(0);
    const trailguard = { ...exampleRawConfig(), homeRegon: 'eu-west-1' };
    const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: good.outdir, CDKTF_CONTEXT_JSON: JSON.stringify({ trailguard }) };
    mkdirSync(join(good.outdir, 'stacks', 'security', '.terraform'), { recursive: true });
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['main.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('homeRegon: got "eu-west-1"; expected no field "homeRegon" here; did you mean "homeRegion"?');
    expect(run.stderr).toContain(`The stacks of the earlier synth in ${good.outdir} are stale; their cdk.tf.json and manifest.json were removed`);
    for (const stack of ['log-archive', 'management', 'security']) expect(existsSync(join(good.outdir, 'stacks', stack, 'cdk.tf.json'))).toBe(false);
    expect(existsSync(join(good.outdir, 'manifest.json'))).toBe(false);
    // Provider caches stay, so the fixed synth needs no new download.
    expect(existsSync(join(good.outdir, 'stacks', 'security', '.terraform'))).toBe(true);
  });
});

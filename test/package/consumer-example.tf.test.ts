import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { terraform, terraformInit } from '../support/terraform';

// Proves the published artifact works, not the source tree: the library is built and packed,
// the tarball is installed into a copy of examples/platform-repo with every other dependency
// from the local npm cache (offline), and the consumer's own app type-checks against the
// shipped declarations, synthesizes and passes terraform validate, and its own control test
// (trailguard/testing) passes.
const ROOT = resolve(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'platform-repo');
const CONSUMER_STACK = 'acme-audit-logs';

jest.setTimeout(300_000);

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${failure.stderr ?? ''}${failure.stdout ?? ''}`);
  }
}

let workdir: string;
let pack: PackResult;
let consumer: string;

beforeAll(() => {
  workdir = mkdtempSync(join(tmpdir(), 'trailguard-consumer-'));
  run('npm', ['run', 'build', '--silent'], ROOT);
  // The build already ran; --ignore-scripts keeps prepack from building a second time.
  pack = (JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workdir], ROOT)) as PackResult[])[0];

  // The example's README: `npm pack` in the repo root, then `npm ci` in examples/platform-repo,
  // whose package.json names the tarball as ../../trailguard-<version>.tgz. The same layout here.
  consumer = join(workdir, 'examples', 'platform-repo');
  cpSync(EXAMPLE, consumer, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist|cdktf\.out)$/.test(source) && !source.endsWith('.tgz'),
  });
  // --offline: cdktf, constructs, the provider and typescript come from the cache that the
  // root `npm ci` filled; the example's lockfile pins them to the root's versions.
  // --legacy-peer-deps: without it npm fetches peer manifests from the registry even offline;
  // the peers are checked below with `npm ls` instead.
  run('npm', ['ci', '--offline', '--legacy-peer-deps', '--no-audit', '--no-fund'], consumer);
});

afterAll(() => {
  if (workdir !== undefined) rmSync(workdir, { recursive: true, force: true });
});

describe('the packed library', () => {
  it('ships a LICENSE, and every relative link of its README and docs points at a file it ships', () => {
    const paths = new Set(pack.files.map((file) => file.path));
    expect(paths.has('LICENSE')).toBe(true);
    const broken = [...paths]
      .filter((path) => /^(README\.md|docs\/.+\.md)$/.test(path))
      .flatMap((doc) =>
        [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
          .map((match) => match[1])
          .filter((target) => !/^[a-z]+:/.test(target))
          .map((target) => ({ doc, target, resolved: posix.normalize(posix.join(posix.dirname(doc), target)) }))
          .filter(({ resolved }) => !paths.has(resolved)),
      );
    expect(broken).toEqual([]);
  });

  it('ships only compiled code, declarations and the bin', () => {
    const paths = pack.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'bin/trailguard.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js']));
    const unexpected = paths.filter(
      (path) => !(path === 'package.json' || /^(README|LICENSE)/.test(path) || path.startsWith('bin/') || /^dist\/.+\.(js|d\.ts)$/.test(path) || /^docs\/[\w.-]+\.md$/.test(path)),
    );
    expect(unexpected).toEqual([]);
    expect(paths.filter((path) => /(^|\/)(test|tests|fixtures|bench|examples|scripts)\/|\.test\./.test(path))).toEqual([]);
  });

  it('installs with its peers satisfied by the consumer', () => {
    // The hidden lockfile would answer from install-time data; read the real manifests.
    rmSync(join(consumer, 'node_modules', '.package-lock.json'), { force: true });
    expect(() => run('npm', ['ls', '--all', '--offline'], consumer)).not.toThrow();
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', 'trailguard', 'package.json'), 'utf8'));
    expect(installed.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(existsSync(join(consumer, 'node_modules', 'trailguard', 'index.ts'))).toBe(false);
    // One copy of cdktf: a second would break instanceof and token checks across the two.
    expect(existsSync(join(consumer, 'node_modules', 'trailguard', 'node_modules', 'cdktf'))).toBe(false);
  });

  it('runs its CLI from dist/ when no TypeScript source is present', () => {
    const result = spawnSync(process.execPath, [join(consumer, 'node_modules', 'trailguard', 'bin', 'trailguard.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: trailguard <command>/);
    expect(result.stderr).toBe('');
  });

  it('replays records in a repo without context.trailguard, from names given as flags, and says which names are examples', () => {
    const record = { eventVersion: '1.08', eventSource: 's3.amazonaws.com', eventName: 'PutBucketPolicy', awsRegion: 'eu-west-1', requestParameters: { bucketName: 'acme-audit-logs' } };
    const result = spawnSync(
      process.execPath,
      [join(consumer, 'node_modules', 'trailguard', 'bin', 'trailguard.js'), 'replay', '--events', '-', '--format', 'json', '--profiles', 'detection', '--evidence-bucket', 'acme-audit-logs'],
      { cwd: consumer, encoding: 'utf8', input: `${JSON.stringify(record)}\n` },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.split('\n')[0]).fired.map((f: { id: string }) => f.id)).toContain('evidence-bucket-changes');
    expect(result.stderr).toBe(
      'replay: no configuration (no --config, no ./cdktf.json with context.trailguard): watching example names, not yours: --trail-name tg-org-trail; --log-key-alias alias/tg/cloudtrail-logs\n',
    );
  });

  it('lets a consumer type-check, synthesize its own stack and pass terraform validate', () => {
    const outdir = join(workdir, 'cdktf.out');
    run('npm', ['run', 'synth', '--silent'], consumer, { ...process.env, CDKTF_OUTDIR: outdir });
    const stackDir = join(outdir, 'stacks', CONSUMER_STACK);
    const synthesized = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8'));
    expect(synthesized.variable.purpose_profiles.default).toEqual(['audit', 'investigation']);
    const bucketNames = Object.values(synthesized.resource.aws_s3_bucket).map((bucket: any) => bucket.bucket);
    expect(bucketNames.sort()).toEqual(['acme-platform-audit-evidence-eu-central-1', 'acme-platform-audit-evidence-eu-central-1-access-logs']);
    expect(Object.keys(synthesized.resource.aws_kms_alias).map((id) => synthesized.resource.aws_kms_alias[id].name)).toEqual([
      'alias/acme-platform/audit-evidence',
    ]);

    // As the consumer would: the provider installed from the mirror, selected by the lock file.
    terraformInit(stackDir, 'mirror');
    expect(readFileSync(join(stackDir, '.terraform.lock.hcl'), 'utf8')).toMatch(/provider "registry\.terraform\.io\/hashicorp\/aws" \{\n\s+version\s+= "5\.100\.0"/);
    expect(terraform(['validate', '-no-color'], stackDir, 'mirror')).toMatch(/Success! The configuration is valid\.\n/);
  });

  it('lets a consumer check Security Hub controls on its own stack with trailguard/testing', () => {
    // examples/platform-repo/test/controls.test.ts: type-checked against the shipped declarations, run with node --test.
    const output = run('npm', ['test', '--silent'], consumer);
    expect(output).toMatch(/# pass 2\n/);
    expect(output).toMatch(/# fail 0\n/);
  });
});

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const json = (path: string): any => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const SHARED_WITH_CONSUMER = ['cdktf', 'constructs', '@cdktf/provider-aws'];

describe('package.json', () => {
  const manifest = json('package.json');

  it('points main, types and exports at the build output of index.ts and testing/index.ts', () => {
    expect(manifest.main).toBe('dist/index.js');
    expect(manifest.types).toBe('dist/index.d.ts');
    expect(manifest.exports).toEqual({
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './testing': { types: './dist/testing/index.d.ts', default: './dist/testing/index.js' },
      './package.json': './package.json',
    });
    // One include for the whole tree: a new folder cannot be left out of the build by a stale list.
    expect(json('tsconfig.build.json').include).toEqual(['**/*.ts']);
    expect(json('tsconfig.json').include).toEqual(['**/*.ts']);
  });

  it('builds without tests, tools (benchmarks, scripts), examples or the app entry', () => {
    expect(json('tsconfig.build.json').exclude).toEqual(expect.arrayContaining(['test', 'tools', 'examples', 'main.ts', '**/*.test.ts']));
    expect(manifest.files).toEqual(expect.arrayContaining(['dist/', 'bin/']));
  });

  it('takes cdktf, constructs and the provider from the consumer, as peers pinned for development', () => {
    for (const name of SHARED_WITH_CONSUMER) {
      // A second copy of cdktf in the consumer's tree would break instanceof and token checks.
      expect({ name, dependency: manifest.dependencies[name] }).toEqual({ name, dependency: undefined });
      expect({ name, peer: manifest.peerDependencies[name] }).toEqual({ name, peer: `^${manifest.devDependencies[name]}` });
    }
  });
});

describe('examples/platform-repo', () => {
  const example = json('examples/platform-repo/package.json');
  const rootLock = json('package-lock.json').packages;
  const exampleLock = json('examples/platform-repo/package-lock.json').packages;

  // The consumer test installs offline: each pin must be a version the root `npm ci` cached.
  it('pins every dependency to the version the root lockfile installs', () => {
    const pins = { ...example.dependencies, ...example.devDependencies } as Record<string, string>;
    const mismatches = Object.entries(pins)
      .filter(([name]) => name !== 'trailguard')
      .filter(([name, version]) => rootLock[`node_modules/${name}`]?.version !== version || exampleLock[`node_modules/${name}`]?.version !== version);
    expect(mismatches).toEqual([]);
    expect(exampleLock['node_modules/zod'].version).toBe(rootLock['node_modules/zod'].version);
  });

  it('locks the tarball without an integrity hash, which every npm pack changes (npm ci would fail EINTEGRITY)', () => {
    const locked = exampleLock['node_modules/trailguard'];
    expect(locked.integrity).toBeUndefined();
    // The lockfile is current: it lists the dependencies the packed trailguard declares.
    expect(locked.dependencies).toEqual(json('package.json').dependencies);
    for (const [name, version] of Object.entries(json('package.json').dependencies as Record<string, string>)) {
      expect({ name, locked: exampleLock[`node_modules/${name}`]?.version }).toEqual({ name, locked: version });
    }
  });

  it('depends on the packed tarball, not on the source tree', () => {
    expect(example.dependencies.trailguard).toBe(`file:../../trailguard-${json('package.json').version}.tgz`);
  });
});

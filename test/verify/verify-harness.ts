import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { TrailguardNames } from '../../naming/names';
import { AwsAccess } from '../../verify/aws-clients';
import type { CheckResult } from '../../verify/check-result';
import { expectedDeployment, type ExpectedDeployment } from '../../verify/expected';
import { runVerify } from '../../verify/run-verify';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleConfig, exampleRawConfig } from '../support/example-config';
import { healthyState } from '../support/fake-aws/healthy';
import { FakeAws, useFakeAwsEnvironment } from '../support/fake-aws/server';

export const NOW = new Date('2026-06-01T12:00:00Z');
/** Every purpose, so every area of the deployment is planned and checked. */
export const config = exampleConfig({ purposeProfiles: ['audit', 'investigation', 'detection'], verifierRoleName: 'tg-verifier' });
export const expected: ExpectedDeployment = expectedDeployment(config);

/** A fake organization on loopback, delivering as of `clock()`, reset to healthy before each test; the SDK environment points at it. */
export interface RunOptions {
  readonly maxAttempts?: number;
  /** Retry throttled calls this many attempts in all, at once: the SDK's standard strategy without its backoff. */
  readonly retriesWithoutBackoff?: number;
}

export function fakeOrganization(clock: () => Date = () => NOW): { readonly fake: () => FakeAws; run: (options?: RunOptions) => Promise<CheckResult[]> } {
  let fake: FakeAws;
  let restore: () => void;
  beforeAll(async () => {
    fake = new FakeAws(healthyState(expected, clock()), clock);
    restore = useFakeAwsEnvironment(await fake.start(), config.homeRegion);
  });
  beforeEach(() => fake.reset(healthyState(expected, clock())));
  afterAll(async () => {
    restore();
    await fake.stop();
  });
  const names = new TrailguardNames(config);
  return {
    fake: () => fake,
    run: async (options = {}) => {
      const aws = new AwsAccess({
        roleArnOf: (a) => names.roleArn(a, 'tg-verifier'),
        sessionName: 'test',
        stsRegion: config.homeRegion,
        ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
        ...(options.retriesWithoutBackoff !== undefined && { retryStrategy: new ConfiguredRetryStrategy(options.retriesWithoutBackoff, () => 0) }),
      });
      try {
        return await runVerify({ expected, aws, maxDeliveryAgeMs: 3_600_000, concurrency: 4, now: clock });
      } finally {
        aws.destroy();
      }
    },
  };
}

/** The results that did not pass, as `check account region status` lines. */
export function notPassing(results: readonly CheckResult[]): string[] {
  return results.filter((r) => r.status !== 'pass').map((r) => `${r.check} ${r.account} ${r.region} ${r.status}`);
}

export function only(results: readonly CheckResult[], check: string, region?: string): CheckResult {
  const found = results.filter((r) => r.check === check && (region === undefined || r.region === region));
  if (found.length !== 1) throw new Error(`expected one ${check} result${region ? ` in ${region}` : ''}, got ${found.length}`);
  return found[0];
}

/** A cdktf.json for the command, with the harness's purposes and verifier role. */
export function writeVerifyConfig(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'trailguard-verify-')), 'cdktf.json');
  writeFileSync(path, JSON.stringify({ context: { trailguard: { ...exampleRawConfig(), purposeProfiles: config.purposeProfiles, verifierRoleName: 'tg-verifier' } } }));
  return path;
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import { checkControls } from '../../testing';
import { controlFixture, type ControlFixtureOptions } from '../support/control-fixtures';
import { planStacks, stackDirectory } from '../support/terraform';

// The near misses of issue 12, planned offline by the real provider: each removes one piece of
// the compliant fixture and must flip its control, judged from `terraform show -json`.
jest.setTimeout(600_000);

function synthesized(options: ControlFixtureOptions): string {
  const outdir = mkdtempSync(join(tmpdir(), 'trailguard-controls-fixture-'));
  const stack = controlFixture({ ...options, offline: true }, outdir);
  (stack.node.root as App).synth();
  return stackDirectory(outdir, 'fixture');
}

const CASES: [string, ControlFixtureOptions, string[]][] = [
  ['an alarm without an action', { alarmWithoutAction: true }, ['CloudWatch.1', 'CloudWatch.15']],
  ['a topic without subscriptions', { topicWithoutSubscription: true }, ['CloudWatch.1']],
  ['a trail without validation', { trailWithoutValidation: true }, ['CloudTrail.4']],
  // S3.9 is not met in the compliant fixture too (its access-log bucket is not logged), so CloudTrail.7 is the flip.
  ['a bucket without logging', { bucketWithoutLogging: true }, ['CloudTrail.7']],
  ['a key without rotation', { keyWithoutRotation: true }, ['KMS.4']],
];
const FLIPPED = [...new Set(CASES.flatMap(([, , controls]) => controls))];

describe('near misses in a planned stack', () => {
  // The fixture has no purpose_profiles variable: the compliant fixture and every near miss are
  // planned together, each as its own module (planStacks), rather than through planJson.
  let plans: Record<string, any>;
  beforeAll(() => {
    plans = planStacks(Object.fromEntries([['compliant', synthesized({})], ...CASES.map(([, options], index) => [`near_miss_${index}`, synthesized(options)])]));
  });
  const planOf = (options: ControlFixtureOptions): any => plans[`near_miss_${CASES.findIndex(([, o]) => o === options)}`];

  it('the compliant fixture meets every control a near miss flips', () => {
    const results = checkControls({ fixture: plans.compliant }, FLIPPED);
    expect(Object.fromEntries([...results].map(([id, r]) => [id, r.status]))).toEqual(Object.fromEntries(FLIPPED.map((id) => [id, 'met'])));
  });

  test.each(CASES)('denies %s', (_name, options, controls) => {
    const results = checkControls({ fixture: planOf(options) }, FLIPPED);
    const notMet = [...results].filter(([, r]) => r.status === 'not met').map(([id]) => id);
    expect(notMet).toEqual(controls);
  });
});

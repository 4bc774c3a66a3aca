import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import { checkControls } from '../../testing';
import { controlFixture, type ControlFixtureOptions } from '../support/control-fixtures';
import { stackDirectory, terraform, terraformInit } from '../support/terraform';

// The near misses of issue 12, planned offline by the real provider: each removes one piece of
// the compliant fixture and must flip its control, judged from `terraform show -json`.
jest.setTimeout(600_000);

function planned(options: ControlFixtureOptions): any {
  const outdir = mkdtempSync(join(tmpdir(), 'trailguard-controls-fixture-'));
  const stack = controlFixture({ ...options, offline: true }, outdir);
  (stack.node.root as App).synth();
  const directory = stackDirectory(outdir, 'fixture');
  terraformInit(directory);
  // The fixture has no purpose_profiles variable, so it is planned directly rather than through planJson.
  terraform(['plan', '-input=false', '-lock=false', '-refresh=false', '-no-color', '-out=fixture.tfplan'], directory);
  return JSON.parse(terraform(['show', '-json', 'fixture.tfplan'], directory));
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
  it('the compliant fixture meets every control a near miss flips', () => {
    const results = checkControls({ fixture: planned({}) }, FLIPPED);
    expect(Object.fromEntries([...results].map(([id, r]) => [id, r.status]))).toEqual(Object.fromEntries(FLIPPED.map((id) => [id, 'met'])));
  });

  test.each(CASES)('denies %s', (_name, options, controls) => {
    const results = checkControls({ fixture: planned(options) }, FLIPPED);
    const notMet = [...results].filter(([, r]) => r.status === 'not met').map(([id]) => id);
    expect(notMet).toEqual(controls);
  });
});

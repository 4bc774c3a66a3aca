import { instanceName, planOfInstance, writePlanBatch } from './plan-batch';
import { synthToDirectory } from './synth';
import { stackDirectory, terraform, terraformInit } from './terraform';

// The Terraform tiers read batched plans (plan-batch.ts). This proves a batched plan is the plan
// of the stack alone: every planned value, unknown, output and configuration expression,
// compared with a plan of the stack by itself, with an extra variable passed both ways.
jest.setTimeout(600_000);

const KEY = 'guardduty_export_key_arn=arn:aws:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const security = stackDirectory(synthToDirectory({ offline: true }), 'security');
const PLAN = ['plan', '-input=false', '-lock=false', '-refresh=false', '-no-color'];

test('a combination planned in a batch equals the stack planned alone', () => {
  terraformInit(security);
  terraform([...PLAN, '-out=alone.tfplan', '-var=purpose_profiles=["detection"]', `-var=${KEY}`], security);
  const alone = JSON.parse(terraform(['show', '-json', 'alone.tfplan'], security));

  const batch = writePlanBatch(security, 'batch-equivalence', [['audit'], ['detection']], [KEY]);
  terraformInit(batch.directory);
  terraform([...PLAN, '-out=batch.tfplan', `-var=${KEY}`], batch.directory);
  const combined = JSON.parse(terraform(['show', '-json', 'batch.tfplan'], batch.directory));
  const batched = planOfInstance(combined, instanceName(['detection']), ['detection']);

  const byAddress = (resources: any[]) => Object.fromEntries(resources.map((r) => [r.address, r]));
  expect(alone.planned_values.root_module.resources.length).toBeGreaterThan(100);
  expect(byAddress(batched.planned_values.root_module.resources)).toEqual(byAddress(alone.planned_values.root_module.resources));
  expect(batched.planned_values.outputs).toEqual(alone.planned_values.outputs);
  expect(byAddress(batched.resource_changes)).toEqual(byAddress(alone.resource_changes));
  expect(batched.output_changes).toEqual(alone.output_changes);
  expect(batched.configuration.root_module.resources).toEqual(alone.configuration.root_module.resources);
  expect(batched.configuration.root_module.outputs).toEqual(alone.configuration.root_module.outputs);
  // The other instance plans its own combination: audit alone plans no alert topic.
  const audit = planOfInstance(combined, instanceName(['audit']), ['audit']);
  expect(audit.planned_values.outputs.alert_topic_arns.value).toEqual({});
  expect(batched.planned_values.outputs.alert_topic_arns.value).not.toEqual({});
});

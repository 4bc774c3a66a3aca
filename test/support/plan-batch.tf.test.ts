import { EXPORT_KEY as KEY } from './plan-variables';
import { runCacheDirectory } from './run-cache';
import { synthToDirectory } from './synth';
import { planAlone, planJson, stackDirectory } from './terraform';

// The Terraform tiers read batched plans (plan-batch.ts) from the run's cache. This proves a plan
// read that way is the plan of the stack alone: every planned value, unknown, output and
// configuration expression, with an extra variable passed both ways, from a batch that also
// plans every combination without it.
jest.setTimeout(600_000);

const security = stackDirectory(synthToDirectory({ offline: true }), 'security');

test('a combination planned in a batch equals the stack planned alone', () => {
  // Without the run's cache planJson would plan alone too, and the comparison would prove nothing.
  expect(runCacheDirectory()).toBeDefined();
  const alone = planAlone(security, ['detection'], [KEY]);
  const batched = planJson(security, ['detection'], [KEY]);

  const byAddress = (resources: any[]) => Object.fromEntries(resources.map((r) => [r.address, r]));
  expect(alone.planned_values.root_module.resources.length).toBeGreaterThan(100);
  expect(byAddress(batched.planned_values.root_module.resources)).toEqual(byAddress(alone.planned_values.root_module.resources));
  expect(batched.planned_values.outputs).toEqual(alone.planned_values.outputs);
  expect(byAddress(batched.resource_changes)).toEqual(byAddress(alone.resource_changes));
  expect(batched.output_changes).toEqual(alone.output_changes);
  expect(batched.configuration.root_module.resources).toEqual(alone.configuration.root_module.resources);
  expect(batched.configuration.root_module.outputs).toEqual(alone.configuration.root_module.outputs);
  // Another instance of the same batch plans its own combination: audit alone plans no alert topic.
  expect(planJson(security, ['audit'], [KEY]).planned_values.outputs.alert_topic_arns.value).toEqual({});
  expect(batched.planned_values.outputs.alert_topic_arns.value).not.toEqual({});
  // The instances without the variable do not see it: no key, no export of findings.
  const exports = (plan: any) => plan.resource_changes.filter((c: any) => c.type === 'aws_guardduty_publishing_destination').length;
  expect(exports(batched)).toBeGreaterThan(0);
  const withoutKey = planJson(security, ['detection']);
  expect(exports(withoutKey)).toBe(0);
  // Each instance reads its own outputs only, by exact name.
  expect(Object.keys(withoutKey.planned_values.outputs).sort()).toEqual(Object.keys(alone.planned_values.outputs).sort());
  expect(Object.keys(withoutKey.output_changes).sort()).toEqual(Object.keys(alone.output_changes).sort());
});

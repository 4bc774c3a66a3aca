import { allCombinations, type Purpose } from '../../profiles/purposes';
import { resolvePurposes } from '../../profiles/resolve';
import { SETTING_NAMES } from '../../profiles/settings-table';
import { snakeCase } from '../../modules/profiles/purpose-profiles';
import { synthToDirectory } from './synth';
import { failingPlans, planJson, stackDirectory, terraformValidate } from './terraform';

/**
 * Every stack validates, and plans for every combination with the logging plan that the
 * TypeScript resolver computed: Terraform only selects, it never re-implements the merge.
 * One test file per stack calls this, so jest's two workers plan two stacks at once.
 */
export function describePurposeProfilePlans(stackId: string): void {
  describe(`the ${stackId} stack with the real AWS provider`, () => {
    const directory = stackDirectory(synthToDirectory({ offline: true }), stackId);
    const [UNKNOWN, EMPTY, TWICE] = [0, 1, 2];
    const failure = failingPlans(directory, [{ purposes: ['forensics'] }, { purposes: [] }, { purposes: ['audit', 'audit'] }]);

    test('passes terraform validate', () => {
      expect(terraformValidate(directory)).toMatch(/Success! The configuration is valid/);
    });

    test.each(allCombinations().map((c) => [c.join(','), c]))('plans purpose_profiles=%s with its logging plan', (_key, combination) => {
      const plan = planJson(directory, combination as Purpose[]);
      const expected = resolvePurposes(combination as Purpose[]);
      const planned = plan.planned_values.outputs.logging_plan.value;
      for (const name of SETTING_NAMES) {
        expect(planned[snakeCase(name)]).toEqual({ value: expected.settings[name].value, reason: expected.settings[name].reason });
      }
    });

    test('rejects an unknown purpose at plan time, naming the allowed ones', () => {
      expect(failure(UNKNOWN)).toMatch(/purpose_profiles has an unknown purpose; allowed: "audit", "investigation", "detection"/);
    });

    test('rejects an empty list and a duplicated purpose at plan time', () => {
      expect(failure(EMPTY)).toMatch(/purpose_profiles must name at least one purpose/);
      expect(failure(TWICE)).toMatch(/purpose_profiles names a purpose twice/);
    });
  });
}

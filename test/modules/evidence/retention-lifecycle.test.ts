import { retentionLifecycle } from '../../../modules/evidence/retention-lifecycle';
import { plainStack, synthesized } from '../../support/evidence-module-props';

describe('retentionLifecycle', () => {
  it('keeps a transition only when it comes before expiry, decided by Terraform', () => {
    const stack = plainStack();
    retentionLifecycle(stack, 'Lifecycle', { bucket: 'b', retentionDays: 90, transitions: [{ days: 180, storageClass: 'DEEP_ARCHIVE' }] });
    const json = synthesized(stack);
    const rule = Object.values<any>(json.resource.aws_s3_bucket_lifecycle_configuration)[0].rule[0];
    const [daysLocal, retentionLocal] = ['LifecycleDeepArchiveDays', 'LifecycleRetentionDays'].map((id) => Object.keys(json.locals).find((name) => name.startsWith(id)));
    expect(json.locals[daysLocal!]).toBe(180);
    expect(json.locals[retentionLocal!]).toBe(90);
    expect(rule.dynamic.transition.for_each).toBe(`\${concat((local.${daysLocal} < local.${retentionLocal}) ? [{"days" = local.${daysLocal}, "storage_class" = "DEEP_ARCHIVE"}] : [])}`);
    expect(rule.expiration).toEqual([{ days: `\${local.${retentionLocal}}` }]);
  });
});

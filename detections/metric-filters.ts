import { MAX_PATTERN_LENGTH } from '../patterns/filter-pattern';
import { isCustomerKeyAlias, isS3BucketName } from '../naming/rules';
import { CIS_METRIC_FILTERS } from './cis-filters';
import { guardrailMetricFilters } from './guardrail-filters';
import { VOLUME_METRIC_FILTERS } from './volume-filters';
import type { DetectionTargets, MetricFilterDefinition } from './types';

export { CIS_METRIC_FILTERS } from './cis-filters';

/**
 * Every metric filter trailguard puts on the org trail's log group: the 14 Security Hub CIS filters,
 * the CIS Organizations filter, the guardrail watchers for this deployment's names, and the volume
 * filters for techniques EventBridge cannot count.
 */
export function metricFilterDefinitions(targets: DetectionTargets): MetricFilterDefinition[] {
  validateTargets(targets);
  const all = [...CIS_METRIC_FILTERS, ...guardrailMetricFilters(targets), ...VOLUME_METRIC_FILTERS];
  const tooLong = all.filter((f) => f.pattern.length > MAX_PATTERN_LENGTH);
  if (tooLong.length > 0) {
    throw new Error(
      `metric filter patterns longer than ${MAX_PATTERN_LENGTH} characters (PutMetricFilter would reject them): ` +
        tooLong.map((f) => `${f.id} has ${f.pattern.length}`).join('; ') +
        '; watch fewer names per filter',
    );
  }
  return all;
}

/** Collects every problem with the targets into one message, naming the prop and the value. */
export function validateTargets(targets: DetectionTargets): void {
  const problems: string[] = [];
  if (targets.evidenceBucketNames.length === 0) problems.push('evidenceBucketNames must name at least one bucket');
  for (const name of targets.evidenceBucketNames) {
    if (!isS3BucketName(name)) problems.push(`evidenceBucketNames: "${name}" is not an S3 bucket name`);
  }
  if (targets.logKeyAliasNames.length === 0) problems.push('logKeyAliasNames must name at least one alias');
  for (const alias of targets.logKeyAliasNames) {
    if (!isCustomerKeyAlias(alias)) {
      problems.push(`logKeyAliasNames: "${alias}" is not a customer alias name (alias/<name>, not alias/aws/...)`);
    }
  }
  for (const arn of targets.logKeyArns ?? []) {
    if (!/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(arn)) problems.push(`logKeyArns: "${arn}" is not a KMS key ARN`);
  }
  for (const prefix of targets.logKeyArnPrefixes ?? []) {
    if (!/^arn:[a-z-]+:kms:[a-z0-9-]+:\d{12}:key\/$/.test(prefix)) problems.push(`logKeyArnPrefixes: "${prefix}" is not arn:<partition>:kms:<region>:<account>:key/`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{2,127}$/.test(targets.trailName)) problems.push(`trailName: "${targets.trailName}" is not a CloudTrail trail name`);
  if (!/^[A-Za-z0-9_\-/.#]{1,512}$/.test(targets.trailLogGroupName)) problems.push(`trailLogGroupName: "${targets.trailLogGroupName}" is not a CloudWatch Logs group name`);
  // A bare or very short prefix would watch every alarm in the account.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,200}-$/.test(targets.alarmNamePrefix)) problems.push(`alarmNamePrefix: "${targets.alarmNamePrefix}" is not a name prefix ending in "-"`);
  if (problems.length > 0) throw new Error(`invalid detection targets: ${problems.join('; ')}`);
}

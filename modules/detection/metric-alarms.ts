import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogMetricFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-metric-filter';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import type { MetricFilterDefinition } from '../../detections/types';
import { MAX_PATTERN_LENGTH } from '../../patterns/filter-pattern/parser';
import { gate } from '../private/conditional';
import { pascalCase } from '../private/construct-ids';
import { nameLengthProblems, validateProps } from '../private/validation';

/** CloudWatch Logs rejects longer patterns. */

export interface MetricAlarmsProps {
  /** The log group the org trail delivers to. */
  readonly logGroupName: string;
  /**
   * What must exist before the filters: the log group's resource, when it is in the same stack.
   * @default - none; the log group must already exist at apply time
   */
  readonly logGroupDependency?: ITerraformDependable;
  /** Namespace of the filters' metrics. */
  readonly metricNamespace: string;
  /** Filter, metric and alarm names are `<namePrefix><definition id>`. */
  readonly namePrefix: string;
  readonly definitions: readonly MetricFilterDefinition[];
  /**
   * Period of each alarm, in seconds.
   * @default 300
   */
  readonly periodSeconds?: number;
  /**
   * Actions on ALARM: a local SNS topic (Security Hub CloudWatch.1-15 require one).
   * @default - none; such alarms fail CloudWatch.1-15
   */
  readonly alarmActions?: readonly string[];
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/**
 * A metric filter per definition, each counting matches into its own metric, and an alarm that
 * fires on one match in one period. Missing data means nothing matched, so it is not breaching.
 */
export class MetricAlarms extends Construct {
  readonly filters: CloudwatchLogMetricFilter[] = [];
  readonly alarms: CloudwatchMetricAlarm[] = [];

  constructor(scope: Construct, id: string, props: MetricAlarmsProps) {
    super(scope, id);
    const names = props.definitions.map((d) => `${props.namePrefix}${d.id}`);
    const problems = [...nameLengthProblems('filter and alarm name', names, 255)];
    for (const definition of props.definitions) {
      if (definition.pattern.length > MAX_PATTERN_LENGTH) {
        problems.push(`definitions: "${definition.id}" has a ${definition.pattern.length}-character pattern; expected at most ${MAX_PATTERN_LENGTH}`);
      }
    }
    const period = props.periodSeconds ?? 300;
    if (![10, 30].includes(period) && (period < 60 || period % 60 !== 0)) {
      problems.push(`periodSeconds: got ${period}; expected 10, 30 or a multiple of 60`);
    }
    validateProps(this, () => problems);
    const count = props.count ?? 1;

    props.definitions.forEach((definition, index) => {
      const constructId = pascalCase(definition.id);
      const filter = gate(new CloudwatchLogMetricFilter(this, `${constructId}Filter`, {
        provider: props.provider,
        name: names[index],
        logGroupName: props.logGroupName,
        // Sent as is: Security Hub's CloudWatch.x checks compare the exact text.
        pattern: definition.pattern,
        metricTransformation: { name: names[index], namespace: props.metricNamespace, value: '1', unit: 'Count' },
        dependsOn: props.logGroupDependency === undefined ? undefined : [props.logGroupDependency],
      }), count);
      const control = [definition.securityHubControl, definition.cisControl].filter(Boolean).join(', ');
      const alarm = gate(new CloudwatchMetricAlarm(this, `${constructId}Alarm`, {
        provider: props.provider,
        alarmName: names[index],
        alarmDescription: [`[${definition.severity}] ${definition.name}`, control && `(${control})`, `First step: ${definition.runbook}`]
          .filter(Boolean).join(' ').slice(0, 1024),
        namespace: props.metricNamespace,
        metricName: names[index],
        statistic: 'Sum',
        period,
        evaluationPeriods: 1,
        datapointsToAlarm: 1,
        threshold: definition.threshold ?? 1,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
        treatMissingData: 'notBreaching',
        alarmActions: props.alarmActions === undefined ? undefined : [...props.alarmActions],
      }), count);
      this.filters.push(filter);
      this.alarms.push(alarm);
    });
  }
}

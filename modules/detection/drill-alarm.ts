import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { gate } from '../private/conditional';
import { nameLengthProblems, validateProps } from '../private/validation';

export interface DrillAlarmProps {
  /** Name of the alarm (`<prefix>drill`); the drill role may set no other. */
  readonly alarmName: string;
  /** What a subscriber reads when the drill sets it to ALARM. */
  readonly description: string;
  /** Namespace of its metric: the detections' namespace. */
  readonly metricNamespace: string;
  /** Its metric, which no metric filter writes (the alarm's own name). */
  readonly metricName: string;
  /** Actions on ALARM: the alarm topic, as for every metric-filter alarm. */
  readonly alarmActions: readonly string[];
  /**
   * `count` of the alarm (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/**
 * The canary alarm of `trailguard drill --path alarm`. The drill sets it to ALARM to prove the
 * alarm → topic → subscriber hops; it never sets a detection's alarm, whose real transition a
 * hand-set state would mask. Nothing writes its metric, so it returns to OK at the next evaluation.
 */
export class DrillAlarm extends Construct {
  readonly alarm: CloudwatchMetricAlarm;

  constructor(scope: Construct, id: string, props: DrillAlarmProps) {
    super(scope, id);
    validateProps(this, () => [...nameLengthProblems('alarmName', [props.alarmName], 255)]);
    this.alarm = gate(new CloudwatchMetricAlarm(this, 'Alarm', {
      provider: props.provider,
      alarmName: props.alarmName,
      alarmDescription: props.description.slice(0, 1024),
      namespace: props.metricNamespace,
      metricName: props.metricName,
      statistic: 'Sum',
      period: 300,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      treatMissingData: 'notBreaching',
      alarmActions: [...props.alarmActions],
    }), props.count ?? 1);
  }

  get alarmArn(): string {
    return this.alarm.arn;
  }
}

import { deployedFor } from '../model/deployed';
import { deploymentModel } from '../model/deployment-model';
import type { TrailguardConfig } from '../config/load';
import type { ExpectedDeployment } from '../verify/expected';

export type DrillPathName = 'fast' | 'alarm';

/** One hop whose EventBridge metrics show the test passing through. */
export interface WatchedRule {
  readonly account: string;
  readonly region: string;
  readonly ruleName: string;
  /** undefined: the default bus. */
  readonly busName?: string;
}

/** One alert path to drill in one Region: how to send the test, and which hops to watch. */
export interface DrillTarget {
  readonly path: DrillPathName;
  readonly account: string;
  readonly region: string;
  /** fast: the central bus to put the event on. */
  readonly busName?: string;
  /** alarm: the alarm to set to ALARM (the drill's canary). */
  readonly alarmName?: string;
  readonly rules: readonly WatchedRule[];
  readonly topic: { readonly account: string; readonly region: string; readonly name: string; readonly arn: string };
}

/** The drill targets of the deployment: the fast path in each governed Region, the alarm path in the home Region. */
export function drillTargets(config: TrailguardConfig, expected: ExpectedDeployment, paths: readonly DrillPathName[]): DrillTarget[] {
  const alerts = expected.alerts;
  if (alerts === undefined) return [];
  const model = deploymentModel(config);
  const { names } = model;
  // The drill's rule, where the model deploys it: on the central bus of each governed Region.
  const drillRule = deployedFor(model, expected.purposes).detections.drillRule;
  const { security, management } = expected.accounts;
  const topicIn = (region: string) => ({ account: security, region, name: names.alertTopicName, arn: alerts.topicArnByRegion[region] });
  const targets: DrillTarget[] = [];
  if (paths.includes('fast') && drillRule !== undefined) {
    for (const region of drillRule.regions) {
      targets.push({
        path: 'fast',
        account: security,
        region,
        busName: alerts.busName,
        rules: [{ account: security, region, busName: alerts.busName, ruleName: names.detectionName(drillRule.definition.id) }],
        topic: topicIn(region),
      });
    }
  }
  // The canary alarm only: setting a detection's alarm by hand would mask its real transition.
  const alarmName = alerts.metricAlarms?.drillAlarmName;
  if (paths.includes('alarm') && alarmName !== undefined) {
    const home = expected.homeRegion;
    // An alarm pages through its own SNS action: no EventBridge hop, the alarm topic of the trail's account.
    targets.push({
      path: 'alarm',
      account: management,
      region: home,
      alarmName,
      rules: [],
      topic: { account: management, region: home, name: names.alarmTopicName, arn: alerts.metricAlarms?.alarmTopicArn ?? names.alarmTopicArn },
    });
  }
  return targets;
}

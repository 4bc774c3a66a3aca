import type { TrailguardConfig } from '../../config/load';
import { deployedFor, isDeployed } from '../../model/deployed';
import { deploymentModel } from '../../model/deployment-model';
import { PURPOSE_SUMMARIES, type Purpose } from '../../profiles/purposes';
import { PLACEHOLDERS } from '../../investigation/placeholders';
import { investigationQueries } from '../../investigation/queries';
import { deployedAlerts, type AlertSource } from './alerts';
import { REVIEWS, type ReviewItem } from './reviews';
import { firstSteps } from './steps';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'] as const;

/** The runbook of one deployment and combination of purposes, as data (rendered as Markdown or JSON). */
export interface Runbook {
  readonly purposes: readonly Purpose[];
  /** Where investigators run the saved queries, or why there are none. */
  readonly queryTooling: {
    readonly deployed: boolean;
    readonly athenaWorkgroup: string;
    readonly database: string;
    readonly table: string;
    readonly logsInsightsFolder: string | undefined;
  };
  readonly notified: {
    readonly topic: string;
    readonly account: string;
    /** Metric-filter alarms page through their own SNS action, in the management account. */
    readonly alarmTopic: string;
    readonly alarmAccount: string;
    readonly subscribers: readonly string[];
  };
  readonly alerts: readonly {
    readonly source: AlertSource;
    readonly id: string;
    readonly name: string;
    readonly severity: string;
    readonly meaning: string;
    readonly steps: readonly { readonly text: string; readonly query?: string }[];
  }[];
  readonly reviews: readonly { readonly purpose: Purpose; readonly summary: string; readonly items: readonly ReviewItem[] }[];
  readonly queries: readonly { readonly id: string; readonly name: string; readonly question: string }[];
  readonly placeholders: typeof PLACEHOLDERS;
}

export function buildRunbook(config: TrailguardConfig, purposes: readonly Purpose[]): Runbook {
  const model = deploymentModel(config);
  const names = model.names;
  const deployment = deployedFor(model, purposes);
  const alerts = deployedAlerts(deployment).sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  return {
    purposes: deployment.purposes,
    queryTooling: {
      deployed: isDeployed(deployment, 'query-tooling'),
      athenaWorkgroup: names.investigationWorkgroupName,
      database: names.investigationDatabaseName,
      table: names.cloudTrailTableName,
      logsInsightsFolder: isDeployed(deployment, 'logs-insights-queries') ? names.prefixed('investigation') : undefined,
    },
    notified: {
      topic: names.alertTopicName,
      account: config.accounts.security,
      alarmTopic: names.alarmTopicName,
      alarmAccount: config.accounts.management,
      subscribers: config.alertSubscriptions.map((s) => `${s.protocol}: ${s.endpoint}`),
    },
    alerts: alerts.map((alert) => ({
      source: alert.source,
      id: alert.id,
      name: alert.name,
      severity: alert.severity,
      meaning: alert.meaning,
      steps: firstSteps(alert),
    })),
    reviews: deployment.purposes.map((purpose) => ({
      purpose,
      summary: PURPOSE_SUMMARIES[purpose],
      items: REVIEWS[purpose].filter((item) => item.requires === undefined || isDeployed(deployment, item.requires)),
    })),
    queries: investigationQueries().map(({ id, name, question }) => ({ id, name, question })),
    placeholders: PLACEHOLDERS,
  };
}

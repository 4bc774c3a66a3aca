import type { TrailguardConfig } from '../../config/load';
import { deployedFor, isDeployed } from '../../model/deployed';
import { deploymentModel } from '../../model/deployment-model';
import { PURPOSE_SUMMARIES, type Purpose } from '../../profiles/purposes';
import { PLACEHOLDERS } from '../../investigation/placeholders';
import { investigationQueries } from '../../investigation/queries';
import { deployedAlerts, type AlertSource, type RunbookAlert } from './alerts';
import { REVIEWS, type ReviewItem } from './reviews';
import { alertSteps } from './steps';
import { crossLayerQueries, LAYERS, type Layer } from '../../investigation/trace-queries';

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
  /** The Security Lake trace tables, when the investigator can query them. */
  readonly traces: { readonly deployed: boolean; readonly tables: readonly string[] };
  /** What each layer answers, and whether these purposes record it. */
  readonly layers: readonly { readonly layer: Layer; readonly answers: string; readonly recorded: boolean }[];
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
    /** The ATT&CK (sub-)technique, for event rules. */
    readonly attackTechnique?: string;
    /** Plan-time tuning, for event rules: excluded principals and what "outside the organization" means. */
    readonly tuning?: RunbookAlert['tuning'];
  }[];
  readonly reviews: readonly { readonly purpose: Purpose; readonly summary: string; readonly items: readonly ReviewItem[] }[];
  readonly queries: readonly { readonly id: string; readonly name: string; readonly question: string; readonly layers?: readonly Layer[] }[];
  readonly placeholders: typeof PLACEHOLDERS;
}

export function buildRunbook(config: TrailguardConfig, purposes: readonly Purpose[], variables: ReadonlySet<string> = new Set()): Runbook {
  const model = deploymentModel(config);
  const names = model.names;
  const deployment = deployedFor(model, purposes, variables);
  const traces = isDeployed(deployment, 'trace-queries');
  const s = deployment.settings;
  const recorded: Record<Layer, boolean> = {
    'api-calls': true,
    'object-access': s.s3DataEvents.value !== 'None' || s.accessLogging.value,
    network: isDeployed(deployment, 'security-lake'),
    dns: isDeployed(deployment, 'security-lake'),
  };
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
    traces: { deployed: traces, tables: names.securityLake.traceTables.map((t) => `${t.database}.${t.table}`) },
    layers: (Object.keys(LAYERS) as Layer[]).map((layer) => ({ layer, answers: LAYERS[layer], recorded: recorded[layer] })),
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
      steps: alertSteps(alert, traces),
      ...(alert.attackTechnique === undefined ? {} : { attackTechnique: alert.attackTechnique }),
      ...(alert.tuning === undefined ? {} : { tuning: alert.tuning }),
    })),
    reviews: deployment.purposes.map((purpose) => ({
      purpose,
      summary: PURPOSE_SUMMARIES[purpose],
      items: REVIEWS[purpose].filter((item) => item.requires === undefined || isDeployed(deployment, item.requires)),
    })),
    queries: [
      ...investigationQueries().map(({ id, name, question }) => ({ id, name, question })),
      ...(traces ? crossLayerQueries().map(({ id, name, question, layers }) => ({ id, name, question, layers })) : []),
    ],
    placeholders: PLACEHOLDERS,
  };
}

import type { Deployment } from '../../model/deployed';
import type { ResolvedSettings } from '../../profiles/resolve';
import { ASSUMPTIONS, PRICES, TRACE_ASSUMPTIONS } from './prices';

export interface CostInputs {
  /** Management events per day, organization-wide. */
  readonly eventsPerDay: number;
  /** Data events per day that the selectors would record. */
  readonly dataEventsPerDay: number;
  /**
   * GB of VPC flow logs and of Route 53 Resolver query logs per day, organization-wide.
   * @default - TRACE_ASSUMPTIONS
   */
  readonly flowLogGbPerDay?: number;
  readonly dnsLogGbPerDay?: number;
}

export interface CostLine {
  readonly item: string;
  readonly monthlyUsd: number;
  readonly arithmetic: string;
}

export interface CostEstimate {
  readonly inputs: CostInputs;
  readonly lines: readonly CostLine[];
  readonly totalMonthlyUsd: number;
  readonly notes: readonly string[];
}

const GB = 1e9;

/** A monthly cost estimate of the logging a set of effective settings plans. */
export function estimateMonthlyCost(settings: ResolvedSettings, inputs: CostInputs, deployment: Deployment): CostEstimate {
  const deployed = (id: string) => deployment.components.find((component) => component.id === id);
  const days = ASSUMPTIONS.daysPerMonth;
  const recordsDataEvents = settings.s3DataEvents.value !== 'None' || settings.lambdaDataEvents.value;
  const dataEvents = recordsDataEvents ? inputs.dataEventsPerDay : 0;
  const rawGbPerDay = ((inputs.eventsPerDay + dataEvents) * ASSUMPTIONS.bytesPerRecord) / GB;
  const storedGbPerDay = rawGbPerDay / ASSUMPTIONS.gzipRatio;
  const lines: CostLine[] = [
    { item: 'CloudTrail management events (first copy)', monthlyUsd: 0, arithmetic: 'free' },
  ];
  if (recordsDataEvents) {
    const usd = ((dataEvents * days) / 1e5) * PRICES.cloudTrailDataEventsPer100k.usd;
    lines.push({ item: 'CloudTrail data events', monthlyUsd: usd, arithmetic: `${dataEvents}/day × ${days} ÷ 100k × $${PRICES.cloudTrailDataEventsPer100k.usd}` });
  }
  if (settings.insights.value) {
    // Upper bound: both Insights types analyze every management event.
    const usd = ((2 * inputs.eventsPerDay * days) / 1e5) * PRICES.cloudTrailInsightsPer100k.usd;
    lines.push({ item: 'CloudTrail Insights (2 types, upper bound)', monthlyUsd: usd, arithmetic: `2 × ${inputs.eventsPerDay}/day × ${days} ÷ 100k × $${PRICES.cloudTrailInsightsPer100k.usd}` });
  }
  if (deployed('trail-log-group') !== undefined) {
    const ingest = rawGbPerDay * days * PRICES.cloudWatchLogsIngestPerGb.usd;
    const retained = storedGbPerDay * settings.cloudWatchLogsRetentionDays.value;
    lines.push(
      { item: 'CloudWatch Logs ingestion', monthlyUsd: ingest, arithmetic: `${fmt(rawGbPerDay)} GB/day × ${days} × $${PRICES.cloudWatchLogsIngestPerGb.usd}` },
      { item: 'CloudWatch Logs storage (steady state)', monthlyUsd: retained * PRICES.cloudWatchLogsStoragePerGbMonth.usd, arithmetic: `${fmt(retained)} GB × $${PRICES.cloudWatchLogsStoragePerGbMonth.usd}` },
    );
  }
  lines.push(...s3StorageLines(settings, storedGbPerDay));
  const traces = settings.networkTraces.value ? traceLines(settings, inputs, deployed('security-lake') !== undefined) : [];
  lines.push(...traces);
  // Each of these components holds one customer managed key per Region it is in.
  const keyed = ['log-key', 'trail-log-group', 'alarm-topic', 'alert-topic', 'query-tooling', 'security-lake'].flatMap((id) => deployed(id)?.regions ?? []);
  const keys = keyed.length;
  lines.push({ item: 'KMS customer managed keys', monthlyUsd: keys * PRICES.kmsKeyPerMonth.usd, arithmetic: `${keys} × $${PRICES.kmsKeyPerMonth.usd} (the log key, the log-group key, the alarm-topic key, one alert key and one Security Lake key per governed Region, the query-results key, as deployed)` });
  const filters = deployment.detections.metricFilters.length;
  if (filters > 0) {
    const perFilter = PRICES.cloudWatchAlarmPerMonth.usd + PRICES.cloudWatchCustomMetricPerMonth.usd;
    lines.push({ item: 'Metric filters: metrics and alarms', monthlyUsd: filters * perFilter, arithmetic: `${filters} × ($${PRICES.cloudWatchAlarmPerMonth.usd} + $${PRICES.cloudWatchCustomMetricPerMonth.usd})` });
  }
  const notes: string[] = [ASSUMPTIONS.note, ...(traces.length > 0 ? [TRACE_ASSUMPTIONS.note] : [])];
  if (deployment.detections.eventRules.length > 0) {
    notes.push(`EventBridge forwards only matching high-risk events ($${PRICES.eventBridgeCrossAccountPerMillion.usd} per million cross-account): cents a month.`);
  }
  const totalMonthlyUsd = lines.reduce((sum, line) => sum + line.monthlyUsd, 0);
  return { inputs, lines, totalMonthlyUsd, notes };
}

/**
 * Flow and DNS traces in Security Lake: ingestion per GB, and S3 storage for their retention.
 * Shown whenever the purposes record traces; before the delegation the line says so.
 */
function traceLines(settings: ResolvedSettings, inputs: CostInputs, deployed: boolean): CostLine[] {
  const days = ASSUMPTIONS.daysPerMonth;
  const price = PRICES.securityLakeAwsSourceIngestPerGb.usd;
  const flow = inputs.flowLogGbPerDay ?? TRACE_ASSUMPTIONS.flowLogGbPerDay;
  const dns = inputs.dnsLogGbPerDay ?? TRACE_ASSUMPTIONS.dnsLogGbPerDay;
  const pending = deployed ? '' : ' (planned once security_lake_delegated is set)';
  const stored = (flow + dns) * settings.networkTraceRetentionDays.value;
  return [
    { item: `Security Lake: VPC flow logs${pending}`, monthlyUsd: flow * days * price, arithmetic: `${flow} GB/day × ${days} × $${price}` },
    { item: `Security Lake: Route 53 Resolver query logs${pending}`, monthlyUsd: dns * days * price, arithmetic: `${dns} GB/day × ${days} × $${price}` },
    { item: `Security Lake storage, S3 Standard (steady state, upper bound)${pending}`, monthlyUsd: stored * PRICES.s3StandardPerGbMonth.usd, arithmetic: `${fmt(stored)} GB × $${PRICES.s3StandardPerGbMonth.usd}` },
  ];
}

/** Steady-state S3 storage: each day's files spend time in each tier until they expire. */
function s3StorageLines(settings: ResolvedSettings, storedGbPerDay: number): CostLine[] {
  const retention = settings.evidenceRetentionDays.value;
  const boundaries = [0, settings.infrequentAccessAfterDays.value, settings.glacierInstantRetrievalAfterDays.value, settings.deepArchiveAfterDays.value, Infinity];
  const tiers = [
    { name: 'Standard', price: PRICES.s3StandardPerGbMonth.usd },
    { name: 'Standard-IA', price: PRICES.s3StandardIaPerGbMonth.usd },
    { name: 'Glacier Instant Retrieval', price: PRICES.s3GlacierInstantPerGbMonth.usd },
    { name: 'Glacier Deep Archive', price: PRICES.s3DeepArchivePerGbMonth.usd },
  ];
  return tiers.flatMap((tier, index) => {
    const daysInTier = Math.max(0, Math.min(retention, boundaries[index + 1]) - boundaries[index]);
    if (daysInTier === 0) {
      return [];
    }
    const gb = storedGbPerDay * daysInTier;
    return [{ item: `S3 evidence, ${tier.name} (steady state)`, monthlyUsd: gb * tier.price, arithmetic: `${fmt(gb)} GB × $${tier.price}` }];
  });
}

function fmt(value: number): string {
  return value < 10 ? value.toFixed(3) : value.toFixed(0);
}

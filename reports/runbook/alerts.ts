import type { EventRuleDefinition, Severity } from '../../detections';
import type { Deployment } from '../../model/deployed';

/** Where an alert comes from; each is deployed by one alerting setting. */
export type AlertSource = 'metric-filter' | 'event-rule' | 'guardduty';

/** One alert as the runbook describes it, built from a detection definition. */
export interface RunbookAlert {
  readonly source: AlertSource;
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  /** What it means: the definition's `why`. */
  readonly meaning: string;
  /** The definition's one-line first action. */
  readonly firstAction: string;
  /** Plan-time tuning of an event rule: whose calls it ignores, and how it reads "outside the organization". @default - none */
  readonly tuning?: { readonly excludedPrincipals: readonly string[]; readonly outsideOrganization?: string };
  /** The ATT&CK (sub-)technique an event rule detects. @default - none */
  readonly attackTechnique?: string;
}

/** The rule that pages on GuardDuty findings; its pattern decides which severities page. */
const GUARDDUTY_PAGING_RULE = 'guardduty-high-severity-finding';

/**
 * GuardDuty findings as an alert source of their own (the findings, not a rule on them). Which
 * severities page is read from the paging rule's pattern, so the runbook says what the rule does.
 */
export function guardDutyFindingsAlert(deployedRules: readonly EventRuleDefinition[]): Omit<RunbookAlert, 'source'> {
  const threshold = pagingSeverity(deployedRules.find((rule) => rule.id === GUARDDUTY_PAGING_RULE)?.pattern);
  return {
    id: 'guardduty-findings',
    name: threshold === undefined ? 'GuardDuty findings (none page: no near-real-time rules are deployed)' : `GuardDuty findings (severity ${threshold} and above page)`,
    severity: 'medium',
    meaning:
      'GuardDuty saw behaviour that API patterns cannot show: network, DNS, runtime or S3 access that matches a threat or an anomaly for the account.' +
      (threshold === undefined
        ? ' Findings stay in the GuardDuty console for the daily review.'
        : ` Findings of severity ${threshold} and above page through the ${GUARDDUTY_PAGING_RULE} rule; lower ones wait for the daily review.`),
    firstAction: 'Open the finding in the GuardDuty delegated administrator (security account) and read its resource, actor and remote IP.',
  };
}

/** The lower bound of `detail.severity: [{ numeric: ['>=', n] }]`. */
function pagingSeverity(pattern: unknown): number | undefined {
  const severity = (pattern as { detail?: { severity?: Array<{ numeric?: unknown[] }> } } | undefined)?.detail?.severity?.[0]?.numeric;
  return Array.isArray(severity) && severity[0] === '>=' && typeof severity[1] === 'number' ? severity[1] : undefined;
}

/** Every alert the deployment pages on: metric filters with alarms, near-real-time rules, GuardDuty findings. */
export function deployedAlerts(deployment: Deployment): RunbookAlert[] {
  const toAlert = (source: AlertSource) => (d: { id: string; name: string; severity: Severity; why: string; runbook: string }): RunbookAlert => ({
    source,
    id: d.id,
    name: d.name,
    severity: d.severity,
    meaning: d.why,
    firstAction: d.runbook,
  });
  return [
    ...deployment.detections.metricFilters.map(toAlert('metric-filter')),
    ...deployment.detections.eventRules.map((d) => ({ ...toAlert('event-rule')(d), tuning: d.tuning, attackTechnique: d.attack.subTechniqueId ?? d.attack.techniqueId })),
    ...(deployment.detections.guardDutyFindings ? [{ source: 'guardduty' as const, ...guardDutyFindingsAlert(deployment.detections.eventRules) }] : []),
  ];
}

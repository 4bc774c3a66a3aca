import type { EventRuleDefinition, MetricFilterDefinition } from '../detections/types';
import type { Purpose } from '../profiles/purposes';
import { resolvePurposes, type ResolvedSettings } from '../profiles/resolve';
import type { Component, ComponentId } from './components';
import type { DeploymentModel } from './deployment-model';
import type { DrillAlarmPlan, ForwarderRules, RegionalRules } from './detection-plan';
import { gateHolds } from './gate';

/** What the model deploys for one combination of purposes: the gates evaluated. */
export interface Deployment {
  readonly purposes: readonly Purpose[];
  readonly settings: ResolvedSettings;
  readonly components: readonly Component[];
  readonly detections: {
    readonly metricFilters: readonly MetricFilterDefinition[];
    readonly eventRules: readonly EventRuleDefinition[];
    /** GuardDuty findings that page through the fast path. */
    readonly guardDutyFindings: boolean;
    /** Per governed Region, the detections on its central bus (none without the fast path). */
    readonly central: readonly RegionalRules[];
    /** Per forwarder Region, the management account's own forwarders (none without the fast path). */
    readonly forwarders: readonly ForwarderRules[];
    /** The drill's rule on every central bus, when the buses are deployed. */
    readonly drillRule?: { readonly definition: EventRuleDefinition; readonly regions: readonly string[] };
    /** The drill's canary alarm, when the alarms are deployed. */
    readonly drillAlarm?: DrillAlarmPlan;
  };
}

/**
 * Evaluates the model for `purposes`. Plan-time variables that no report can know default to
 * unset, as they do in Terraform; name the set ones in `variables`.
 */
export function deployedFor(model: DeploymentModel, purposes: readonly Purpose[], variables: ReadonlySet<string> = new Set()): Deployment {
  const plan = resolvePurposes(purposes, model.settingsTable);
  const holds = (gate: Parameters<typeof gateHolds>[0]) => gateHolds(gate, plan.settings, variables);
  const { detections } = model;
  const rulesOn = holds(detections.eventRules.gate);
  const { definition, regions, gate } = detections.drillRule;
  const { gate: alarmGate, ...drillAlarm } = detections.drillAlarm;
  return {
    purposes: plan.purposes,
    settings: plan.settings,
    components: Object.values(model.components).filter((c): c is Component => c !== undefined && holds(c.gate)),
    detections: {
      metricFilters: holds(detections.metricFilters.gate) ? detections.metricFilters.definitions : [],
      eventRules: rulesOn ? detections.eventRules.definitions : [],
      guardDutyFindings: holds(detections.guardDutyFindings.gate),
      central: rulesOn ? detections.eventRules.central : [],
      forwarders: rulesOn ? detections.eventRules.forwarders : [],
      ...(holds(gate) && { drillRule: { definition, regions } }),
      ...(holds(alarmGate) && { drillAlarm }),
    },
  };
}

export function isDeployed(deployment: Deployment, id: ComponentId): boolean {
  return deployment.components.some((component) => component.id === id);
}

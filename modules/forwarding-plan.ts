import type { EventRuleDefinition } from '../detections/types';

/** Global services (IAM, Organizations, sign-in) deliver their events to EventBridge only here. */
export const GLOBAL_EVENT_REGION = 'us-east-1';

/** Where the central buses are. */
export interface ForwardingScope {
  readonly governedRegions: readonly string[];
  readonly homeRegion: string;
}

/**
 * Regions where every account needs forwarding rules: the governed Regions, and us-east-1 even
 * when it is not governed, because global-service events arrive nowhere else.
 */
export function forwarderRegions(scope: ForwardingScope): string[] {
  return [...new Set([...scope.governedRegions, GLOBAL_EVENT_REGION])];
}

/** The central bus a forwarder in `region` sends to: its own Region's, else the home Region's. */
export function forwardingTargetRegion(region: string, scope: ForwardingScope): string {
  return scope.governedRegions.includes(region) ? region : scope.homeRegion;
}

/**
 * Rules a forwarder in `region` carries. us-east-1 forwards every rule: global events arrive only
 * there, and root or console sign-ins recorded there matter even when the Region is not governed.
 */
export function forwardedDefinitions(definitions: readonly EventRuleDefinition[], region: string): EventRuleDefinition[] {
  return region === GLOBAL_EVENT_REGION ? [...definitions] : definitions.filter((d) => d.arrivesIn === 'every-region');
}

/** Rules on the central bus of a governed `region`: every event a forwarder may send to it. */
export function centralRuleDefinitions(definitions: readonly EventRuleDefinition[], region: string, scope: ForwardingScope): EventRuleDefinition[] {
  const globalHere = forwardingTargetRegion(GLOBAL_EVENT_REGION, scope) === region;
  return definitions.filter((d) => d.arrivesIn === 'every-region' || globalHere);
}

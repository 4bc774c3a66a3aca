import { GLOBAL_EVENTS_REGION, withGlobalEventsRegion } from '../../config/regions';
import type { EventRuleDefinition } from '../types';


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
  return withGlobalEventsRegion(scope.governedRegions);
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
  return region === GLOBAL_EVENTS_REGION ? [...definitions] : definitions.filter((d) => d.arrivesIn === 'every-region');
}

/** Rules on the central bus of a governed `region`: every event a forwarder may send to it. */
export function centralRuleDefinitions(definitions: readonly EventRuleDefinition[], region: string, scope: ForwardingScope): EventRuleDefinition[] {
  const globalHere = forwardingTargetRegion(GLOBAL_EVENTS_REGION, scope) === region;
  return definitions.filter((d) => d.arrivesIn === 'every-region' || globalHere);
}

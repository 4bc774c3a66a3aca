import type { EventRuleDefinition } from './types';

/** The source of `trailguard drill` test events; the bus guardrail lets only the drill role put it. */
export const DRILL_EVENT_SOURCE = 'trailguard.drill';

/** The detail-type of drill events. */
export const DRILL_DETAIL_TYPE = 'trailguard drill';

/**
 * What the alarm path's canary says when the drill sets it to ALARM. The drill sets this alarm
 * only, never a detection's: an alarm set by hand hides its real transition until the next
 * evaluation, so the drill role must not be able to pre-set a real one.
 */
export function drillAlarmDescription(drillRoleName?: string): string {
  return `DRILL: trailguard alarm path test, no action needed. Only \`trailguard drill\` sets this alarm; no detection writes its metric. If unexpected, check CloudTrail SetAlarmState by ${drillRole(drillRoleName)}.`;
}

/** The drill role, by name when the configuration names it (`--role-name` may pick another). */
function drillRole(drillRoleName: string | undefined): string {
  return drillRoleName === undefined ? 'the drill role' : `the drill role ${drillRoleName}`;
}

/**
 * The fast path's test rule: matches the drill's own events on the central bus and sends them to
 * the alert topic like any detection, so a drill proves the bus → rule → topic → subscriber hops.
 * Its name starts with DRILL, so subscribers see at once that no action is needed. Its message
 * names the drill role (`drillRoleName`) and nothing from the event's detail, which the role's holder writes.
 */
export function drillRuleDefinition(drillRoleName?: string): EventRuleDefinition {
  const pattern = { source: [DRILL_EVENT_SOURCE], 'detail-type': [DRILL_DETAIL_TYPE] };
  return {
    id: 'drill',
    name: 'DRILL: trailguard alert path test, no action needed',
    severity: 'low',
    why: '`trailguard drill` sends a labelled test event through the alert path and measures when it is delivered.',
    runbook: `No action: this is a drill. If unexpected, check CloudTrail PutEvents by ${drillRole(drillRoleName)} (who ran \`trailguard drill\`).`,
    pattern,
    // Drill events are put on the central bus directly, never forwarded.
    forwardingPattern: pattern,
    arrivesIn: 'every-region',
    techniqueClass: 'trailguard-self',
    attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.001', name: 'Disable or Modify Tools' },
    falsePositives: 'Every drill: it is a test.',
    tuning: { excludedPrincipals: [] },
  };
}

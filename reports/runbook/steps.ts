import type { RunbookAlert } from './alerts';

/**
 * Which saved query answers an alert's second question ("what else did they change?"),
 * decided from the words in the alert's id. Ordered: the first rule that matches wins.
 */
export const QUERY_RULES: readonly { readonly words: readonly string[]; readonly query: string }[] = [
  { words: ['root'], query: 'root-activity' },
  { words: ['unauthorized', 'denied'], query: 'denied-calls-by-principal' },
  { words: ['console-sign-in', 'console-authentication'], query: 'console-sign-ins' },
  { words: ['trail', 'cloudtrail', 'guardrail', 'organizations', 'evidence', 'log-key', 'kms', 'guardduty-tampering'], query: 'defence-changes' },
  { words: ['iam', 'policy'], query: 'permission-changes' },
  { words: ['guardduty'], query: 'actions-by-access-key' },
];

/** The query for everything else: what the caller did. */
export const DEFAULT_QUERY = 'actions-by-principal';

export function scopingQuery(alert: RunbookAlert): string {
  return QUERY_RULES.find((rule) => rule.words.some((word) => alert.id.includes(word)))?.query ?? DEFAULT_QUERY;
}

/**
 * The step that follows the caller out of the API layer, when the traces are queryable: from a
 * finding's remote IP, or from the alert's call to the session's or instance's flows and DNS.
 */
export function crossLayerStep(alert: RunbookAlert): { readonly text: string; readonly query: string } {
  if (alert.source === 'guardduty' || alert.id.includes('finding')) {
    return { text: 'Across layers: run `ip-across-layers` with the finding\'s remote IP: its API calls and every flow to or from it in one timeline.', query: 'ip-across-layers' };
  }
  return {
    text: 'Across layers: if the caller is an instance role (principalId ends in `:i-…`), run `instance-flows-around-call` and `dns-before-call` with the eventID and that instance id; otherwise `session-calls-with-flows` with the session ARN.',
    query: 'session-calls-with-flows',
  };
}

/** The first three steps of an alert, each naming the saved query to run, and the cross-layer step when traces are deployed. */
export function alertSteps(alert: RunbookAlert, traces: boolean): { readonly text: string; readonly query?: string }[] {
  return traces ? [...firstSteps(alert), crossLayerStep(alert)] : firstSteps(alert);
}

/** The first three steps of an alert, each naming the saved query to run. */
export function firstSteps(alert: RunbookAlert): { readonly text: string; readonly query?: string }[] {
  const scope = scopingQuery(alert);
  // GuardDuty findings carry an actor and a remote IP, not a CloudTrail eventID.
  const fromFinding = alert.source === 'guardduty' || alert.id.includes('finding');
  return [
    { text: `Contain first if needed: ${alert.firstAction}` },
    fromFinding
      ? { text: `Run \`${scope}\` with the access key of the finding (or \`activity-from-ip\` with its remote IP) over the finding's first-to-last-seen window.`, query: scope }
      : { text: `Run \`event-window\` with the alert's eventID (\`{{event_id}}\`) to see the 30 minutes before and after it.`, query: 'event-window' },
    { text: `Run \`${fromFinding ? 'activity-from-ip' : scope}\` over the last 24 hours to find what else the same caller did or changed.`, query: fromFinding ? 'activity-from-ip' : scope },
  ];
}

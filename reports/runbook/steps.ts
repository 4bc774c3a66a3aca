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

/**
 * The placeholders saved queries take. An investigator replaces each `{{name}}` before
 * running a query; the runbook and docs list them from here.
 */
export const PLACEHOLDERS = {
  start: {
    description: 'Start of the time window, ISO-8601 in UTC',
    example: '2026-05-01T00:00:00Z',
  },
  end: {
    description: 'End of the time window, ISO-8601 in UTC',
    example: '2026-05-02T00:00:00Z',
  },
  account_ids: {
    description:
      "Quoted, comma-separated account ids to search (the table's account partition is injected: Athena reads exactly these accounts)",
    example: "'111111111111', '222222222222'",
  },
  principal_arn: {
    description: 'ARN of an IAM user or role (an assumed-role session matches its role ARN)',
    example: 'arn:aws:iam::111111111111:role/deployer',
  },
  access_key_id: {
    description: 'Access key id (AKIA… long-term, ASIA… temporary)',
    example: 'AKIAEXAMPLEKEY123456',
  },
  source_ip: {
    description: 'Source IP address as CloudTrail records it',
    example: '203.0.113.7',
  },
  instance_id: {
    description: 'EC2 instance id (an instance role session names it after the colon of its principalId)',
    example: 'i-0abc1234def567890',
  },
  session_arn: {
    description: 'ARN of an assumed-role session as CloudTrail records it (userIdentity.arn)',
    example: 'arn:aws:sts::111111111111:assumed-role/deployer/build-4711',
  },
  event_id: {
    description: 'The eventID of a CloudTrail record, for example from an alert',
    example: '0f6f2a1e-5b7c-4d2a-9a51-3e3c1c9b1d42',
  },
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/** The placeholders a query text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]))];
}

/** Replaces every placeholder with its documented example (for parsing and docs). */
export function withExamples(text: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in PLACEHOLDERS ? PLACEHOLDERS[name as PlaceholderName].example : whole,
  );
}

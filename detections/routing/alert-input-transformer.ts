import { DRILL_EVENT_SOURCE } from '../drill-rule';
import type { EventRuleDefinition } from '../types';

/** An EventBridge input transformer: paths into the event, and the text a person reads. */
export interface AlertInputTransformer {
  readonly inputPaths: Record<string, string>;
  readonly inputTemplate: string;
}

const CLOUDTRAIL_PATHS = {
  principal: '$.detail.userIdentity.arn',
  principalType: '$.detail.userIdentity.type',
  eventSource: '$.detail.eventSource',
  eventName: '$.detail.eventName',
  errorCode: '$.detail.errorCode',
  account: '$.account',
  region: '$.region',
  time: '$.time',
  sourceIp: '$.detail.sourceIPAddress',
  userAgent: '$.detail.userAgent',
  eventId: '$.detail.eventID',
};

const FINDING_PATHS = {
  findingType: '$.detail.type',
  severity: '$.detail.severity',
  title: '$.detail.title',
  account: '$.detail.accountId',
  region: '$.region',
  time: '$.time',
  resourceType: '$.detail.resource.resourceType',
  findingId: '$.detail.id',
};

// A drill event's detail is written by whoever holds the drill role, so the drill message reads
// only what EventBridge sets itself.
const DRILL_PATHS = {
  account: '$.account',
  region: '$.region',
  time: '$.time',
};

/**
 * The readable message of a rule: who did what, where, when and from which IP, then why it matters
 * and the first step. The template is a JSON string, so the SNS message is that text.
 */
export function alertInputTransformer(definition: EventRuleDefinition): AlertInputTransformer {
  const header = `[${definition.severity.toUpperCase()}] ${plain(definition.name)}`;
  const footer = [`Why it matters: ${plain(definition.why)}`, `First step: ${plain(definition.runbook)}`];
  const detailTypes = definition.pattern['detail-type'];
  const types = Array.isArray(detailTypes) ? detailTypes : [];
  const sources = definition.pattern.source;
  if (Array.isArray(sources) && sources.includes(DRILL_EVENT_SOURCE)) {
    return transformer(DRILL_PATHS, [
      header,
      'What: a test event of trailguard drill on the central bus; only the drill role may put one',
      'Where: account <account>, <region>',
      'When: <time>',
      ...footer,
    ]);
  }
  if (types.includes('GuardDuty Finding')) {
    return transformer(FINDING_PATHS, [
      header,
      'What: GuardDuty finding <findingType> (severity <severity>): <title>',
      'Resource: <resourceType>',
      'Where: account <account>, <region>',
      'When: <time>',
      'Finding id: <findingId>',
      ...footer,
    ]);
  }
  return transformer(CLOUDTRAIL_PATHS, [
    header,
    'Who: <principal> (<principalType>)',
    'Did: <eventSource> <eventName> <errorCode>',
    'Where: account <account>, <region>',
    'When: <time>',
    'From: <sourceIp> (<userAgent>)',
    'CloudTrail event id: <eventId>',
    ...footer,
  ]);
}

function transformer(paths: Record<string, string>, lines: readonly string[]): AlertInputTransformer {
  return { inputPaths: { ...paths }, inputTemplate: JSON.stringify(lines.join('\n')) };
}

/** Static text must not look like a placeholder, nor like a Terraform interpolation. */
function plain(text: string): string {
  return text.replace(/[<>]/g, '').replace(/\$\{/g, '$ {');
}

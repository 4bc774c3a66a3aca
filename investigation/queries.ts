import { PARTITION_KEYS } from './cloudtrail-table';
import { EVIDENCE_BUCKET_EVENTS, EVIDENCE_OBJECT_EVENTS } from '../detections/watched-actions';
import {
  IN_WINDOW,
  insightsList,
  partitionFilter,
  sqlList,
  tableRef,
  timeline,
  TIMELINE_COLUMNS,
  type QueryContext,
} from './query-sql';

export type { QueryContext } from './query-sql';

/**
 * One question an investigator asks first, answered twice: in Athena SQL over the evidence
 * bucket (every query filters on the partition columns) and in CloudWatch Logs Insights over
 * the trail's log group (the time window is the Logs Insights time range, not in the text).
 */
export interface InvestigationQuery {
  /** Stable kebab-case id; part of the saved query's name and construct id. */
  readonly id: string;
  /** The saved query's title. */
  readonly name: string;
  /** The question it answers, as the investigator would ask it. */
  readonly question: string;
  /** Athena (Trino) SQL with `{{placeholders}}`. */
  athena(context: QueryContext): string;
  /** Logs Insights query with `{{placeholders}}`. */
  insights(context: QueryContext): string;
  /**
   * The Logs Insights time range to choose.
   * @default - the investigation window ({{start}} to {{end}})
   */
  readonly insightsTimeRange?: string;
}

/** Changes to identities and to who may do what: IAM, IAM Identity Center and resource policies. */
export const PERMISSION_CHANGE_EVENT_SOURCES = ['iam.amazonaws.com', 'sso.amazonaws.com'] as const;
export const PERMISSION_CHANGE_PREFIXES = ['Create', 'Delete', 'Put', 'Attach', 'Detach', 'Update', 'Add', 'Remove', 'Set', 'Upload', 'Deactivate', 'Enable'] as const;
export const RESOURCE_POLICY_EVENTS = ['PutBucketPolicy', 'DeleteBucketPolicy', 'PutBucketAcl', 'PutKeyPolicy', 'CreateGrant', 'AddPermission', 'SetQueueAttributes', 'SetTopicAttributes'] as const;

/** Calls that weaken the logging and detection trailguard sets up. */
export const DEFENCE_EVENTS = {
  'cloudtrail.amazonaws.com': ['StopLogging', 'DeleteTrail', 'UpdateTrail', 'PutEventSelectors', 'PutInsightSelectors'],
  'guardduty.amazonaws.com': ['DeleteDetector', 'UpdateDetector', 'DisassociateFromMasterAccount', 'DisassociateFromAdministratorAccount', 'DisassociateMembers', 'DeleteMembers', 'StopMonitoringMembers', 'CreateFilter', 'UpdateFilter', 'CreateIPSet', 'UpdateIPSet', 'DisableOrganizationAdminAccount', 'UpdateOrganizationConfiguration'],
  'organizations.amazonaws.com': ['CreatePolicy', 'UpdatePolicy', 'DeletePolicy', 'AttachPolicy', 'DetachPolicy', 'EnablePolicyType', 'DisablePolicyType', 'LeaveOrganization', 'RemoveAccountFromOrganization'],
} as const satisfies Record<string, readonly string[]>;
/** What weakens or deletes the evidence: the watchers' bucket-level list and the object-level calls (one list, detections/watched-actions.ts). */
const EVIDENCE_EVENTS = [...EVIDENCE_BUCKET_EVENTS, ...EVIDENCE_OBJECT_EVENTS];

const permissionPrefixRegex = `^(${PERMISSION_CHANGE_PREFIXES.join('|')})`;
const INSIGHTS_FIELDS = 'fields @timestamp, recipientAccountId, awsRegion, eventSource, eventName, userIdentity.arn, userIdentity.accessKeyId, sourceIPAddress, errorCode, eventID';
const insightsTail = '| sort @timestamp asc\n| limit 1000';

export function investigationQueries(): InvestigationQuery[] {
  return [
    {
      id: 'actions-by-principal',
      name: 'Actions by principal',
      question: 'What did this user or role do in the time window?',
      athena: (c) => timeline(c, ["(useridentity.arn = '{{principal_arn}}' OR useridentity.sessioncontext.sessionissuer.arn = '{{principal_arn}}')"]),
      insights: () => `${INSIGHTS_FIELDS}\n| filter userIdentity.arn = "{{principal_arn}}" or userIdentity.sessionContext.sessionIssuer.arn = "{{principal_arn}}"\n${insightsTail}`,
    },
    {
      id: 'actions-by-access-key',
      name: 'Actions by access key',
      question: 'What was done with this access key in the time window?',
      athena: (c) => timeline(c, ["useridentity.accesskeyid = '{{access_key_id}}'"]),
      insights: () => `${INSIGHTS_FIELDS}\n| filter userIdentity.accessKeyId = "{{access_key_id}}"\n${insightsTail}`,
    },
    {
      id: 'activity-from-ip',
      name: 'Activity from an IP address',
      question: 'Everything done from this IP address in the time window, by whom?',
      athena: (c) => timeline(c, ["sourceipaddress = '{{source_ip}}'"]),
      insights: () => `${INSIGHTS_FIELDS}\n| filter sourceIPAddress = "{{source_ip}}"\n${insightsTail}`,
    },
    {
      id: 'permission-changes',
      name: 'IAM and permission changes',
      question: 'Who changed identities, policies or resource policies in the time window?',
      athena: (c) =>
        timeline(c, [
          `((eventsource IN (${sqlList(PERMISSION_CHANGE_EVENT_SOURCES)}) AND regexp_like(eventname, '${permissionPrefixRegex}'))`,
          `  OR eventname IN (${sqlList(RESOURCE_POLICY_EVENTS)}))`,
          'errorcode IS NULL',
        ]),
      insights: () =>
        `${INSIGHTS_FIELDS}\n| filter (eventSource in [${insightsList(PERMISSION_CHANGE_EVENT_SOURCES)}] and eventName like /${permissionPrefixRegex}/)` +
        ` or eventName in [${insightsList(RESOURCE_POLICY_EVENTS)}]\n| filter not ispresent(errorCode)\n${insightsTail}`,
    },
    {
      id: 'console-sign-ins',
      name: 'Console sign-ins and failures',
      question: 'Who signed in to the console, from where, with or without MFA, and which attempts failed?',
      athena: (c) =>
        [
          'SELECT',
          '  eventtime, account, useridentity.type AS identity_type, useridentity.arn AS principal_arn, sourceipaddress, useragent,',
          "  json_extract_scalar(responseelements, '$.ConsoleLogin') AS result,",
          "  json_extract_scalar(additionaleventdata, '$.MFAUsed') AS mfa_used,",
          '  errormessage, eventid',
          `FROM ${tableRef(c)}`,
          `WHERE ${partitionFilter()}`,
          `  AND ${IN_WINDOW}`,
          "  AND eventsource = 'signin.amazonaws.com'",
          "  AND eventname IN ('ConsoleLogin', 'CheckMfa', 'SwitchRole')",
          'ORDER BY eventtime',
          'LIMIT 1000',
        ].join('\n'),
      insights: () =>
        'fields @timestamp, recipientAccountId, userIdentity.type, userIdentity.arn, sourceIPAddress, responseElements.ConsoleLogin, additionalEventData.MFAUsed, errorMessage, eventID\n' +
        `| filter eventSource = "signin.amazonaws.com" and eventName in ["ConsoleLogin", "CheckMfa", "SwitchRole"]\n${insightsTail}`,
    },
    {
      id: 'root-activity',
      name: 'Root user activity',
      question: 'Did anyone use a root user, and for what?',
      athena: (c) => timeline(c, ["useridentity.type = 'Root'", 'useridentity.invokedby IS NULL']),
      insights: () => `${INSIGHTS_FIELDS}\n| filter userIdentity.type = "Root" and not ispresent(userIdentity.invokedBy)\n${insightsTail}`,
    },
    {
      id: 'defence-changes',
      name: 'Changes to CloudTrail, GuardDuty, SCPs and the evidence bucket',
      question: 'Did anyone try to blind us: stop or change the trail, GuardDuty, guardrail policies or the evidence bucket?',
      athena: (c) => {
        const services = Object.entries(DEFENCE_EVENTS).map(
          ([source, events]) => `(eventsource = '${source}' AND eventname IN (${sqlList(events)}))`,
        );
        const bucket = `(eventsource = 's3.amazonaws.com' AND eventname IN (${sqlList(EVIDENCE_EVENTS)}) AND json_extract_scalar(requestparameters, '$.bucketName') IN (${sqlList(c.evidenceBucketNames)}))`;
        return timeline(c, [`(${[...services, bucket].join('\n    OR ')})`]);
      },
      insights: (c) => {
        const services = Object.entries(DEFENCE_EVENTS).map(
          ([source, events]) => `(eventSource = "${source}" and eventName in [${insightsList(events)}])`,
        );
        const bucket = `(eventSource = "s3.amazonaws.com" and eventName in [${insightsList(EVIDENCE_EVENTS)}] and requestParameters.bucketName in [${insightsList(c.evidenceBucketNames)}])`;
        return `${INSIGHTS_FIELDS}, errorMessage\n| filter ${[...services, bucket].join(' or ')}\n${insightsTail}`;
      },
    },
    {
      id: 'denied-calls-by-principal',
      name: 'Denied calls by principal',
      question: 'Which principals were denied, how often, for which calls? (probing for permissions shows up here)',
      athena: (c) =>
        [
          'SELECT',
          '  useridentity.arn AS principal_arn, eventsource, eventname, errorcode,',
          '  count(*) AS denied_calls, min(eventtime) AS first_seen, max(eventtime) AS last_seen,',
          '  array_agg(DISTINCT sourceipaddress) AS source_ips',
          `FROM ${tableRef(c)}`,
          `WHERE ${partitionFilter()}`,
          `  AND ${IN_WINDOW}`,
          "  AND (errorcode LIKE '%UnauthorizedOperation' OR errorcode LIKE 'AccessDenied%')",
          'GROUP BY useridentity.arn, eventsource, eventname, errorcode',
          'ORDER BY denied_calls DESC',
          'LIMIT 1000',
        ].join('\n'),
      insights: () =>
        'filter errorCode like /UnauthorizedOperation$/ or errorCode like /^AccessDenied/\n' +
        '| stats count(*) as deniedCalls, min(@timestamp) as firstSeen, max(@timestamp) as lastSeen by userIdentity.arn, eventSource, eventName, errorCode\n' +
        '| sort deniedCalls desc\n| limit 1000',
    },
    {
      id: 'event-window',
      name: '30 minutes around an event',
      question: 'What happened in the 30 minutes before and after this event, anywhere in the searched accounts?',
      athena: (c) =>
        [
          'WITH anchor AS (',
          '  SELECT from_iso8601_timestamp(eventtime) AS anchor_time',
          `  FROM ${tableRef(c)}`,
          `  WHERE ${partitionFilter().replace(/\n/g, '\n  ')}`,
          "    AND eventid = '{{event_id}}'",
          '  LIMIT 1',
          ')',
          `SELECT\n  ${TIMELINE_COLUMNS}`,
          `FROM ${tableRef(c)} CROSS JOIN anchor`,
          // One day earlier too: an event just after midnight has neighbours in the previous day.
          `WHERE ${partitionFilter(1)}`,
          "  AND from_iso8601_timestamp(eventtime) BETWEEN anchor_time - INTERVAL '30' MINUTE AND anchor_time + INTERVAL '30' MINUTE",
          'ORDER BY eventtime',
          'LIMIT 5000',
        ].join('\n'),
      // Logs Insights cannot look an event's time up and reuse it, so the time range carries the window.
      insightsTimeRange: 'From 30 minutes before to 30 minutes after the event time (shown in the alert, or found with actions-by-principal).',
      insights: () => `${INSIGHTS_FIELDS}\n| filter ispresent(eventID)\n| sort @timestamp asc\n| limit 5000`,
    },
  ];
}

/** The partition columns every Athena query must constrain: the injected one (required) and the day. */
export const REQUIRED_PARTITION_FILTERS: readonly string[] = [PARTITION_KEYS.account, PARTITION_KEYS.day];

import { API_CALL_DETAIL_TYPE } from '../../patterns/cloudtrail-envelope';
import type { DetectionTuning, EventPatternObject, EventRuleDefinition, OutsideOrganizationScope } from '../types';

/** One element of a leaf array: a value or an operator object. */
export type LeafValue = EventPatternObject[keyof EventPatternObject];

/** A rule before the aggregator adds the configured exclusions (`tuning.excludedPrincipals`). */
export type RuleDraft = Omit<EventRuleDefinition, 'tuning' | 'forwardingPattern'> & {
  /** Set on rules that judge accounts outside the organization. */
  readonly outsideOrganization?: OutsideOrganizationScope;
  /** False for rules on service events (findings), which have no caller to exclude. @default true */
  readonly judgesPrincipals?: boolean;
};

/**
 * A CloudTrail API-call pattern. `source` is matched on every rule: only AWS can put events with an
 * `aws.` source, so a forged event on the central bus cannot fire a rule. The service is pinned by
 * `eventSource`, because a few bus sources are not the eventSource prefix (CloudWatch's is not).
 */
export function apiCall(eventSources: readonly string[], detail: EventPatternObject): EventPatternObject {
  return {
    source: [{ prefix: 'aws.' }],
    'detail-type': [API_CALL_DETAIL_TYPE],
    detail: { eventSource: [...eventSources], ...detail },
  };
}

/** A CloudTrail API-call pattern over several services: `detail` names each `eventSource` itself. */
export function apiCallAcrossServices(detail: EventPatternObject): EventPatternObject {
  return { source: [{ prefix: 'aws.' }], 'detail-type': [API_CALL_DETAIL_TYPE], detail };
}

/**
 * Callers holding long-term credentials: an IAM user (console or access key) or root, or any call
 * signed with an `AKIA` access key. Pipelines and people on SSO use roles, so these stand out.
 */
export const LONG_TERM_CALLER: EventPatternObject = {
  $or: [{ type: ['IAMUser', 'Root'] }, { accessKeyId: [{ prefix: 'AKIA' }] }],
};

/** Calls a person or pipeline made, not an AWS service acting for them (invokedBy set). */
export const NOT_SERVICE_INVOKED: EventPatternObject = { invokedBy: [{ exists: false }] };

/** How a rule names accounts outside the organization, and the scope it reports. */
export interface OutsideAccounts {
  readonly scope: OutsideOrganizationScope;
  /** Matches a bare 12-digit account id outside the organization. */
  readonly accountId: LeafValue[];
  /** Matches an IAM ARN (or bare id) of an account outside the organization. */
  readonly principal: LeafValue[];
  /** Wildcards for the organization's own principals (bare ids and IAM ARNs); empty without the account list. */
  readonly organizationPrincipals: readonly string[];
}

/**
 * Without the organization's account list EventBridge cannot tell an own account from a stranger's
 * (a pattern cannot compare two fields), so every account named fires: the rule says so in its tuning.
 */
export function outsideAccounts(tuning: DetectionTuning | undefined): OutsideAccounts {
  const ids = tuning?.organizationAccountIds ?? [];
  if (ids.length === 0) return { scope: 'any-other-account', accountId: [{ wildcard: '*' }], principal: [{ wildcard: '*' }], organizationPrincipals: [] };
  const organizationPrincipals = [...ids, ...ids.map((id) => `arn:*:iam::${id}:*`)];
  return {
    scope: 'account-list',
    accountId: [{ 'anything-but': [...ids] }],
    principal: [{ 'anything-but': { wildcard: organizationPrincipals } }],
    organizationPrincipals,
  };
}

/** Service principals (`*.amazonaws.com`) are AWS acting inside the account, never an outside party. */
export function outsidePrincipalNotService(outside: OutsideAccounts): LeafValue[] {
  if (outside.scope === 'any-other-account') return [{ 'anything-but': { suffix: '.amazonaws.com' } }];
  return [{ 'anything-but': { wildcard: [...outside.organizationPrincipals, '*.amazonaws.com'] } }];
}

/** A JSON policy text (IAM records carry policies as strings) that grants to an AWS account or role principal, or to anyone. */
export const POLICY_TEXT_WITH_AWS_PRINCIPAL: LeafValue[] = [{ wildcard: '*"AWS"*' }, { wildcard: '*"Principal":"\\*"*' }, { wildcard: '*"Principal": "\\*"*' }];

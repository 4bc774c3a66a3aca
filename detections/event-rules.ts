import { validateTargets } from './metric-filters';
import type { DetectionTargets, DetectionTuning, EventPatternObject, EventRuleDefinition } from './types';
import { blindingRules } from './rules/blinding';
import { computePersistenceRules } from './rules/compute-persistence';
import { credentialAccessRules } from './rules/credential-access';
import { credentialCreationRules } from './rules/credential-creation';
import { deniedAttemptRules } from './rules/denied-attempts';
import { discoveryRules } from './rules/discovery';
import { impactRules } from './rules/impact';
import { initialAccessRules } from './rules/initial-access';
import { permissionChangeRules } from './rules/permission-changes';
import { sharingRules } from './rules/sharing';
import { threatFindingRules } from './rules/threat-findings';
import { trailguardSelfRules } from './rules/trailguard-self';
import type { RuleDraft } from './rules/pattern-parts';

/** EventBridge rejects a rule whose pattern is longer than this (PutRule, EventPattern). */
export const MAX_EVENT_PATTERN_LENGTH = 2048;

/** The exclusion key that applies to every rule judging a caller. */
export const ALL_RULES_KEY = '*';

const RULE_FILES = [
  initialAccessRules, trailguardSelfRules, permissionChangeRules, credentialCreationRules, credentialAccessRules, sharingRules,
  blindingRules, computePersistenceRules, discoveryRules, impactRules, deniedAttemptRules, threatFindingRules,
] as const;

/**
 * The near-real-time rules: seconds instead of the metric filters' delivery delay, but EventBridge
 * receives CloudTrail events on a best-effort basis, which is why the metric filters stay as backup.
 * One file per technique class in `rules/`; this adds the configured exclusions to each.
 */
export function eventRuleDefinitions(targets: DetectionTargets): EventRuleDefinition[] {
  validateTargets(targets);
  const drafts = RULE_FILES.flatMap((build) => build(targets));
  throwIfTuningInvalid(targets.tuning, drafts);
  const untuned = new Map(RULE_FILES.flatMap((build) => build({ ...targets, tuning: undefined })).map((d) => [d.id, d.pattern]));
  const rules = drafts.map((draft) => withTuning(draft, targets.tuning, untuned.get(draft.id) ?? draft.pattern));
  const tooLong = rules.map((r) => ({ id: r.id, length: JSON.stringify(r.pattern).length })).filter((r) => r.length > MAX_EVENT_PATTERN_LENGTH);
  if (tooLong.length > 0) {
    throw new Error(
      `event patterns longer than ${MAX_EVENT_PATTERN_LENGTH} characters (PutRule would reject them): ` +
        `${tooLong.map((r) => `${r.id} has ${r.length}`).join('; ')}; list fewer accounts or exclusions`,
    );
  }
  return rules;
}

/** Every rule id a deployment may have, for validating `detectionTuning.exclusions` keys. */
export function eventRuleIds(): string[] {
  const example: DetectionTargets = {
    evidenceBucketNames: ['example-bucket'], logKeyAliasNames: ['alias/example'], trailName: 'example-trail',
    trailLogGroupName: '/example', alarmNamePrefix: 'example-', forwarderRuleNamePrefix: 'example-fwd-', forwarderStackSetName: 'example',
  };
  return RULE_FILES.flatMap((build) => build(example)).map((d) => d.id);
}

function withTuning(draft: RuleDraft, tuning: DetectionTuning | undefined, forwardingPattern: EventPatternObject): EventRuleDefinition {
  const { outsideOrganization, judgesPrincipals, ...rule } = draft;
  const excluded = judgesPrincipals === false ? [] : excludedPrincipals(draft.id, tuning);
  return {
    ...rule,
    pattern: excluded.length === 0 ? rule.pattern : excludeCallers(rule.pattern, excluded),
    forwardingPattern,
    tuning: { excludedPrincipals: excluded, ...(outsideOrganization === undefined ? {} : { outsideOrganization }) },
  };
}

function excludedPrincipals(id: string, tuning: DetectionTuning | undefined): string[] {
  return [...new Set([...(tuning?.exclusions?.[ALL_RULES_KEY] ?? []), ...(tuning?.exclusions?.[id] ?? [])])];
}

/** ANDs "the caller is none of these" into the pattern; calls without a caller ARN (AWS services) still match. */
function excludeCallers(pattern: EventPatternObject, excluded: readonly string[]): EventPatternObject {
  const detail = (pattern.detail ?? {}) as EventPatternObject;
  const userIdentity = (detail.userIdentity ?? {}) as EventPatternObject;
  return {
    ...pattern,
    detail: { ...detail, userIdentity: { ...userIdentity, arn: [{ 'anything-but': { wildcard: [...excluded] } }, { exists: false }] } },
  };
}

function throwIfTuningInvalid(tuning: DetectionTuning | undefined, drafts: readonly RuleDraft[]): void {
  const problems: string[] = [];
  const judging = new Set(drafts.filter((d) => d.judgesPrincipals !== false).map((d) => d.id));
  const known = new Set(drafts.map((d) => d.id));
  for (const [id, patterns] of Object.entries(tuning?.exclusions ?? {})) {
    if (id !== ALL_RULES_KEY && !known.has(id)) problems.push(`exclusions.${id}: not a rule id; expected "${ALL_RULES_KEY}" or one of: ${[...known].join(', ')}`);
    else if (id !== ALL_RULES_KEY && !judging.has(id)) problems.push(`exclusions.${id}: this rule matches service findings, which have no caller to exclude`);
    for (const p of patterns) {
      if (!/^arn:[a-z*-]+:(iam|sts)::[\d*]+:[\w+=,.@/*:-]+$/.test(p) || p.includes('**')) {
        problems.push(`exclusions.${id}: "${p}" is not a principal ARN pattern (arn:<partition>:iam|sts::<account>:<name>, "*" as a wildcard, no "**")`);
      }
    }
  }
  for (const id of tuning?.organizationAccountIds ?? []) {
    if (!/^\d{12}$/.test(id)) problems.push(`organizationAccountIds: "${id}" is not a 12-digit AWS account id`);
  }
  if (problems.length > 0) throw new Error(`invalid detection tuning: ${problems.join('; ')}`);
}

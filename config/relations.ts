import { subscriptionProblems, type AlertSubscription } from '../detections/routing/alert-subscriptions';
import { TrailguardNames } from '../naming/names';
import { isS3BucketName } from '../naming/rules';
import { ALL_RULES_KEY, eventRuleIds } from '../detections/event-rules';
import { lifecycleProblems } from './lifecycle-relations';
import type { ConfigProblem } from './config-error';

const MAX_BUCKET_NAME = 63;
const ROLES = ['management', 'logArchive', 'security'] as const;

type Raw = Record<string, unknown>;

/**
 * Checks that span several fields. It reads the raw input defensively, so it reports
 * alongside the per-field problems instead of waiting for them to be fixed first.
 */
export function relationProblems(raw: Raw): ConfigProblem[] {
  return [
    ...duplicateAccounts(raw),
    ...regionProblems(raw),
    ...bucketNameProblems(raw),
    ...principalPartitionProblems(raw),
    ...alertSubscriptionProblems(raw),
    ...lifecycleProblems(raw),
    ...detectionTuningProblems(raw),
    ...operatorTrustProblems(raw),
  ];
}

/**
 * The drill role needs named principals. Without them it trusts the security account's root, so
 * any role there allowed sts:AssumeRole would hold the management account's drill role and could
 * label its messages "no action needed". verify's read-only role keeps that default.
 */
function operatorTrustProblems(raw: Raw): ConfigProblem[] {
  if (typeof raw.drillRoleName !== 'string') return [];
  if (raw.verifierPrincipals !== undefined && (!Array.isArray(raw.verifierPrincipals) || raw.verifierPrincipals.length > 0)) return [];
  return [{
    path: 'verifierPrincipals',
    received: raw.verifierPrincipals ?? [],
    expected: 'expected at least one IAM role, user or account-root ARN when drillRoleName is set: the drill role does not trust the whole security account',
  }];
}

/** Exclusions name rules that exist; an organization account list without the configured accounts is not the organization's. */
function detectionTuningProblems(raw: Raw): ConfigProblem[] {
  const tuning = isRecord(raw.detectionTuning) ? raw.detectionTuning : {};
  const problems: ConfigProblem[] = [];
  const ids = eventRuleIds();
  for (const key of Object.keys(isRecord(tuning.exclusions) ? tuning.exclusions : {})) {
    if (key !== ALL_RULES_KEY && !ids.includes(key)) {
      problems.push({ path: `detectionTuning.exclusions.${key}`, received: key, expected: `expected "${ALL_RULES_KEY}" or a rule id: ${ids.join(', ')}` });
    }
  }
  const accounts = isRecord(raw.accounts) ? raw.accounts : {};
  if (Array.isArray(tuning.organizationAccountIds)) {
    const listed: unknown[] = tuning.organizationAccountIds;
    for (const role of ROLES) {
      if (typeof accounts[role] === 'string' && !listed.includes(accounts[role])) {
        problems.push({
          path: 'detectionTuning.organizationAccountIds',
          received: accounts[role],
          expected: `expected the list to include accounts.${role}: it is every account of the organization`,
        });
      }
    }
  }
  return problems;
}

function duplicateAccounts(raw: Raw): ConfigProblem[] {
  const accounts = isRecord(raw.accounts) ? raw.accounts : {};
  const problems: ConfigProblem[] = [];
  ROLES.forEach((role, index) => {
    const earlier = ROLES.slice(0, index).find((other) => typeof accounts[role] === 'string' && accounts[other] === accounts[role]);
    if (earlier !== undefined) {
      problems.push({
        path: `accounts.${role}`,
        received: accounts[role],
        expected: `expected an account different from accounts.${earlier}: each role needs its own account`,
      });
    }
  });
  return problems;
}

function regionProblems(raw: Raw): ConfigProblem[] {
  if (!Array.isArray(raw.governedRegions)) {
    return [];
  }
  const regions: unknown[] = raw.governedRegions;
  const problems: ConfigProblem[] = regions.flatMap((region, index) =>
    regions.indexOf(region) < index
      ? [{ path: `governedRegions[${index}]`, received: region, expected: 'expected each Region once: it is listed twice' }]
      : [],
  );
  if (typeof raw.homeRegion === 'string' && !regions.includes(raw.homeRegion)) {
    problems.push({
      path: 'homeRegion',
      received: raw.homeRegion,
      expected: `expected one of governedRegions (${regions.join(', ')}): the home Region must be governed`,
    });
  }
  return problems;
}

function bucketNameProblems(raw: Raw): ConfigProblem[] {
  if (typeof raw.namePrefix !== 'string' || raw.namePrefix === '') {
    return [];
  }
  // Placeholders stand in for invalid fields so the prefix is judged on its own.
  const accounts = isRecord(raw.accounts) ? raw.accounts : {};
  const logArchive = typeof accounts.logArchive === 'string' && /^\d{12}$/.test(accounts.logArchive) ? accounts.logArchive : '000000000000';
  const names = new TrailguardNames({
    namePrefix: raw.namePrefix,
    partition: 'aws',
    homeRegion: typeof raw.homeRegion === 'string' ? raw.homeRegion : 'ap-southeast-2',
    organizationId: 'o-placeholder',
    accounts: { management: '000000000000', logArchive, security: '000000000000' },
  });
  const longest = [...names.allBucketNames].sort((a, b) => b.length - a.length)[0];
  if (longest.length > MAX_BUCKET_NAME) {
    const allowed = raw.namePrefix.length - (longest.length - MAX_BUCKET_NAME);
    return [{
      path: 'namePrefix',
      received: raw.namePrefix,
      expected: `expected at most ${allowed} characters: it makes the bucket name "${longest}" ${longest.length} characters long, and S3 allows ${MAX_BUCKET_NAME}`,
    }];
  }
  const invalid = names.allBucketNames.find((name) => !isS3BucketName(name));
  return invalid === undefined
    ? []
    : [{ path: 'namePrefix', received: raw.namePrefix, expected: `expected a prefix that makes valid S3 bucket names, but it makes "${invalid}"` }];
}

/** A principal of another partition could never assume a role in this one. */
function principalPartitionProblems(raw: Raw): ConfigProblem[] {
  const partition = raw.partition ?? 'aws';
  if (typeof partition !== 'string') {
    return [];
  }
  return (['investigatorPrincipals', 'deployerPrincipals'] as const).flatMap((field) => {
    const list = raw[field];
    return !Array.isArray(list) ? [] : list.flatMap((arn: unknown, index) => {
      const arnPartition = typeof arn === 'string' ? /^arn:([a-z-]+):/.exec(arn)?.[1] : undefined;
      return arnPartition === undefined || arnPartition === partition
        ? []
        : [{ path: `${field}[${index}]`, received: arn, expected: `expected an ARN in the configured partition "${partition}" (see partition), not "${arnPartition}"` }];
    });
  });
}

/** The same check the AlertSubscriptionsVariable construct makes, reported with the others instead of thrown at synth. */
function alertSubscriptionProblems(raw: Raw): ConfigProblem[] {
  if (!Array.isArray(raw.alertSubscriptions)) return [];
  return raw.alertSubscriptions.flatMap((subscription: unknown, index) => {
    // A wrong protocol is the schema's to report; here only the endpoint of a known protocol.
    if (!isRecord(subscription) || (subscription.protocol !== 'email' && subscription.protocol !== 'https') || typeof subscription.endpoint !== 'string') return [];
    return subscriptionProblems(subscription as unknown as AlertSubscription).map((problem) => ({
      path: `alertSubscriptions[${index}].${problem.field}`,
      received: problem.received,
      expected: problem.expected,
    }));
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { TrailguardNames } from '../naming/names';
import type { ConfigProblem } from './config-error';

const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const MAX_BUCKET_NAME = 63;
const ROLES = ['management', 'logArchive', 'security'] as const;

type Raw = Record<string, unknown>;

/**
 * Checks that span several fields. It reads the raw input defensively, so it reports
 * alongside the per-field problems instead of waiting for them to be fixed first.
 */
export function relationProblems(raw: Raw): ConfigProblem[] {
  return [...duplicateAccounts(raw), ...regionProblems(raw), ...bucketNameProblems(raw), ...principalPartitionProblems(raw)];
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
  const invalid = names.allBucketNames.find((name) => !S3_BUCKET_NAME.test(name) || name.includes('..'));
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { z } from 'zod';
import { PURPOSES } from '../profiles/purposes';
import {
  FINDING_FREQUENCIES,
  GUARDDUTY_FEATURES,
  OBJECT_LOCK_MODES,
  S3_DATA_EVENT_SCOPES,
} from '../profiles/settings-table';
import { KNOWN_REGIONS } from './regions';

// Each message says what is allowed; the loader prefixes the path and the value received.
const accountId = z.string({ error: 'expected a 12-digit AWS account id' }).regex(/^\d{12}$/, 'expected a 12-digit AWS account id');
const region = z.string({ error: 'expected a Region name' }).refine((value) => KNOWN_REGIONS.includes(value), {
  message: `expected a commercial Region, one of: ${KNOWN_REGIONS.join(', ')}`,
});
const roleName = z
  .string({ error: 'expected an IAM role name' })
  .regex(/^[\w+=,.@-]{1,64}$/, 'expected an IAM role name: 1-64 of letters, digits and +=,.@_-');
// The investigator trust policy requires aws:MultiFactorAuthPresent = true. MFA devices belong
// to IAM users and account roots, which present a code to AssumeRole or GetSessionToken; a
// role has none, and AWS does not document MFA context carrying over when one role session
// assumes another, so a role named here might never get in. The partition is checked
// against `partition` in relations.ts.
const investigatorPrincipal = z
  .string({ error: 'expected an IAM user or account-root ARN' })
  .regex(/^arn:[a-z-]+:iam::\d{12}:(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+)$/, 'expected an IAM user or account-root ARN (arn:<partition>:iam::<account>:user/<name> or :root)')
  .refine((arn) => !/^arn:[a-z-]+:iam::\d{12}:role\//.test(arn), {
    message:
      'expected an IAM user or account-root ARN, not a role: the role is assumable only with MFA (aws:MultiFactorAuthPresent), and a role has no MFA device to present; name the account root to let that account\'s IAM policies choose who may assume it with MFA',
  });
// Who may assume the member accounts' deployment roles, as `aws:PrincipalArn` matches them. The
// account is always named: a wildcard account would let a role of that name in any account in.
const deployerPrincipal = z
  .string({ error: 'expected an IAM role, user or account-root ARN' })
  .regex(
    /^arn:[a-z-]+:iam::\d{12}:(root|role\/[\w+=,.@/*-]+|user\/[\w+=,.@/*-]+)$/,
    'expected an IAM role, user or account-root ARN with a 12-digit account (arn:<partition>:iam::<account>:role/<name>, :user/<name> or :root; "*" may stand for part of a name, never for the account)',
  );
const purpose = z.enum(PURPOSES, { error: `expected one of: ${PURPOSES.join(', ')}` });
const retentionDays = z.number({ error: 'expected a whole number of days' }).int('expected a whole number of days').min(1).max(36500);

const purposeList = z
  .array(purpose, { error: `expected a list of purposes from: ${PURPOSES.join(', ')}` })
  .min(1, `expected at least one of: ${PURPOSES.join(', ')}`)
  .refine((list) => new Set(list).size === list.length, { message: 'expected each purpose at most once' });

/** Values a configuration may set per purpose, instead of the table's defaults. */
const settingOverrides = z
  .object({
    s3DataEvents: z.enum(S3_DATA_EVENT_SCOPES),
    lambdaDataEvents: z.boolean(),
    insights: z.boolean(),
    cloudWatchLogsDelivery: z.boolean(),
    evidenceRetentionDays: retentionDays,
    infrequentAccessAfterDays: retentionDays.min(30, 'expected at least 30 days (S3 minimum for Standard-IA)'),
    glacierInstantRetrievalAfterDays: retentionDays,
    deepArchiveAfterDays: retentionDays,
    cloudWatchLogsRetentionDays: z.union(
      [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653].map((n) => z.literal(n)),
      { error: 'expected a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653)' },
    ),
    accessLogging: z.boolean(),
    accessLogRetentionDays: retentionDays,
    objectLockMode: z.enum(OBJECT_LOCK_MODES, { error: `expected one of: ${OBJECT_LOCK_MODES.join(', ')}` }),
    metricAlarms: z.boolean(),
    nearRealTimeRules: z.boolean(),
    guardDuty: z.boolean(),
    guardDutyFeatures: z.array(z.enum(GUARDDUTY_FEATURES, { error: `expected one of: ${GUARDDUTY_FEATURES.join(', ')}` })),
    findingPublishingFrequency: z.enum(FINDING_FREQUENCIES, { error: `expected one of: ${FINDING_FREQUENCIES.join(', ')}` }),
    queryTooling: z.boolean(),
    networkTraces: z.boolean(),
    networkTraceRetentionDays: retentionDays,
  })
  .partial()
  .strict();

const alertSubscription = z.strictObject({
  protocol: z.enum(['email', 'https'], { error: 'expected "email" or "https"' }),
  // Which endpoint suits which protocol is checked in relations.ts, with the construct's own rule.
  endpoint: z.string({ error: 'expected an email address or https URL' }),
});

// `userIdentity.arn` of the pipelines and deployers a rule ignores: EventBridge wildcards, `*` any run.
const principalArnPattern = z
  .string({ error: 'expected a principal ARN pattern' })
  .regex(/^arn:[a-z*-]+:(iam|sts)::[\d*]+:[\w+=,.@/*:-]+$/, 'expected a principal ARN pattern: arn:<partition>:iam|sts::<account>:<name>, with "*" as a wildcard')
  .refine((p) => !p.includes('**'), { message: 'expected no "**" (EventBridge wildcards reject consecutive *)' });

/** Plan-time tuning of the near-real-time rules (`detections/types.ts` DetectionTuning). */
const detectionTuning = z.strictObject({
  organizationAccountIds: z.array(accountId, { error: 'expected a list of 12-digit AWS account ids' }).min(1, 'expected at least one account id, or leave the field out').optional(),
  exclusions: z.record(z.string(), z.array(principalArnPattern, { error: 'expected a list of principal ARN patterns' })).optional(),
});

export const trailguardConfigSchema = z.strictObject({
  organizationId: z
    .string({ error: 'expected an organization id like o-a1b2c3d4e5' })
    .regex(/^o-[a-z0-9]{10,32}$/, 'expected an organization id: "o-" then 10-32 lowercase letters or digits'),
  organizationRootId: z
    .string({ error: 'expected a root id like r-a1b2' })
    .regex(/^r-[0-9a-z]{4,32}$/, 'expected a root id: "r-" then 4-32 lowercase letters or digits'),
  partition: z.enum(['aws'], { error: 'expected "aws" (other partitions are not supported yet)' }).default('aws'),
  accounts: z.strictObject({ management: accountId, logArchive: accountId, security: accountId }),
  homeRegion: region,
  governedRegions: z.array(region, { error: 'expected a list of Regions' }).min(1, 'expected at least one Region'),
  purposeProfiles: purposeList,
  namePrefix: z
    .string({ error: 'expected a name prefix' })
    .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, 'expected lowercase letters, digits and hyphens, starting and ending with a letter or digit'),
  breakGlassRoleName: roleName,
  deploymentRoles: z.strictObject({ management: roleName, logArchive: roleName, security: roleName }),
  deployerPrincipals: z
    .array(deployerPrincipal, { error: 'expected a list of IAM role, user or account-root ARNs' })
    .min(1, 'expected at least one principal: an empty list would lock every deployer out of the deployment roles')
    .optional(),
  investigatorPrincipals: z.array(investigatorPrincipal, { error: 'expected a list of IAM user or account-root ARNs' }).default([]),
  guardrailTargets: z
    .array(z.string().regex(/^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/, 'expected a root id (r-…) or an OU id (ou-…)'))
    .optional(),
  alertSubscriptions: z.array(alertSubscription).default([]),
  profileOverrides: z.partialRecord(purpose, settingOverrides).default({}),
  manageTrustedAccess: z.boolean({ error: 'expected true or false' }).default(false),
  detectionTuning: detectionTuning.default({}),
  // The read-only role `trailguard verify` assumes in each account; created only when named.
  verifierRoleName: roleName.optional(),
  // The role `trailguard drill` assumes; the only principal the central buses accept trailguard.drill events from.
  drillRoleName: roleName.optional(),
  // Required (non-empty) with drillRoleName: see operatorTrustProblems in relations.ts.
  verifierPrincipals: z
    .array(z.string().regex(/^arn:[a-z-]+:iam::\d{12}:(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+)$/, 'expected an IAM role, user or account-root ARN'), {
      error: 'expected a list of IAM role, user or account-root ARNs',
    })
    .default([]),
});

export type TrailguardConfigInput = z.input<typeof trailguardConfigSchema>;
export type ParsedConfig = z.output<typeof trailguardConfigSchema>;

// Where each technique rule must fire on the corpus (stratus-red-team/ excluded: it is the held-out
// measuring stick). Written from the records: Panther's own verdict (`panther_expected` in
// panther-analysis/index.jsonl) for the matching Panther rule where there is one, else the record
// read against the rule's intent; constructed-api-reference/index.jsonl says what each built record is for.
//
// `positives` are attacks or attempts the rule is for. `falsePositives` are benign records it also
// fires on: the documented false-positive profile, counted in docs/coverage.md. Failed calls count
// as positives for attack-shaped rules (sharing, blinding, tampering: an attempt is hostile) and as
// false positives for change-tracking rules (iam-policy-changes, iam-user-created), where nothing changed.
import type { DetectionTargets } from '../../detections';
import { TARGETS_A } from './expectations';

export interface TechniqueExpectation {
  readonly positives: readonly string[];
  readonly falsePositives: readonly string[];
}

/** Target set A plus the forwarder names, so the forwarder watcher exists. */
export const TECHNIQUE_TARGETS: DetectionTargets = { ...TARGETS_A, forwarderRuleNamePrefix: 'tg-a-fwd-', forwarderStackSetName: 'tg-a-event-forwarders' };

const P = 'panther-analysis/';
const PN = `${P}other_negative_controls.jsonl:`;
const PU = `${P}unauthorized_calls.jsonl:`;
const C = 'constructed-api-reference/technique_positives.jsonl:';

export const TECHNIQUE_EXPECTATIONS: Readonly<Record<string, TechniqueExpectation>> = {
  'iam-policy-changes': {
    positives: [
      ...[1, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16].map((n) => `${P}iam_policy_changes.jsonl:${n}`),
      ...[20, 21, 22, 34].map((n) => `${P}root_usage.jsonl:${n}`), `${C}5`, 'constructed-api-reference/technique_near_misses.jsonl:19',
    ],
    falsePositives: [`${P}iam_policy_changes.jsonl:2`, `${P}iam_policy_changes.jsonl:10`], // failed changes (NoSuchEntity)
  },
  'role-trust-opened': { positives: ['awsdocs-aws-cloudtrail-user-guide/other_negative_controls.jsonl:8', `${PN}86`, `${C}4`], falsePositives: [] },
  'new-administrator': { positives: [`${P}iam_policy_changes.jsonl:3`, `${P}iam_policy_changes.jsonl:5`, `${C}5`], falsePositives: [] },
  'access-key-for-user': {
    positives: [`${PN}105`, `${PN}106`, `${PN}107`, `${P}root_usage.jsonl:6`, `${P}root_usage.jsonl:23`],
    falsePositives: [`${PN}104`], // user1 creating a key for user1
  },
  'login-profile-changed': { positives: [`${PN}25`, `${C}6`], falsePositives: [`${PN}24`, `${PN}288`] }, // own password; helpdesk reset
  'iam-user-created': {
    positives: ['awsdocs-aws-cloudtrail-user-guide/other_negative_controls.jsonl:6', `${PN}90`, `${PN}92`, `${PN}94`, `${P}root_usage.jsonl:19`, `${P}root_usage.jsonl:33`],
    falsePositives: [`${PN}91`, `${PN}93`, `${PN}96`], // created by CloudFormation; by an approved role pattern; failed
  },
  'federation-token-issued': { positives: [`${C}1`], falsePositives: [] },
  'identity-provider-changed': { positives: [`${PN}245`, `${PN}248`, `${C}3`], falsePositives: [`${PN}249`] }, // IAM Identity Center's own provider
  'mfa-device-removed': { positives: [`${C}29`], falsePositives: [] },
  'security-group-open-to-internet': { positives: [`${P}security_group_changes.jsonl:4`, `${C}30`], falsePositives: [] }, // 0.0.0.0/16 and 127.0.0.1/32 do not fire
  'roles-anywhere-trust-changed': { positives: [`${C}2`], falsePositives: [] },
  'secrets-read-in-bulk-or-by-key': { positives: [`${PN}250`, `${PN}251`, `${PN}253`, `${C}9`], falsePositives: [`${PN}252`] }, // a filtered batch read
  'parameters-decrypted-by-key': { positives: [`${C}7`, `${C}8`], falsePositives: [] },
  'ec2-password-data-read': { positives: [`${PN}52`, `${PU}7`], falsePositives: [] },
  'ami-shared-outside': { positives: [`${PN}7`, `${PN}11`, `${PU}1`], falsePositives: [`${PN}10`] }, // "bob" is no account
  'snapshot-shared-outside': { positives: [`${PN}261`, `${PN}263`, `${PN}264`], falsePositives: [] },
  'db-snapshot-shared-outside': { positives: [`${PN}195`, `${C}24`], falsePositives: [] },
  'bucket-opened-outside': { positives: [`${P}s3_bucket_policy_changes.jsonl:4`, `${P}s3_bucket_policy_changes.jsonl:7`, `${PU}24`], falsePositives: [] },
  'kms-grant-outside': { positives: [`${C}10`], falsePositives: [] },
  'lambda-exposed-outside': { positives: [`${C}11`, `${C}12`], falsePositives: [] },
  'any-trail-tampering': {
    positives: [
      'awsdocs-aws-cloudtrail-user-guide/cloudtrail_changes.jsonl:1', ...[3, 5, 7, 8, 9, 10, 11].map((n) => `${P}cloudtrail_changes.jsonl:${n}`), `${P}root_usage.jsonl:17`,
    ],
    falsePositives: [`${P}cloudtrail_changes.jsonl:4`], // event selectors widened, not narrowed
  },
  'trail-bucket-short-expiry': { positives: [`${P}s3_bucket_policy_changes.jsonl:1`], falsePositives: [] },
  'network-logs-deleted': { positives: [`${PN}44`, `${PN}289`], falsePositives: [] },
  'guardduty-weakened': { positives: [`${C}16`], falsePositives: [] },
  'config-stopped': {
    positives: ['awsdocs-aws-config-developer-guide/config_changes.jsonl:1', 'awsdocs-aws-config-developer-guide/config_changes.jsonl:4', `${P}config_changes.jsonl:2`, `${P}config_changes.jsonl:4`],
    falsePositives: [],
  },
  'security-tooling-disabled': { positives: [`${C}14`, `${C}15`], falsePositives: [] },
  'lambda-layer-added': { positives: [`${C}13`], falsePositives: [] },
  'lambda-code-by-long-term-key': { positives: [`${PN}132`], falsePositives: [] },
  'instance-user-data-modified': { positives: [`${PN}62`], falsePositives: [] },
  'remote-command-on-instance': { positives: [`${PN}272`, `${PN}273`, `${C}19`], falsePositives: [] },
  'instance-connect-key-pushed': { positives: [`${PN}58`, `${PU}8`, `${C}18`], falsePositives: [] },
  'serial-console-enabled': { positives: [`${C}17`], falsePositives: [] },
  'unusual-instance-launched': { positives: [`${PN}50`, `${PN}306`, `${PU}5`], falsePositives: [] },
  'instance-user-data-read': { positives: [`${PN}45`, `${PU}4`], falsePositives: [`${PN}46`] }, // a security scanner
  'email-sending-probed': { positives: [`${PN}30`, `${PN}32`, `${PN}33`], falsePositives: [`${PN}31`] }, // Trusted Advisor
  's3-sse-c-upload': { positives: [`${PN}212`, `${C}23`], falsePositives: [] },
  'backups-destroyed': { positives: [`${C}20`], falsePositives: [] },
  'bedrock-model-access-enabled': { positives: [`${C}21`, `${C}22`], falsePositives: [] },
  'guardrail-action-denied': {
    positives: [`${P}organizations_changes.jsonl:1`, `${P}s3_bucket_policy_changes.jsonl:7`, ...[2, 24, 29, 30, 31, 32].map((n) => `${PU}${n}`)],
    falsePositives: [],
  },
  'forwarder-tampering': { positives: [`${C}25`, `${C}26`, `${C}27`], falsePositives: [] },
};

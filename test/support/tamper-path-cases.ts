import {
  CENTRAL_BUS_PUT_ACTIONS,
  EVENT_BUS_PERMISSION_ACTIONS,
  GUARDRAIL_POLICY_TAG_ACTIONS,
  GUARDRAIL_POLICY_TAMPERING_ACTIONS,
  ROLE_ASSUMPTION_ACTIONS,
  ROLE_TAMPERING_ACTIONS,
} from '../../policies/guardrail-actions';
import type { Attack, Caller } from './guardrail-simulation';
import type { PathCase, TamperPathWorld } from './tamper-paths';

// The cases, written out action by action rather than read from the lists under test
// where the issue names them, so a list that loses an entry fails here.
const REPLICATION = ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags', 's3:ObjectOwnerOverrideToBucketOwner'];
const OBJECT_TAGGING = ['s3:PutObjectTagging', 's3:PutObjectVersionTagging'];
const RULE_ACTIONS = ['events:DisableRule', 'events:DeleteRule', 'events:RemoveTargets', 'events:PutTargets', 'events:PutRule'];
const BUS_ACTIONS = ['events:DeleteEventBus', 'events:UpdateEventBus'];
const TOPIC_ACTIONS = ['sns:DeleteTopic', 'sns:Unsubscribe', 'sns:SetSubscriptionAttributes', 'sns:SetTopicAttributes', 'sns:PutDataProtectionPolicy', 'sns:RemovePermission'];
const KEY_ACTIONS = ['kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy'];

/** Every path of the issue, by class: each must be allowed without guardrails and denied with them. */
export function deniedPaths(w: TamperPathWorld): PathCase[] {
  const { names, accounts: a, callers: c, arns, policies, region } = w;
  const buckets = [
    { label: 'evidence', arn: names.evidenceBucketArn, policy: policies.evidenceBucket },
    { label: 'access-log', arn: names.accessLogBucketArn, policy: policies.accessLogBucket },
  ];
  const onLogArchive = (caller: Caller, action: string, resource: string, policy: Attack['resourcePolicy']): Attack =>
    ({ caller, action, resource, resourceAccountId: a.LA, resourcePolicy: policy });
  const replicators: [string, Caller][] = [
    ['a log-archive administrator', c.admin(a.LA)],
    ['a replication role of a workload account', c.role(a.WORKLOAD, 's3-replication')],
    ['the management account\'s administrator', c.admin(a.MGMT)],
  ];
  const layersFor = (caller: Caller): PathCase['aloneDeniedBy'] =>
    caller.kind === 'role' && caller.accountId === a.MGMT ? ['rcps', 'resource'] : ['scps', 'rcps', 'resource'];

  const class1: PathCase[] = buckets.flatMap(({ label, arn, policy }) => REPLICATION.flatMap((action) =>
    replicators.flatMap(([who, caller]) => [arns.evidenceObject(arn), arns.digestObject(arn)].map((object, i) => ({
      tamperClass: 1 as const,
      name: `${who}: ${action} over a ${i === 0 ? 'log' : 'digest'} file in the ${label} bucket`,
      attack: onLogArchive(caller, action, object, policy),
      aloneDeniedBy: layersFor(caller),
    })))));

  const class2: PathCase[] = [
    ...buckets.flatMap(({ label, arn, policy }) => [c.admin(a.LA), c.admin(a.MGMT)].map((caller) => ({
      tamperClass: 2 as const,
      name: `${caller.kind === 'role' && caller.accountId === a.MGMT ? 'management' : 'log-archive'} admin: s3:PutBucketRequestPayment on the ${label} bucket`,
      attack: onLogArchive(caller, 's3:PutBucketRequestPayment', arn, policy),
      aloneDeniedBy: layersFor(caller),
    }))),
    ...buckets.flatMap(({ label, arn, policy }) => OBJECT_TAGGING.flatMap((action) => [c.admin(a.LA), c.admin(a.MGMT)].map((caller) => ({
      tamperClass: 2 as const,
      name: `${caller.kind === 'role' && caller.accountId === a.MGMT ? 'management' : 'log-archive'} admin: ${action} on a log file in the ${label} bucket`,
      attack: onLogArchive(caller, action, arns.evidenceObject(arn), policy),
      aloneDeniedBy: layersFor(caller),
    })))),
  ];

  const deploymentRoles = [
    { label: 'security', account: a.SEC, roleName: w.config.deploymentRoles.security },
    { label: 'log-archive', account: a.LA, roleName: w.config.deploymentRoles.logArchive },
  ];
  const class3: PathCase[] = [
    ...deploymentRoles.flatMap(({ label, account, roleName }) => ROLE_TAMPERING_ACTIONS.map((action) => ({
      tamperClass: 3 as const,
      name: `a ${label} admin: ${action} on the ${label} deployment role`,
      attack: { caller: c.admin(account), action, resource: names.roleArn(account, roleName), resourceAccountId: account },
    }))),
    ...deploymentRoles.flatMap(({ label, account, roleName }) => ROLE_ASSUMPTION_ACTIONS.flatMap((action) =>
      ([['a security admin', c.admin(a.SEC)], ['a workload admin', c.admin(a.WORKLOAD)], ['a management role that is not a deployer', c.admin(a.MGMT)],
        ['an outsider', c.admin(a.OUTSIDER)]] as [string, Caller][]).map(([who, caller]) => ({
        tamperClass: 3 as const,
        name: `${who}: ${action} into the ${label} deployment role`,
        attack: { caller, action, resource: names.roleArn(account, roleName), resourceAccountId: account },
        // The RCP binds every caller of a member-account role; the SCP only member principals.
        aloneDeniedBy: caller.kind === 'role' && (caller.accountId === a.MGMT || caller.accountId === a.OUTSIDER) ? ['rcps'] as const : ['scps', 'rcps'] as const,
      })))),
    ...deploymentRoles.map(({ label, account, roleName }) => ({
      tamperClass: 3 as const,
      name: `a web identity (OIDC): sts:AssumeRoleWithWebIdentity into the ${label} deployment role`,
      attack: { caller: { kind: 'federated', accountId: account, provider: 'token.actions.githubusercontent.com' }, action: 'sts:AssumeRoleWithWebIdentity', resource: names.roleArn(account, roleName), resourceAccountId: account },
      // SCPs bind no federated identity; the RCP binds it, having no aws:PrincipalArn to match an exemption.
      aloneDeniedBy: ['rcps'],
    }) as PathCase),
  ];

  const secAdmin = c.admin(a.SEC);
  const inSecurity = (action: string, resource: string, resourcePolicy?: Attack['resourcePolicy'], context?: Attack['context']): Attack =>
    ({ caller: secAdmin, action, resource, resourceAccountId: a.SEC, resourcePolicy, context });
  const keyContext = { 'kms:ResourceAliases': [names.alertKeyAliasName] };
  const regions = w.config.governedRegions;
  const class4: PathCase[] = [
    ...regions.flatMap((r) => ['root-activity', 'org-trail-tampering', 'metric-alarm'].flatMap((id) => RULE_ACTIONS.map((action) => ({
      tamperClass: 4 as const, name: `security admin: ${action} on the central rule ${id} in ${r}`, attack: inSecurity(action, arns.centralRule(r, id)),
    })))),
    ...regions.flatMap((r) => BUS_ACTIONS.map((action) => ({
      tamperClass: 4 as const, name: `security admin: ${action} on the central bus in ${r}`, attack: inSecurity(action, names.centralEventBusArn(r)),
    }))),
    ...EVENT_BUS_PERMISSION_ACTIONS.map((action) => ({
      tamperClass: 4 as const, name: `security admin: ${action} (rewrites the central bus's policy)`, attack: inSecurity(action, '*'),
    })),
    ...regions.flatMap((r) => TOPIC_ACTIONS.map((action) => ({
      tamperClass: 4 as const, name: `security admin: ${action} on the alert topic in ${r}`,
      attack: inSecurity(action, names.alertTopicArn(r), r === region ? policies.alertTopic : undefined),
    }))),
    ...regions.flatMap((r) => KEY_ACTIONS.map((action) => ({
      tamperClass: 4 as const, name: `security admin: ${action} on the alert topic's key in ${r}`,
      attack: inSecurity(action, arns.alertKey(r), r === region ? policies.alertKey : undefined, keyContext),
      aloneDeniedBy: r === region ? ['scps', 'rcps', 'resource'] as const : ['scps', 'rcps'] as const,
    }))),
    ...KEY_ACTIONS.flatMap((action) => [c.admin(a.MGMT), c.admin(a.OUTSIDER)].map((caller) => ({
      tamperClass: 4 as const, name: `${caller.kind === 'role' && caller.accountId === a.MGMT ? 'management admin' : 'outsider'} granted the key: ${action} on the alert topic's key`,
      attack: { ...inSecurity(action, arns.alertKey(region), policies.alertKey, keyContext), caller },
      aloneDeniedBy: ['rcps', 'resource'] as const,
    }))),
    ...['kms:DeleteAlias', 'kms:UpdateAlias'].map((action) => ({
      tamperClass: 4 as const, name: `security admin: ${action} on the alert key's alias`, attack: inSecurity(action, arns.alertKeyAlias(region)),
    })),
    ...([['guardduty:UpdatePublishingDestination', arns.publishingDestination], ['guardduty:ArchiveFindings', '*'],
      ['guardduty:CreateFilter', arns.filter], ['guardduty:UpdateFilter', arns.filter]] as const).map(([action, resource]) => ({
      tamperClass: 4 as const, name: `security admin: ${action}`, attack: inSecurity(action, resource),
    })),
    ...([['guardduty:ArchiveFindings', '*'], ['guardduty:CreateFilter', arns.filter]] as const).map(([action, resource]) => ({
      tamperClass: 4 as const, name: `the security deployment role: ${action}, which nothing it deploys needs`,
      attack: { ...inSecurity(action, resource), caller: c.securityDeployer },
    })),
  ];

  const busPutters: [string, Caller][] = [
    ['a security admin', secAdmin], ['a log-archive admin', c.admin(a.LA)], ['a workload admin', c.admin(a.WORKLOAD)],
    ['a workload role that is not a forwarder', c.role(a.WORKLOAD, 'app-events')],
  ];
  const class5: PathCase[] = [
    ...regions.flatMap((r) => CENTRAL_BUS_PUT_ACTIONS.flatMap((action) => busPutters.map(([who, caller]) => ({
      tamperClass: 5 as const, name: `${who}: ${action} of a forged event on the central bus in ${r}`,
      attack: { caller, action, resource: names.centralEventBusArn(r), resourceAccountId: a.SEC, resourcePolicy: r === region ? policies.centralBus : undefined },
      aloneDeniedBy: r === region ? ['scps', 'resource'] as const : ['scps'] as const,
    })))),
    ...[c.admin(a.WORKLOAD), c.admin(a.SEC)].map((caller) => ({
      tamperClass: 5 as const, name: `a ${caller.kind === 'role' && caller.accountId === a.SEC ? 'security' : 'workload'} admin: iam:PassRole of the forwarding role to a rule of their own`,
      attack: { caller, action: 'iam:PassRole', resource: names.roleArn((caller as { accountId: string }).accountId, names.memberForwarderRoleName(region)), resourceAccountId: (caller as { accountId: string }).accountId },
    })),
  ];

  const tagged = { [`aws:ResourceTag/${names.guardrailPolicyTag.key}`]: names.guardrailPolicyTag.value };
  const delegatedAdmins: Caller[] = [c.admin(a.SEC), c.admin(a.WORKLOAD)];
  const class6: PathCase[] = (['service_control_policy', 'resource_control_policy'] as const).flatMap((type) => [
    ...GUARDRAIL_POLICY_TAMPERING_ACTIONS.flatMap((action) => delegatedAdmins.map((caller) => ({
      tamperClass: 6 as const, name: `a delegated administrator in ${(caller as { accountId: string }).accountId}: ${action} on a trailguard ${type}`,
      attack: { caller, action, resource: arns.guardrailPolicy(type), resourceAccountId: a.MGMT, context: tagged },
    }))),
    ...GUARDRAIL_POLICY_TAG_ACTIONS.map((action) => ({
      tamperClass: 6 as const, name: `a delegated administrator: ${action} of the guardrail tag on a ${type}`,
      attack: { caller: c.admin(a.SEC), action, resource: arns.guardrailPolicy(type), resourceAccountId: a.MGMT, context: { ...tagged, 'aws:TagKeys': [names.guardrailPolicyTag.key] } },
    })),
  ]);
  return [...class1, ...class2, ...class3, ...class4, ...class5, ...class6];
}

/**
 * The same request from a break-glass role: it keeps its access. The resource account's own
 * break-glass role, since bucket, topic, key and bus policies exempt only that one; for the
 * organization's policies, which live in the management account, the caller's.
 */
export function asBreakGlass(w: TamperPathWorld, path: PathCase): PathCase | undefined {
  const { caller, resourceAccountId } = path.attack;
  const account = resourceAccountId === w.accounts.MGMT && caller.kind === 'role' ? caller.accountId : resourceAccountId;
  if (caller.kind === 'service' || account === w.accounts.MGMT || account === w.accounts.OUTSIDER) return undefined;
  return { ...path, name: `break-glass instead of ${path.name}`, attack: { ...path.attack, caller: w.callers.breakGlass(account) } };
}

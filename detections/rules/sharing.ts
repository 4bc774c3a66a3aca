import type { DetectionTargets } from '../types';
import { apiCall, NOT_SERVICE_INVOKED, outsideAccounts, outsidePrincipalNotService } from './pattern-parts';
import type { LeafValue, OutsideAccounts, RuleDraft } from './pattern-parts';

/** Sharing outside the organization: images, snapshots, database snapshots, buckets, keys and functions. */
export function sharingRules(targets: DetectionTargets): RuleDraft[] {
  const outside = outsideAccounts(targets.tuning);
  const sharedWith = [{ userId: outside.accountId }, { group: ['all'] }];
  return [
    {
      id: 'ami-shared-outside',
      name: 'AMI launch permission given to another account or to everyone',
      severity: 'high',
      why: 'A shared image carries the instance\'s disk: data and secrets baked into it leave with the share.',
      runbook: 'Remove the launch permission (ModifyImageAttribute remove) and find out what the image holds and who asked for the share.',
      pattern: apiCall(['ec2.amazonaws.com'], { eventName: ['ModifyImageAttribute'], requestParameters: { launchPermission: { add: { items: { $or: sharedWith } } } } }),
      arrivesIn: 'every-region',
      techniqueClass: 'sharing',
      attack: { techniqueId: 'T1537', name: 'Transfer Data to Cloud Account' },
      falsePositives: 'Golden-image pipelines sharing to member accounts, unless the organization account list is configured.',
      outsideOrganization: outside.scope,
    },
    {
      id: 'snapshot-shared-outside',
      name: 'EBS snapshot createVolumePermission given to another account or to everyone',
      severity: 'high',
      why: 'Anyone with createVolumePermission can make a volume of the snapshot in their own account and read the disk.',
      runbook: 'Remove the permission (ModifySnapshotAttribute remove) and check whether the snapshot was already copied.',
      pattern: apiCall(['ec2.amazonaws.com'], { eventName: ['ModifySnapshotAttribute'], requestParameters: { createVolumePermission: { add: { items: { $or: sharedWith } } } } }),
      arrivesIn: 'every-region',
      techniqueClass: 'sharing',
      attack: { techniqueId: 'T1537', name: 'Transfer Data to Cloud Account' },
      falsePositives: 'Backup or DR copies to member accounts, unless the organization account list is configured.',
      outsideOrganization: outside.scope,
    },
    {
      id: 'db-snapshot-shared-outside',
      name: 'RDS or cluster snapshot restore attribute given to another account or to everyone',
      severity: 'high',
      why: 'The restore attribute lets the named accounts (or "all") restore the whole database in their own account.',
      runbook: 'Remove the account from the snapshot\'s restore attribute (valuesToRemove) and check for copies in the named account.',
      pattern: apiCall(['rds.amazonaws.com'], {
        eventName: ['ModifyDBSnapshotAttribute', 'ModifyDBClusterSnapshotAttribute'],
        requestParameters: { attributeName: ['restore'], valuesToAdd: [...outside.accountId, 'all'] },
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'sharing',
      attack: { techniqueId: 'T1537', name: 'Transfer Data to Cloud Account' },
      falsePositives: 'Cross-account restore tests, unless the organization account list is configured.',
      outsideOrganization: outside.scope,
    },
    {
      id: 'bucket-opened-outside',
      name: 'Bucket policy or ACL granting outside principals or everyone',
      severity: 'high',
      why:
        'An Allow to "*" without aws:PrincipalOrgID, to another account, or an ACL grant to AllUsers or AuthenticatedUsers opens the bucket. ' +
        'ACL grants to a canonical user id cannot be placed in or outside the organization, so they do not fire.',
      runbook: 'Restore the previous bucket policy or ACL and turn Block Public Access on; then check the access logs for reads since the change.',
      pattern: apiCall(['s3.amazonaws.com'], {
        $or: [
          {
            eventName: ['PutBucketPolicy'],
            requestParameters: {
              bucketPolicy: {
                Statement: {
                  Effect: ['Allow'],
                  $or: [
                    { Principal: ['*'], Condition: { StringEquals: { 'aws:PrincipalOrgID': [{ exists: false }] } } },
                    { Principal: { AWS: ['*'] }, Condition: { StringEquals: { 'aws:PrincipalOrgID': [{ exists: false }] } } },
                    { Principal: { AWS: bucketPrincipalOutside(outside) } },
                  ],
                },
              },
            },
          },
          {
            eventName: ['PutBucketAcl'],
            $or: [
              { requestParameters: { AccessControlPolicy: { AccessControlList: { Grant: { Grantee: { URI: [{ suffix: '/global/AllUsers' }, { suffix: '/global/AuthenticatedUsers' }] } } } } } },
              { requestParameters: { 'x-amz-acl': ['public-read', 'public-read-write', 'authenticated-read'] } },
            ],
          },
        ],
      }),
      // Bucket calls are recorded in the bucket's Region.
      arrivesIn: 'every-region',
      techniqueClass: 'sharing',
      attack: { techniqueId: 'T1537', name: 'Transfer Data to Cloud Account' },
      falsePositives: 'Public website buckets; cross-account readers in your own organization unless the account list is configured.',
      outsideOrganization: outside.scope,
    },
    {
      id: 'security-group-open-to-internet',
      name: 'Security group ingress opened to the whole internet',
      severity: 'medium',
      why: 'An ingress rule from 0.0.0.0/0 or ::/0 exposes every instance in the group; the CIS filter sees every security-group change, in minutes.',
      runbook: 'Check the port and the instances in the group; revoke the rule (RevokeSecurityGroupIngress) unless it fronts a public service.',
      pattern: apiCall(['ec2.amazonaws.com'], {
        eventName: ['AuthorizeSecurityGroupIngress'],
        requestParameters: {
          ipPermissions: { items: { $or: [{ ipRanges: { items: { cidrIp: ['0.0.0.0/0'] } } }, { ipv6Ranges: { items: { cidrIpv6: ['::/0'] } } }] } },
        },
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'sharing',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.007', name: 'Disable or Modify Cloud Firewall' },
      falsePositives: 'Public load balancers and web tiers.',
    },
    {
      id: 'kms-grant-outside',
      name: 'KMS grant to a principal of another account',
      severity: 'medium',
      why: 'A grant lets its grantee use the key without a key-policy change; to another account it is how encrypted data stays readable after it is shared.',
      runbook: 'Revoke the grant (RevokeGrant with the grantId in responseElements) unless the grantee is a known account.',
      pattern: apiCall(['kms.amazonaws.com'], {
        eventName: ['CreateGrant'],
        userIdentity: NOT_SERVICE_INVOKED,
        requestParameters: { granteePrincipal: outside.scope === 'account-list' ? outside.principal : [{ prefix: 'arn:' }] },
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'sharing',
      attack: { techniqueId: 'T1537', name: 'Transfer Data to Cloud Account' },
      falsePositives: 'Without the account list, every grant to an ARN fires; AWS services\' own grants (invokedBy set) never do.',
      outsideOrganization: outside.scope,
    },
    {
      id: 'lambda-exposed-outside',
      name: 'Lambda function or layer permission to everyone or another account, or a public function URL',
      severity: 'high',
      why: 'A resource policy allowing "*" or a stranger\'s account lets them invoke (or read) the function: a backdoor that needs no credentials of yours.',
      runbook: 'Remove the statement (RemovePermission / RemoveLayerVersionPermission, or delete the URL config) and review what the function can reach.',
      pattern: apiCall(['lambda.amazonaws.com'], {
        $or: [
          { eventName: [{ prefix: 'AddPermission' }, { prefix: 'AddLayerVersionPermission' }], requestParameters: { principal: outsidePrincipalNotService(outside), principalOrgID: [{ exists: false }] } },
          { eventName: [{ prefix: 'CreateFunctionUrlConfig' }, { prefix: 'UpdateFunctionUrlConfig' }], requestParameters: { authType: ['NONE'] } },
        ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'sharing',
      attack: { techniqueId: 'T1546', name: 'Event Triggered Execution' },
      falsePositives: 'Public APIs behind function URLs; cross-account invokers in your organization unless the account list is configured.',
      outsideOrganization: outside.scope,
    },
  ];
}

/** An AWS principal of a bucket policy outside the organization; "*" is judged with its PrincipalOrgID condition instead. */
function bucketPrincipalOutside(outside: OutsideAccounts): LeafValue[] {
  if (outside.scope === 'any-other-account') return [{ 'anything-but': '*' }];
  return [{ 'anything-but': { wildcard: [...outside.organizationPrincipals, '\\*'] } }];
}

import { CIS_METRIC_FILTERS, metricFilterDefinitions } from '../../detections';
import { compileFilterPattern } from '../../patterns/filter-pattern';
import { VOLUME_METRIC_FILTERS } from '../../detections/volume-filters';
import { IAM_POLICY_CHANGE_EVENTS } from '../../detections/watched-actions';
import { corpusRecord } from '../support/corpus';
import { TARGETS_A, TARGETS_B } from './expectations';

// A second, independent copy of the Security Hub texts (ANCHORS.md): Security Hub fails any other
// text, so an accidental edit to cis-filters.ts must break this test.
const SECURITY_HUB_TEXT: ReadonlyArray<readonly [string, string]> = [
  ['CloudWatch.1', "{$.userIdentity.type=\"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !=\"AwsServiceEvent\"}"],
  ['CloudWatch.2', "{($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")}"],
  ['CloudWatch.3', "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }"],
  ['CloudWatch.4', "{($.eventName=DeleteGroupPolicy) || ($.eventName=DeleteRolePolicy) || ($.eventName=DeleteUserPolicy) || ($.eventName=PutGroupPolicy) || ($.eventName=PutRolePolicy) || ($.eventName=PutUserPolicy) || ($.eventName=CreatePolicy) || ($.eventName=DeletePolicy) || ($.eventName=CreatePolicyVersion) || ($.eventName=DeletePolicyVersion) || ($.eventName=AttachRolePolicy) || ($.eventName=DetachRolePolicy) || ($.eventName=AttachUserPolicy) || ($.eventName=DetachUserPolicy) || ($.eventName=AttachGroupPolicy) || ($.eventName=DetachGroupPolicy)}"],
  ['CloudWatch.5', "{($.eventName=CreateTrail) || ($.eventName=UpdateTrail) || ($.eventName=DeleteTrail) || ($.eventName=StartLogging) || ($.eventName=StopLogging)}"],
  ['CloudWatch.6', "{($.eventName=ConsoleLogin) && ($.errorMessage=\"Failed authentication\")}"],
  ['CloudWatch.7', "{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}"],
  ['CloudWatch.8', "{($.eventSource=s3.amazonaws.com) && (($.eventName=PutBucketAcl) || ($.eventName=PutBucketPolicy) || ($.eventName=PutBucketCors) || ($.eventName=PutBucketLifecycle) || ($.eventName=PutBucketReplication) || ($.eventName=DeleteBucketPolicy) || ($.eventName=DeleteBucketCors) || ($.eventName=DeleteBucketLifecycle) || ($.eventName=DeleteBucketReplication))}"],
  ['CloudWatch.9', "{($.eventSource=config.amazonaws.com) && (($.eventName=StopConfigurationRecorder) || ($.eventName=DeleteDeliveryChannel) || ($.eventName=PutDeliveryChannel) || ($.eventName=PutConfigurationRecorder))}"],
  ['CloudWatch.10', "{($.eventName=AuthorizeSecurityGroupIngress) || ($.eventName=AuthorizeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress) || ($.eventName=RevokeSecurityGroupEgress) || ($.eventName=CreateSecurityGroup) || ($.eventName=DeleteSecurityGroup)}"],
  ['CloudWatch.11', "{($.eventName=CreateNetworkAcl) || ($.eventName=CreateNetworkAclEntry) || ($.eventName=DeleteNetworkAcl) || ($.eventName=DeleteNetworkAclEntry) || ($.eventName=ReplaceNetworkAclEntry) || ($.eventName=ReplaceNetworkAclAssociation)}"],
  ['CloudWatch.12', "{($.eventName=CreateCustomerGateway) || ($.eventName=DeleteCustomerGateway) || ($.eventName=AttachInternetGateway) || ($.eventName=CreateInternetGateway) || ($.eventName=DeleteInternetGateway) || ($.eventName=DetachInternetGateway)}"],
  ['CloudWatch.13', "{($.eventName=CreateRoute) || ($.eventName=CreateRouteTable) || ($.eventName=ReplaceRoute) || ($.eventName=ReplaceRouteTableAssociation) || ($.eventName=DeleteRouteTable) || ($.eventName=DeleteRoute) || ($.eventName=DisassociateRouteTable)}"],
  ['CloudWatch.14', "{($.eventName=CreateVpc) || ($.eventName=DeleteVpc) || ($.eventName=ModifyVpcAttribute) || ($.eventName=AcceptVpcPeeringConnection) || ($.eventName=CreateVpcPeeringConnection) || ($.eventName=DeleteVpcPeeringConnection) || ($.eventName=RejectVpcPeeringConnection) || ($.eventName=AttachClassicLinkVpc) || ($.eventName=DetachClassicLinkVpc) || ($.eventName=DisableVpcClassicLink) || ($.eventName=EnableVpcClassicLink)}"],
];

const EXAMPLE = {
  evidenceBucketNames: ['tg-org-trail-logs-111122223333', 'tg-org-trail-access-logs-111122223333'],
  logKeyAliasNames: ['alias/tg/cloudtrail-logs'],
  trailName: 'tg-org-trail',
  trailLogGroupName: '/tg/cloudtrail/organization',
  alarmNamePrefix: 'tg-',
};

describe('CIS metric filters', () => {
  it.each(SECURITY_HUB_TEXT)('%s has the exact Security Hub pattern text', (control, text) => {
    const filter = CIS_METRIC_FILTERS.find((f) => f.securityHubControl === control);
    expect(filter?.pattern).toBe(text);
  });

  it('covers CloudWatch.1 to CloudWatch.14 once each, plus the CIS Organizations filter', () => {
    expect(CIS_METRIC_FILTERS.map((f) => f.securityHubControl)).toEqual([...SECURITY_HUB_TEXT.map(([c]) => c), undefined]);
    expect(CIS_METRIC_FILTERS[14]).toMatchObject({ id: 'organizations-changes', cisControl: '1.4.0 4.15' });
    expect(CIS_METRIC_FILTERS[14].pattern).toContain('($.eventName = "LeaveOrganization")');
  });
});

describe('metricFilterDefinitions', () => {
  it.each([['example names', EXAMPLE], ['target set A', TARGETS_A], ['target set B', TARGETS_B]])(
    'gives parseable patterns of at most 1,024 characters for %s',
    (_name, targets) => {
      for (const f of metricFilterDefinitions(targets)) {
        expect(f.pattern.length).toBeLessThanOrEqual(1024);
        expect(() => compileFilterPattern(f.pattern)).not.toThrow();
      }
    },
  );

  it('gives stable, unique kebab-case ids and one-line runbooks', () => {
    const filters = metricFilterDefinitions(EXAMPLE);
    expect(filters.map((f) => f.id)).toEqual([
      'root-account-usage', 'unauthorized-api-calls', 'console-sign-in-without-mfa', 'iam-policy-changes',
      'cloudtrail-configuration-changes', 'console-authentication-failures', 'kms-key-disable-or-deletion',
      's3-bucket-policy-changes', 'config-changes', 'security-group-changes', 'nacl-changes', 'network-gateway-changes',
      'route-table-changes', 'vpc-changes', 'organizations-changes', 'evidence-bucket-changes', 'log-key-changes',
      'trail-log-group-tampering', 'guardrail-policy-changes',
      'bulk-object-deletions', 'bulk-snapshot-deletions', 'secrets-read-volume', 'discovery-burst-long-term-keys',
    ]);
    for (const f of filters) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.runbook).not.toContain('\n');
      expect(f.why.length).toBeGreaterThan(20);
    }
  });

  it('quotes the deployment names in the guardrail watchers', () => {
    const bucket = metricFilterDefinitions(EXAMPLE).find((f) => f.id === 'evidence-bucket-changes');
    expect(bucket?.pattern).toContain('($.requestParameters.bucketName="tg-org-trail-logs-111122223333")');
    const key = metricFilterDefinitions(EXAMPLE).find((f) => f.id === 'log-key-changes');
    expect(key?.pattern).toContain('($.requestParameters.aliasName="alias/tg/cloudtrail-logs")');
    const logGroup = metricFilterDefinitions(EXAMPLE).find((f) => f.id === 'trail-log-group-tampering');
    expect(logGroup?.pattern).toContain('($.requestParameters.logGroupName="/tg/cloudtrail/organization")');
    expect(logGroup?.pattern).toContain('($.requestParameters.alarmNames[0]="tg-*")');
  });

  it('scopes key-state changes to the log keys\' accounts by ARN prefix, as a wildcard', () => {
    const prefix = 'arn:aws:kms:eu-west-1:222222222222:key/';
    const key = metricFilterDefinitions({ ...EXAMPLE, logKeyArnPrefixes: [prefix] }).find((f) => f.id === 'log-key-changes');
    expect(key?.pattern).toContain(`($.resources[0].ARN="${prefix}*")`);
  });

  it('rejects targets whose watcher pattern would exceed 1,024 characters', () => {
    const many = { ...EXAMPLE, evidenceBucketNames: Array.from({ length: 6 }, (_, i) => `tg-org-trail-logs-bucket-number-${i}-111122223333`) };
    expect(() => metricFilterDefinitions(many)).toThrow(/longer than 1024 characters .*evidence-bucket-changes has 1\d{3}; watch fewer names per filter/);
  });

  it('rejects invalid targets, naming every problem at once', () => {
    expect(() =>
      metricFilterDefinitions({
        evidenceBucketNames: ['Bad_Bucket'], logKeyAliasNames: ['alias/aws/s3'], logKeyArns: ['key/1'],
        logKeyArnPrefixes: ['arn:aws:kms:eu-west-1:222222222222:key/1234'], trailName: 'x', trailLogGroupName: 'a b', alarmNamePrefix: '',
      }),
    ).toThrow(
      'invalid detection targets: evidenceBucketNames: "Bad_Bucket" is not an S3 bucket name; ' +
        'logKeyAliasNames: "alias/aws/s3" is not a customer alias name (alias/<name>, not alias/aws/...); ' +
        'logKeyArns: "key/1" is not a KMS key ARN; ' +
        'logKeyArnPrefixes: "arn:aws:kms:eu-west-1:222222222222:key/1234" is not arn:<partition>:kms:<region>:<account>:key/; ' +
        'trailName: "x" is not a CloudTrail trail name; trailLogGroupName: "a b" is not a CloudWatch Logs group name; ' +
        'alarmNamePrefix: "" is not a name prefix ending in "-"',
    );
  });

  it('rejects empty name lists', () => {
    expect(() => metricFilterDefinitions({ ...EXAMPLE, evidenceBucketNames: [], logKeyAliasNames: [] })).toThrow(
      /evidenceBucketNames must name at least one bucket; logKeyAliasNames must name at least one alias/,
    );
  });
});

describe('volume metric filters', () => {
  const volume = (id: string) => compileFilterPattern(VOLUME_METRIC_FILTERS.find((f) => f.id === id)!.pattern);
  const change = (file: string, line: number, edit: (r: Record<string, any>) => void) => {
    const r = structuredClone(corpusRecord(file, line)) as Record<string, any>;
    edit(r);
    return r;
  };

  it('count what EventBridge cannot, with a threshold above one call', () => {
    expect(VOLUME_METRIC_FILTERS.every((f) => (f.threshold ?? 1) > 1)).toBe(true);
    expect(VOLUME_METRIC_FILTERS.every((f) => f.pattern.length <= 1024)).toBe(true);
  });

  it('count object deletions, not failed ones', () => {
    expect(volume('bulk-object-deletions').matches(corpusRecord('panther-analysis/other_negative_controls.jsonl', 218))).toBe(true); // DeleteObject
    expect(volume('bulk-object-deletions').matches(corpusRecord('panther-analysis/other_negative_controls.jsonl', 219))).toBe(true); // DeleteObjects
    expect(volume('bulk-object-deletions').matches(change('panther-analysis/other_negative_controls.jsonl', 218, (r) => { r.errorCode = 'AccessDenied'; }))).toBe(false);
  });

  it('count snapshot and image deletions', () => {
    expect(volume('bulk-snapshot-deletions').matches(corpusRecord('panther-analysis/other_negative_controls.jsonl', 185))).toBe(true); // DeleteDBSnapshot
    expect(volume('bulk-snapshot-deletions').matches(change('panther-analysis/other_negative_controls.jsonl', 185, (r) => { r.eventName = 'CreateDBSnapshot'; }))).toBe(false);
  });

  it('count secret reads of every kind, and discovery only with long-term keys', () => {
    expect(volume('secrets-read-volume').matches(corpusRecord('panther-analysis/other_negative_controls.jsonl', 250))).toBe(true); // BatchGetSecretValue
    expect(volume('discovery-burst-long-term-keys').matches(corpusRecord('awsdocs-amazon-s3-userguide/other_negative_controls.jsonl', 2))).toBe(true); // ListBuckets, AKIA
    expect(volume('discovery-burst-long-term-keys').matches(change('awsdocs-amazon-s3-userguide/other_negative_controls.jsonl', 2, (r) => { r.userIdentity.accessKeyId = 'ASIAEXAMPLE'; }))).toBe(false);
  });
});

describe('the fast IAM-policy rule and the CIS filter', () => {
  it('watch the same 16 CIS calls; the rule adds only default versions and permission boundaries', () => {
    const cis = CIS_METRIC_FILTERS.find((f) => f.securityHubControl === 'CloudWatch.4')!.pattern;
    const cisEvents = [...cis.matchAll(/\$\.eventName=(\w+)/g)].map((m) => m[1]);
    expect(cisEvents).toHaveLength(16);
    expect(IAM_POLICY_CHANGE_EVENTS.filter((e) => !cisEvents.includes(e))).toEqual([
      'SetDefaultPolicyVersion', 'PutRolePermissionsBoundary', 'DeleteRolePermissionsBoundary', 'PutUserPermissionsBoundary', 'DeleteUserPermissionsBoundary',
    ]);
    expect(cisEvents.filter((e) => !(IAM_POLICY_CHANGE_EVENTS as readonly string[]).includes(e))).toEqual([]);
  });
});

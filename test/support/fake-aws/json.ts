import { FakeAwsError, notFound, paged, type FakeRequest, type ProtocolFamily } from './protocol';
import type { FakeAwsState } from './state';
import { describeAlarmHistory, getMetricData, putEvents, setAlarmState } from './drill-flow';

type Input = Record<string, unknown>;

/**
 * AWS JSON 1.0 and 1.1 (CloudTrail, Organizations, KMS, Logs, EventBridge, Glue, Athena, and
 * CloudWatch, which speaks JSON 1.0 in query-compatible mode): `X-Amz-Target: Prefix.Operation`,
 * JSON bodies, timestamps as epoch seconds, errors as `{ "__type": ... }`.
 */
export const jsonProtocol: ProtocolFamily = {
  services: ['cloudtrail', 'organizations', 'kms', 'logs', 'events', 'glue', 'athena', 'monitoring'],
  operation: (request) => String(request.headers['x-amz-target'] ?? '').split('.').pop() ?? '',
  handle(request, operation, state, now) {
    const input = (request.body === '' ? {} : JSON.parse(request.body)) as Input;
    const output = answer(request, operation, input, state, now);
    return { status: 200, headers: { 'content-type': contentType(request) }, body: JSON.stringify(output, (_k, v: unknown) => v) };
  },
  error: (request, error) => ({
    status: error.status,
    headers: {
      'content-type': contentType(request),
      'x-amzn-errortype': error.code,
      // CloudWatch's query-compatible mode also carries the query error code.
      ...(request.service === 'monitoring' && { 'x-amzn-query-error': `${error.code};Sender` }),
    },
    body: JSON.stringify({ __type: error.code, message: error.message }),
  }),
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: { code: 'ThrottlingException', status: 400 },
};

function contentType(request: FakeRequest): string {
  return request.service === 'monitoring' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
}

const epoch = (date: Date | undefined) => (date === undefined ? undefined : date.getTime() / 1000);

function answer(request: FakeRequest, operation: string, input: Input, state: FakeAwsState, now: Date): unknown {
  const ruleKey = `${request.account}/${request.region}`;
  switch (`${request.service}:${operation}`) {
    case 'cloudtrail:GetTrail': {
      if (!state.trail.exists || input.Name !== state.trail.name) throw new FakeAwsError('TrailNotFoundException', 400, `Unknown trail: ${String(input.Name)}`);
      return { Trail: { Name: state.trail.name, ...state.trail.config } };
    }
    case 'cloudtrail:GetTrailStatus': {
      if (!state.trail.exists) throw new FakeAwsError('TrailNotFoundException', 400, 'Unknown trail');
      const s = state.trail.status;
      return {
        IsLogging: s.IsLogging,
        LatestDeliveryTime: epoch(s.LatestDeliveryTime),
        LatestDeliveryError: s.LatestDeliveryError,
        LatestDigestDeliveryTime: epoch(s.LatestDigestDeliveryTime),
        LatestDigestDeliveryError: s.LatestDigestDeliveryError,
        LatestCloudWatchLogsDeliveryTime: epoch(s.LatestCloudWatchLogsDeliveryTime),
        LatestCloudWatchLogsDeliveryError: s.LatestCloudWatchLogsDeliveryError,
      };
    }
    case 'cloudtrail:GetEventSelectors':
      return { TrailARN: state.trail.name, AdvancedEventSelectors: state.trail.advancedEventSelectors };
    case 'cloudtrail:GetInsightSelectors':
      if (state.trail.insightTypes.length === 0) throw new FakeAwsError('InsightNotEnabledException', 400, 'Trail has no Insights');
      return { InsightSelectors: state.trail.insightTypes.map((InsightType) => ({ InsightType })) };

    case 'kms:DescribeKey': {
      const k = state.key;
      if (![k.aliasName, k.keyId, k.arn].includes(String(input.KeyId))) notFound(`Key ${String(input.KeyId)}`, 'NotFoundException');
      return { KeyMetadata: { KeyId: k.keyId, Arn: k.arn, Enabled: k.enabled, KeyState: k.keyState, KeyManager: 'CUSTOMER' } };
    }
    case 'kms:GetKeyRotationStatus':
      if (input.KeyId !== state.key.keyId) notFound('Key', 'NotFoundException');
      return { KeyRotationEnabled: state.key.rotation };
    case 'kms:GetKeyPolicy':
      if (input.KeyId !== state.key.keyId) notFound('Key', 'NotFoundException');
      return { Policy: state.key.policy, PolicyName: 'default' };

    case 'organizations:ListAccounts': {
      const page = paged(state.accounts, input.NextToken, state);
      return { Accounts: page.items.map((a) => ({ Id: a.id, Name: a.name, Status: a.state, State: a.state })), NextToken: page.next };
    }
    case 'organizations:ListRoots': {
      const page = paged(state.organization.roots, input.NextToken, state);
      return { Roots: page.items.map((r) => ({ Id: r.id, Name: 'Root', PolicyTypes: r.policyTypes })), NextToken: page.next };
    }
    case 'organizations:ListPolicies': {
      const page = paged(state.organization.policies.filter((p) => p.type === input.Filter), input.NextToken, state);
      return { Policies: page.items.map((p) => ({ Id: p.id, Name: p.name, Type: p.type })), NextToken: page.next };
    }
    case 'organizations:DescribePolicy': {
      const policy = state.organization.policies.find((p) => p.id === input.PolicyId) ?? notFound('Policy', 'PolicyNotFoundException');
      return { Policy: { PolicySummary: { Id: policy.id, Name: policy.name, Type: policy.type }, Content: policy.content } };
    }
    case 'organizations:ListTargetsForPolicy': {
      const policy = state.organization.policies.find((p) => p.id === input.PolicyId) ?? notFound('Policy', 'PolicyNotFoundException');
      const page = paged(policy.targets, input.NextToken, state);
      return { Targets: page.items.map((TargetId) => ({ TargetId, Type: TargetId.startsWith('r-') ? 'ROOT' : 'ORGANIZATIONAL_UNIT' })), NextToken: page.next };
    }

    case 'events:DescribeEventBus': {
      const bus = state.buses[request.region];
      if (bus === null || bus === undefined || bus.name !== input.Name) notFound(`Event bus ${String(input.Name)}`);
      return { Name: bus.name, Arn: `arn:aws:events:${request.region}:${request.account}:event-bus/${bus.name}`, Policy: bus.policy };
    }
    case 'events:ListRules': {
      const page = paged((state.rules[ruleKey] ?? []).filter((r) => r.busName === input.EventBusName && r.name.startsWith(String(input.NamePrefix ?? ''))), input.NextToken, state);
      return { Rules: page.items.map((r) => ({ Name: r.name, State: r.state, EventBusName: r.busName ?? 'default' })), NextToken: page.next };
    }
    case 'events:ListTargetsByRule': {
      const rule = (state.rules[ruleKey] ?? []).find((r) => r.name === input.Rule && r.busName === input.EventBusName) ?? notFound(`Rule ${String(input.Rule)}`);
      const page = paged(rule.targets.map((Arn, i) => ({ Id: `Target${i}`, Arn })), input.NextToken, state);
      return { Targets: page.items, NextToken: page.next };
    }

    case 'logs:DescribeMetricFilters': {
      const page = paged(state.metricFilters.filter((f) => f.logGroupName === input.logGroupName), input.nextToken, state);
      return { metricFilters: page.items.map((f) => ({ filterName: f.name, filterPattern: f.pattern, logGroupName: f.logGroupName })), nextToken: page.next };
    }
    case 'monitoring:DescribeAlarms': {
      const page = paged(state.alarms.filter((a) => a.name.startsWith(String(input.AlarmNamePrefix ?? ''))), input.NextToken, state);
      return { MetricAlarms: page.items.map((a) => ({ AlarmName: a.name, ActionsEnabled: a.actionsEnabled, StateValue: a.state })), NextToken: page.next };
    }

    case 'glue:GetTable': {
      const table = state.glueTables.find((t) => t.database === input.DatabaseName && t.name === input.Name) ?? notFound('Table', 'EntityNotFoundException');
      return { Table: { DatabaseName: table.database, Name: table.name, Parameters: table.parameters } };
    }
    case 'athena:GetWorkGroup': {
      const wg = state.workgroups.find((w) => w.name === input.WorkGroup) ?? notFound(`WorkGroup ${String(input.WorkGroup)}`, 'InvalidRequestException');
      return { WorkGroup: { Name: wg.name, State: wg.state, Configuration: { EnforceWorkGroupConfiguration: wg.enforce } } };
    }
    case 'athena:ListNamedQueries': {
      const page = paged(state.namedQueries.filter((q) => q.workgroup === input.WorkGroup).map((q) => q.id), input.NextToken, state);
      return { NamedQueryIds: page.items, NextToken: page.next };
    }
    case 'athena:BatchGetNamedQuery':
      return { NamedQueries: state.namedQueries.filter((q) => (input.NamedQueryIds as string[]).includes(q.id)).map((q) => ({ NamedQueryId: q.id, Name: q.name, WorkGroup: q.workgroup, Database: 'db', QueryString: 'SELECT 1' })), UnprocessedNamedQueryIds: [] };
    case 'events:PutEvents':
      return putEvents(request, input, state, now);
    case 'monitoring:SetAlarmState':
      return setAlarmState(request, input, state, now);
    case 'monitoring:DescribeAlarmHistory':
      return describeAlarmHistory(input, state);
    case 'monitoring:GetMetricData':
      return getMetricData(request, input, state, now);
    default:
      throw new FakeAwsError('UnknownOperationException', 400, `${request.service}:${operation} is not faked`);
  }
}

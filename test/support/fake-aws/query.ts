import { FakeAwsError, paged, type FakeRequest, type ProtocolFamily } from './protocol';
import type { FakeAwsState } from './state';

/**
 * The AWS query protocol (STS, SNS, CloudFormation): form-encoded `Action=...` requests,
 * XML answers wrapped in `<XResponse><XResult>`, lists as `<member>` elements.
 */
export const queryProtocol: ProtocolFamily = {
  services: ['sts', 'sns', 'cloudformation'],
  operation: (request) => new URLSearchParams(request.body).get('Action') ?? '',
  handle(request, operation, state, now) {
    const params = new URLSearchParams(request.body);
    const result = answer(request, operation, params, state, now);
    const body = `<${operation}Response xmlns="https://fake.aws/doc/"><${operation}Result>${toXml(result)}</${operation}Result><ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></${operation}Response>`;
    return { status: 200, headers: { 'content-type': 'text/xml' }, body };
  },
  error: (_request, error) => ({
    status: error.status,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${error.code}</Code><Message>${escape(error.message)}</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>`,
  }),
  accessDenied: { code: 'AccessDenied', status: 403 },
  throttling: { code: 'Throttling', status: 400 },
};

function answer(request: FakeRequest, operation: string, params: URLSearchParams, state: FakeAwsState, _now: Date): Record<string, unknown> {
  switch (`${request.service}:${operation}`) {
    case 'sts:AssumeRole': {
      // Sessions expire in real time, whatever the scenario's clock says, or the SDK would renew them on every call.
      const roleArn = params.get('RoleArn') ?? '';
      const account = /^arn:[a-z-]+:iam::(\d{12}):role\//.exec(roleArn)?.[1];
      if (account === undefined) throw new FakeAwsError('ValidationError', 400, `RoleArn ${roleArn} is not a role ARN`);
      return {
        Credentials: { AccessKeyId: `FAKE${account}`, SecretAccessKey: 'fake-secret', SessionToken: 'fake-token', Expiration: new Date(Date.now() + 3_600_000) },
        AssumedRoleUser: { AssumedRoleId: 'AROAFAKE:session', Arn: roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/') + '/session' },
      };
    }
    case 'sns:ListSubscriptionsByTopic': {
      const topicArn = params.get('TopicArn') ?? '';
      const subscriptions = state.topics[topicArn];
      if (subscriptions === undefined) throw new FakeAwsError('NotFound', 404, `Topic ${topicArn} does not exist`);
      const page = paged(subscriptions, params.get('NextToken') ?? undefined, state);
      return { Subscriptions: page.items.map((s) => ({ SubscriptionArn: s.subscriptionArn, Protocol: s.protocol, Endpoint: s.endpoint, TopicArn: topicArn, Owner: request.account })), NextToken: page.next };
    }
    case 'cloudformation:DescribeStackSet': {
      const name = params.get('StackSetName');
      if (state.stackSet === null || state.stackSet.name !== name) throw new FakeAwsError('StackSetNotFoundException', 404, `StackSet ${name} not found`);
      return { StackSet: { StackSetName: name, Status: state.stackSet.status, PermissionModel: 'SERVICE_MANAGED' } };
    }
    case 'cloudformation:ListStackInstances': {
      const name = params.get('StackSetName');
      if (state.stackSet === null || state.stackSet.name !== name) throw new FakeAwsError('StackSetNotFoundException', 404, `StackSet ${name} not found`);
      const page = paged(state.stackSet.instances, params.get('NextToken') ?? undefined, state);
      return { Summaries: page.items.map((i) => ({ StackSetId: `${name}:1`, Account: i.account, Region: i.region, Status: i.status })), NextToken: page.next };
    }
    default:
      throw new FakeAwsError('InvalidAction', 400, `${request.service}:${operation} is not faked`);
  }
}

/** Objects become elements; arrays become `<member>` lists, as the query protocol serializes them. */
export function toXml(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => `<member>${toXml(item)}</member>`).join('');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `<${k}>${toXml(v)}</${k}>`).join('');
  }
  return escape(String(value));
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

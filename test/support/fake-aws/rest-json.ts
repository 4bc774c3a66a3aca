import { FakeAwsError, paged, type FakeRequest, type ProtocolFamily } from './protocol';
import type { FakeAwsState } from './state';

const ROUTES: readonly [RegExp, string][] = [
  [/^\/admin$/, 'ListOrganizationAdminAccounts'],
  [/^\/detector$/, 'ListDetectors'],
  [/^\/detector\/[^/]+$/, 'GetDetector'],
  [/^\/detector\/[^/]+\/admin$/, 'DescribeOrganizationConfiguration'],
  [/^\/detector\/[^/]+\/member$/, 'ListMembers'],
  [/^\/detector\/[^/]+\/publishingDestination$/, 'ListPublishingDestinations'],
];

/** REST-JSON (GuardDuty): the operation is the method and path; camelCase JSON; errors by `x-amzn-ErrorType`. */
export const restJsonProtocol: ProtocolFamily = {
  services: ['guardduty'],
  operation: (request) => (request.method === 'GET' ? ROUTES.find(([path]) => path.test(request.path))?.[1] : undefined) ?? `${request.method} ${request.path}`,
  handle(request, operation, state) {
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer(request, operation, state)) };
  },
  error: (_request, error) => ({
    status: error.status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': error.code },
    body: JSON.stringify({ message: error.message, __type: error.code }),
  }),
  accessDenied: { code: 'AccessDeniedException', status: 403 },
  throttling: { code: 'TooManyRequestsException', status: 429 },
};

function answer(request: FakeRequest, operation: string, state: FakeAwsState): unknown {
  const gd = state.guardDuty[request.region];
  if (gd === undefined) throw new FakeAwsError('BadRequestException', 400, `Region ${request.region} is not served`);
  const detectorId = request.path.split('/')[2];
  // GuardDuty's list operations take the token as a query parameter.
  const token = request.query.get('nextToken') ?? undefined;
  const detector = () => {
    if (gd.detector === null || gd.detector.id !== detectorId) throw new FakeAwsError('BadRequestException', 400, 'The request is rejected because the input detectorId is not owned by the current account.');
    return gd.detector;
  };
  switch (operation) {
    case 'ListOrganizationAdminAccounts': {
      const page = paged(gd.adminAccounts, token, state);
      return { adminAccounts: page.items, nextToken: page.next };
    }
    case 'ListDetectors': {
      const page = paged(gd.detector === null ? [] : [gd.detector.id], token, state);
      return { detectorIds: page.items, nextToken: page.next };
    }
    case 'GetDetector':
      return { status: detector().status, serviceRole: 'arn', createdAt: '2026-01-01T00:00:00Z' };
    case 'DescribeOrganizationConfiguration':
      detector();
      return { autoEnableOrganizationMembers: gd.autoEnableOrganizationMembers, memberAccountLimitReached: false, features: gd.features };
    case 'ListMembers': {
      detector();
      const page = paged(gd.members, token, state);
      return { members: page.items.map((m) => ({ ...m, detectorId: 'member-detector', masterId: request.account, email: `${m.accountId}@example.com`, updatedAt: '2026-01-01T00:00:00Z' })), nextToken: page.next };
    }
    case 'ListPublishingDestinations': {
      detector();
      const page = paged(gd.destinations, token, state);
      return { destinations: page.items, nextToken: page.next };
    }
    default:
      throw new FakeAwsError('BadRequestException', 400, `${operation} is not faked`);
  }
}

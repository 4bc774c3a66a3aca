import { GetEventSelectorsCommand, GetInsightSelectorsCommand, GetTrailCommand, GetTrailStatusCommand, type GetTrailStatusCommandOutput } from '@aws-sdk/client-cloudtrail';
import { equals, judge, type CheckResult, type CheckScope, type Judgement } from '../check-result';
import { formatAge, type VerifyContext } from '../context';
import { read } from '../read';

/** The organization trail, in the management account's home Region. */
export async function trailChecks(ctx: VerifyContext): Promise<CheckResult[]> {
  const { expected } = ctx;
  const scope: CheckScope = { account: expected.accounts.management, region: expected.homeRegion };
  const client = ctx.aws.clientsFor(scope.account, scope.region).cloudTrail;
  const name = expected.trail.name;

  const trail = await read('cloudtrail:GetTrail', async () => (await client.send(new GetTrailCommand({ Name: name }))).Trail ?? null, { codes: ['TrailNotFoundException'], value: null });
  const status = await read('cloudtrail:GetTrailStatus', () => client.send(new GetTrailStatusCommand({ Name: name })));
  const selectors = await read('cloudtrail:GetEventSelectors', async () => (await client.send(new GetEventSelectorsCommand({ TrailName: name }))).AdvancedEventSelectors ?? []);
  const insights = await read(
    'cloudtrail:GetInsightSelectors',
    async () => ((await client.send(new GetInsightSelectorsCommand({ TrailName: name }))).InsightSelectors ?? []).map((s) => s.InsightType ?? ''),
    // CloudTrail answers this error when Insights are off: that is "none", not a failure to read.
    { codes: ['InsightNotEnabledException'], value: [] as string[] },
  );

  const planned = { IsOrganizationTrail: true, IsMultiRegionTrail: true, LogFileValidationEnabled: true, IncludeGlobalServiceEvents: true, S3BucketName: expected.trail.bucketName };
  const results = [
    judge('trail.configuration', scope, trail, (t): Judgement => {
      if (t === null) return { pass: false, detail: `trail "${name}" does not exist`, expected: planned, actual: null };
      const actual = {
        IsOrganizationTrail: t.IsOrganizationTrail ?? false,
        IsMultiRegionTrail: t.IsMultiRegionTrail ?? false,
        LogFileValidationEnabled: t.LogFileValidationEnabled ?? false,
        IncludeGlobalServiceEvents: t.IncludeGlobalServiceEvents ?? false,
        S3BucketName: t.S3BucketName ?? null,
      };
      return equals(`trail "${name}" (organization, multi-Region, validated)`, planned, actual);
    }),
    judge('trail.logging', scope, status, (s) => ({ pass: s.IsLogging === true, detail: s.IsLogging ? 'the trail is logging' : 'the trail is not logging (StopLogging?)', expected: true, actual: s.IsLogging ?? false })),
    judge('trail.delivery', scope, status, (s) => delivery(ctx, 'log file', s.LatestDeliveryTime, s.LatestDeliveryError)),
    judge('trail.digest-delivery', scope, status, (s) => delivery(ctx, 'digest file', s.LatestDigestDeliveryTime, s.LatestDigestDeliveryError)),
    judge('trail.event-selectors', scope, selectors, (actual) => equals('advanced event selectors', normalizeSelectors(expected.trail.advancedEventSelectors), normalizeSelectors(actual))),
    judge('trail.insight-selectors', scope, insights, (actual) => equals('Insights selectors', [...expected.trail.insightTypes].sort(), [...actual].sort())),
  ];
  if (expected.trail.cloudWatchLogGroupName !== undefined) {
    results.push(judge('trail.cloudwatch-logs-delivery', scope, status, (s: GetTrailStatusCommandOutput) => delivery(ctx, 'CloudWatch Logs', s.LatestCloudWatchLogsDeliveryTime, s.LatestCloudWatchLogsDeliveryError)));
  }
  return results;
}

function delivery(ctx: VerifyContext, what: string, time: Date | undefined, error: string | undefined): Judgement {
  const expected = { maxAgeSeconds: ctx.maxDeliveryAgeMs / 1000, error: null };
  const actual = { latest: time?.toISOString() ?? null, error: error === undefined || error === '' ? null : error };
  if (time === undefined) return { pass: false, detail: `no ${what} delivery has ever succeeded`, expected, actual };
  const age = ctx.now().getTime() - time.getTime();
  const problems = [
    ...(age > ctx.maxDeliveryAgeMs ? [`the last ${what} delivery is ${formatAge(age)} old (at most ${formatAge(ctx.maxDeliveryAgeMs)} allowed)`] : []),
    ...(actual.error !== null ? [`the last ${what} delivery failed: ${actual.error}`] : []),
  ];
  return { pass: problems.length === 0, detail: problems.length === 0 ? `${what} delivered ${formatAge(age)} ago, no error` : problems.join('; '), expected, actual };
}

/** Selectors in a canonical order: by name, each field selector by field, value lists sorted. */
function normalizeSelectors(selectors: readonly { Name?: string; FieldSelectors?: readonly object[] }[]): unknown {
  return [...selectors]
    .map((s) => ({
      Name: s.Name ?? '',
      FieldSelectors: [...(s.FieldSelectors ?? [])]
        .map((f): Record<string, unknown> => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)).map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? [...(v as string[])].sort() : v]).sort(([a], [b]) => a.localeCompare(b))))
        .sort((a, b) => String(a.Field).localeCompare(String(b.Field))),
    }))
    .sort((a, b) => a.Name.localeCompare(b.Name));
}

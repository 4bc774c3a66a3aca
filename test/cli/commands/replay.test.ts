import { resolve } from 'node:path';
import { join } from 'node:path';
import { main } from '../../../cli/main';
import { CORPUS_DIR, corpusRecord } from '../../support/corpus';
import { captureIo, jsonLines } from '../../support/io';

const lines = (...records: object[]): string => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('trailguard replay', () => {
  const rootKey = corpusRecord('panther-analysis/root_usage.jsonl', 18); // Root CreateAccessKey for itself
  const rootList = corpusRecord('panther-analysis/root_usage.jsonl', 10); // Root ListAccessKeys, read-only
  const quiet = corpusRecord('panther-analysis/other_negative_controls.jsonl', 1);

  it('reports, per record, what fires and through which path (json)', async () => {
    const io = captureIo(lines(rootKey, quiet, rootList));
    expect(await main(['replay', '--events', '-', '--format', 'json'], io)).toBe(0);
    const out = jsonLines(io.out()) as Array<Record<string, any>>;
    expect(out[0]).toEqual({
      source: 'stdin',
      index: 1,
      line: 1,
      fired: [
        { id: 'root-account-usage', path: 'metric-filter', severity: 'critical' },
        { id: 'root-activity', path: 'eventbridge', severity: 'critical' },
        { id: 'root-access-key-created', path: 'eventbridge', severity: 'critical' },
      ],
    });
    expect(out[1]).toEqual({ source: 'stdin', index: 2, line: 2, fired: [] });
    // A read-only List call reaches the trail, but not EventBridge rules in the default state.
    expect(out[2]).toEqual({ source: 'stdin', index: 3, line: 3, fired: [{ id: 'root-account-usage', path: 'metric-filter', severity: 'critical' }] });
    const summary = out[3].summary;
    expect(summary).toMatchObject({ records: 3, recordsFiring: 2, errors: 0 });
    expect(summary.detections.find((d: any) => d.id === 'root-account-usage' && d.path === 'metric-filter').fired).toBe(2);
    // 23 metric filters (15 CIS, 4 watchers, 4 volume) and 50 rules, for audit,detection.
    expect(summary.detections).toHaveLength(73);
  });

  it('prints firing records and a summary table (text)', async () => {
    const io = captureIo(lines(rootKey, quiet));
    expect(await main(['replay', '--events', '-'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('stdin line 1: CreateAccessKey (Root) -> root-account-usage [metric-filter], root-activity [eventbridge], root-access-key-created [eventbridge]');
    expect(out).not.toContain('stdin line 2:');
    expect(out).toContain('2 records, 1 fired at least one detection, 0 unreadable');
    expect(out).toMatch(/\nroot-access-key-created\s+eventbridge\s+critical\s+1\n/);
    expect(out).toMatch(/\nvpc-changes\s+metric-filter\s+medium\s+0\n/);
  });

  it('deploys no detections without the detection purpose', async () => {
    const io = captureIo(lines(rootKey));
    expect(await main(['replay', '--events', '-', '--profiles', 'audit,investigation', '--format', 'json'], io)).toBe(0);
    expect(jsonLines(io.out())).toEqual([{ source: 'stdin', index: 1, line: 1, fired: [] }, { summary: { records: 1, recordsFiring: 0, errors: 0, detections: [] } }]);
    expect(io.err()).toBe('profiles audit,investigation deploy no metric filters or rules\n');
  });

  it('watches the names given on the command line', async () => {
    const io = captureIo(lines(corpusRecord('panther-analysis/other_negative_controls.jsonl', 233))); // PutBucketVersioning critical-data-bucket
    expect(await main(['replay', '--events', '-', '--format', 'json', '--evidence-bucket', 'critical-data-bucket'], io)).toBe(0);
    expect((jsonLines(io.out())[0] as any).fired.map((f: any) => `${f.path}:${f.id}`)).toEqual(['metric-filter:evidence-bucket-changes', 'eventbridge:evidence-bucket-changes']);
  });

  it('watches the deployment named by --config when no names are given', async () => {
    const record = corpusRecord('panther-analysis/other_negative_controls.jsonl', 233) as any; // PutBucketVersioning
    const config = resolve(__dirname, '..', '..', '..', 'cdktf.json');
    const onEvidence = { ...record, requestParameters: { ...record.requestParameters, bucketName: 'tg-example-evidence-222222222222-eu-west-1' } };
    const io = captureIo(lines(onEvidence, record));
    expect(await main(['replay', '--events', '-', '--format', 'json', '--config', config], io)).toBe(0);
    const [onOurs, onOther] = jsonLines(io.out()) as any[];
    expect(onOurs.fired.map((f: any) => f.id)).toEqual(['evidence-bucket-changes', 'evidence-bucket-changes']);
    expect(onOther.fired).toEqual([]);
  });

  it('rejects a --config file that does not exist', async () => {
    const io = captureIo('');
    expect(await main(['replay', '--events', '-', '--config', '/nonexistent/cdktf.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^trailguard replay: --config: cannot read "\/nonexistent\/cdktf.json": no such file\n/);
  });

  it('reads a corpus file and exits 1 on an unreadable line', async () => {
    const io = captureIo('{"eventName":"X"}\n{oops\n');
    expect(await main(['replay', '--events', '-'], io)).toBe(1);
    expect(io.err()).toMatch(/^stdin line 2: not JSON \(/);
    expect(io.out()).toContain('1 records, 0 fired at least one detection, 1 unreadable');
  });

  it('replays a whole vendored file', async () => {
    const io = captureIo();
    expect(await main(['replay', '--events', join(CORPUS_DIR, 'stratus-red-team', 'organizations_changes.jsonl'), '--format', 'json'], io)).toBe(0);
    const fired = (jsonLines(io.out())[0] as any).fired.map((f: any) => `${f.path}:${f.id}`);
    expect(fired).toEqual([
      'metric-filter:unauthorized-api-calls', 'metric-filter:organizations-changes', 'metric-filter:guardrail-policy-changes', 'eventbridge:guardrail-policy-changes',
      // A denied LeaveOrganization: an attempt at an action the guardrails protect.
      'eventbridge:guardrail-action-denied',
    ]);
  });

  it.each([
    [['--format', 'json'], /--events <file\|folder\|-> is required/],
    [['--events', '-', '--profiles', 'audit,alerting'], /--profiles: got "audit,alerting" \(unknown "alerting"\); expected a comma-separated list of distinct purposes from: audit, investigation, detection/],
    [['--events', '-', '--profiles', 'audit,audit'], /--profiles: got "audit,audit" \("audit" given twice\)/],
    [['--events', '-', '--format', 'yaml'], /--format: got "yaml"; expected one of: text, json/],
    [['--events', '-', '--log-key-alias', 'alias/aws/s3'], /invalid detection targets: logKeyAliasNames: "alias\/aws\/s3"/],
  ])('rejects %j with exit 2', async (args, message) => {
    const io = captureIo('');
    expect(await main(['replay', ...args], io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});

describe('trailguard replay with bus events', () => {
  it('runs only the rules, not the metric filters, on a GuardDuty finding', async () => {
    const finding = {
      version: '0', id: 'c8c4daa7-a20c-2f03-0070-b7393dd542ad', 'detail-type': 'GuardDuty Finding', source: 'aws.guardduty',
      account: '123456789012', time: '1970-01-01T00:00:00Z', region: 'us-east-1', resources: [],
      // A detail that would match the root filter if it were (wrongly) treated as a trail record.
      detail: { severity: 8, userIdentity: { type: 'Root' }, eventType: 'AwsApiCall' },
    };
    const io = captureIo(`${JSON.stringify(finding)}\n`);
    expect(await main(['replay', '--events', '-', '--format', 'json'], io)).toBe(0);
    expect((jsonLines(io.out())[0] as any).fired).toEqual([{ id: 'guardduty-high-severity-finding', path: 'eventbridge', severity: 'high' }]);
  });
});

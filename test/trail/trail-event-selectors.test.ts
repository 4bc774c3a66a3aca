import { trailEventSelectors } from '../../trail/trail-event-selectors';

const excluded = ['arn:aws:s3:::evidence', 'arn:aws:s3:::access-logs'];

test('records management events only when no data events are asked for', () => {
  const selectors = trailEventSelectors({ s3DataEvents: 'None', lambdaDataEvents: false }, excluded);
  expect(selectors.map((s) => s.fieldSelectors)).toEqual([[{ field: 'eventCategory', equals: ['Management'] }]]);
});

test('records S3 writes without the log buckets, and Lambda invokes, each with a cost note', () => {
  const selectors = trailEventSelectors({ s3DataEvents: 'WriteOnly', lambdaDataEvents: true }, excluded);
  expect(selectors.map((s) => s.name)).toEqual(['Management events, read and write, all sources', 'S3 object writes and deletes', 'Lambda function invocations']);
  expect(selectors[1].fieldSelectors).toContainEqual({ field: 'resources.ARN', notStartsWith: ['arn:aws:s3:::evidence/', 'arn:aws:s3:::access-logs/'] });
  expect(selectors[1].fieldSelectors).toContainEqual({ field: 'readOnly', equals: ['false'] });
  for (const selector of selectors.slice(1)) expect(selector.costNote).toMatch(/\$0\.10 per 100,000 events/);
});

test('records S3 reads too when the scope is All', () => {
  const [, s3] = trailEventSelectors({ s3DataEvents: 'All', lambdaDataEvents: false }, excluded);
  expect(s3.fieldSelectors.map((f) => f.field)).toEqual(['eventCategory', 'resources.type', 'resources.ARN']);
});

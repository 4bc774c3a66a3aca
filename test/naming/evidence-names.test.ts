import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from '../support/example-config';

const names = new TrailguardNames(exampleConfig());

describe('TrailguardNames: evidence store', () => {
  it('derives the trail prefixes, key pattern, root and S3 service from configuration', () => {
    expect(names.trailLogPrefixes).toEqual(['AWSLogs/o-exampleorg1/', 'AWSLogs/111111111111/']);
    expect(names.logArchiveKeyArnPattern).toBe('arn:aws:kms:eu-west-1:222222222222:key/*');
    expect(names.logArchiveRootArn).toBe('arn:aws:iam::222222222222:root');
    expect(names.s3ViaService).toBe('s3.eu-west-1.amazonaws.com');
    expect(names.evidenceAccessLogPrefix).toBe('tg-example-evidence-222222222222-eu-west-1/');
  });
});

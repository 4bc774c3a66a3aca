import { createSign } from 'node:crypto';
import { parseDigestFile, type DigestFile } from '../../integrity/digest-file';
import { digestKey, digestKeyTime, logKey, logKeyTime, streamOfDigestKey } from '../../integrity/digest-keys';
import { digestStringToSign, verifyDigestSignature } from '../../integrity/signature';
import { newSigningKey, publicKeySet } from '../support/cloudtrail-chain';
import { orgStream, TRAIL } from '../support/integrity-scenario';

// The string to sign, written out literally from the CloudTrail user guide ("Validating CloudTrail
// log file integrity"), so the fixtures (which sign with the same function) cannot hide a wrong one.
const digest = {
  digestEndTime: '2026-03-01T01:00:00Z',
  previousDigestSignature: 'ab12',
} as DigestFile;

describe('digest signature', () => {
  it('builds the string to sign: end time, bucket/key, hex SHA-256, previous signature, by newlines', () => {
    expect(digestStringToSign(digest, 'evidence', 'AWSLogs/x.json.gz', 'ff00')).toBe('2026-03-01T01:00:00Z\nevidence/AWSLogs/x.json.gz\nff00\nab12');
    expect(digestStringToSign({ ...digest, previousDigestSignature: null }, 'b', 'k', '00')).toBe('2026-03-01T01:00:00Z\nb/k\n00\nnull');
  });

  it('verifies SHA256withRSA (PKCS#1 v1.5) over that string, signature in hex, with the DER PKCS#1 key', () => {
    const key = newSigningKey();
    const text = '2026-03-01T01:00:00Z\nb/k\n00\nnull';
    const signature = createSign('sha256').update(text).sign(key.privateKey).toString('hex');
    const publicKey = publicKeySet([key]).find(key.fingerprint);
    if (publicKey === undefined) throw new Error('key not found by fingerprint');
    expect(verifyDigestSignature(text, signature, publicKey)).toBe(true);
    expect(verifyDigestSignature(`${text} `, signature, publicKey)).toBe(false);
    expect(verifyDigestSignature(text, 'not hex', publicKey)).toBe(false);
  });
});

describe('digest file format', () => {
  it('rejects a digest without the fields validation needs, naming each', () => {
    const result = parseDigestFile(JSON.stringify({ digestStartTime: 'soon', digestS3Bucket: 'b', previousDigestSignature: 5, logFiles: [{ s3Bucket: 'b' }] }));
    expect(result).toEqual({
      problems: [
        'digestEndTime must be a string',
        'digestS3Object must be a string',
        'digestPublicKeyFingerprint must be a string',
        'digestStartTime is not a timestamp',
        'previousDigestSignature must be a string or null',
        'logFiles[0]: s3Object, hashValue, hashAlgorithm must be strings',
      ],
    });
    expect(parseDigestFile('{')).toEqual({ problems: [expect.stringMatching(/^not JSON: /)] });
  });
});

describe('digest and log keys', () => {
  const stream = orgStream('222222222222', 'eu-west-1', 'org');
  it('names digests and log files as CloudTrail does, and reads their times back', () => {
    const key = digestKey(stream, TRAIL, new Date('2026-03-01T01:00:00Z'));
    expect(key).toBe('org/AWSLogs/o-a1b2c3d4e5/222222222222/CloudTrail-Digest/eu-west-1/2026/03/01/222222222222_CloudTrail-Digest_eu-west-1_org-trail_us-east-1_20260301T010000Z.json.gz');
    expect(digestKeyTime(stream, TRAIL, key)?.toISOString()).toBe('2026-03-01T01:00:00.000Z');
    expect(digestKeyTime(stream, { ...TRAIL, trailName: 'other' }, key)).toBeUndefined();
    expect(streamOfDigestKey(key)).toEqual(stream);
    const log = logKey(stream, new Date('2026-03-01T00:05:31Z'), 'Ab12');
    expect(log).toBe('org/AWSLogs/o-a1b2c3d4e5/222222222222/CloudTrail/eu-west-1/2026/03/01/222222222222_CloudTrail_eu-west-1_20260301T0005Z_Ab12.json.gz');
    expect(logKeyTime(stream, log)?.toISOString()).toBe('2026-03-01T00:05:00.000Z');
  });
});

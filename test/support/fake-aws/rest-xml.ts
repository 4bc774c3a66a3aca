import { escape } from './query';
import { FakeAwsError, type FakeRequest, type ProtocolFamily } from './protocol';
import type { FakeAwsState } from './state';

/** S3's bucket sub-resources, by the query key that names them. */
const SUBRESOURCES: Record<string, string> = {
  'object-lock': 'GetObjectLockConfiguration',
  versioning: 'GetBucketVersioning',
  encryption: 'GetBucketEncryption',
  publicAccessBlock: 'GetPublicAccessBlock',
  logging: 'GetBucketLogging',
  lifecycle: 'GetBucketLifecycleConfiguration',
  policy: 'GetBucketPolicy',
};

/**
 * REST-XML (S3): path-style `GET /<bucket>?<sub-resource>`, XML documents with flattened lists
 * (`<Rule>`, `<Transition>` repeated), errors as `<Error><Code>`.
 */
export const restXmlProtocol: ProtocolFamily = {
  services: ['s3'],
  operation: (request) => {
    const key = Object.keys(SUBRESOURCES).find((k) => request.query.has(k));
    return request.method === 'GET' && key !== undefined ? SUBRESOURCES[key] : `${request.method} ${request.path}`;
  },
  handle(request, operation, state) {
    const bucket = decodeURIComponent(request.path.split('/')[1] ?? '');
    if (bucket !== state.bucket.name) throw new FakeAwsError('NoSuchBucket', 404, `The specified bucket ${bucket} does not exist`);
    if (operation === 'GetBucketPolicy') {
      if (state.bucket.policy === null) throw new FakeAwsError('NoSuchBucketPolicy', 404, 'The bucket policy does not exist');
      return { status: 200, headers: { 'content-type': 'application/json' }, body: state.bucket.policy };
    }
    return { status: 200, headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n${document(operation, state.bucket)}` };
  },
  error: (_request: FakeRequest, error) => ({
    status: error.status,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${escape(error.message)}</Message><RequestId>fake</RequestId></Error>`,
  }),
  accessDenied: { code: 'AccessDenied', status: 403 },
  throttling: { code: 'SlowDown', status: 503 },
};

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';

function document(operation: string, b: FakeAwsState['bucket']): string {
  switch (operation) {
    case 'GetObjectLockConfiguration':
      return `<ObjectLockConfiguration ${NS}><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>${b.objectLock.mode}</Mode><Days>${b.objectLock.days}</Days></DefaultRetention></Rule></ObjectLockConfiguration>`;
    case 'GetBucketVersioning':
      return `<VersioningConfiguration ${NS}><Status>${b.versioning}</Status></VersioningConfiguration>`;
    case 'GetBucketEncryption':
      return `<ServerSideEncryptionConfiguration ${NS}><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>${b.sse.algorithm}</SSEAlgorithm><KMSMasterKeyID>${b.sse.keyId}</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>${b.sse.bucketKey}</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`;
    case 'GetPublicAccessBlock': {
      const p = b.publicAccessBlock;
      if (p === null) throw new FakeAwsError('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found');
      return `<PublicAccessBlockConfiguration ${NS}>${Object.entries(p).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</PublicAccessBlockConfiguration>`;
    }
    case 'GetBucketLogging':
      return `<BucketLoggingStatus ${NS}>${b.logging === null ? '' : `<LoggingEnabled><TargetBucket>${b.logging.TargetBucket}</TargetBucket><TargetPrefix>${escape(b.logging.TargetPrefix)}</TargetPrefix></LoggingEnabled>`}</BucketLoggingStatus>`;
    case 'GetBucketLifecycleConfiguration':
      if (b.lifecycle.length === 0) throw new FakeAwsError('NoSuchLifecycleConfiguration', 404, 'The lifecycle configuration does not exist');
      return `<LifecycleConfiguration ${NS}>${b.lifecycle.map((r) => `<Rule><ID>${r.id}</ID><Filter><Prefix></Prefix></Filter><Status>${r.status}</Status>${r.transitions.map((t) => `<Transition><Days>${t.days}</Days><StorageClass>${t.storageClass}</StorageClass></Transition>`).join('')}<Expiration><Days>${r.expirationDays}</Days></Expiration><NoncurrentVersionExpiration><NoncurrentDays>${r.noncurrentDays}</NoncurrentDays></NoncurrentVersionExpiration><AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>`).join('')}</LifecycleConfiguration>`;
    default:
      throw new FakeAwsError('NotImplemented', 501, `${operation} is not faked`);
  }
}

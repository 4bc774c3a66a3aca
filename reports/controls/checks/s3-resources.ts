import { ofType, pointingAt, type ResourceView, type TfResource } from '../resources';

/** The bucket of that name in the view, if the stacks read hold it. */
export function bucketNamed(view: ResourceView, name: unknown): TfResource | undefined {
  return typeof name === 'string' ? ofType(view, 'aws_s3_bucket').find((b) => b.values.bucket === name) : undefined;
}

/** A bucket's configuration resource of `type` (aws_s3_bucket_logging, ...), by reference or by name. */
export function configOf(view: ResourceView, bucket: TfResource, type: string): TfResource | undefined {
  return pointingAt(view, type, 'bucket', bucket, bucket.values.bucket)[0];
}

export const loggingOf = (view: ResourceView, bucket: TfResource) => configOf(view, bucket, 'aws_s3_bucket_logging');
export const publicAccessBlockOf = (view: ResourceView, bucket: TfResource) => configOf(view, bucket, 'aws_s3_bucket_public_access_block');

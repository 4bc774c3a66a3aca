// AWS's naming rules, defined once: the configuration, the detection targets and the
// constructs all check names with these.

/** S3 bucket names: 3-63 lowercase letters, digits, "." and "-", a letter or digit at each end, no "..". */
export function isS3BucketName(name: string): boolean {
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) && !name.includes('..');
}

export const S3_BUCKET_NAME_RULE = '3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit';

/** A customer KMS alias name: `alias/` then letters, digits, "/", "_" or "-", outside the AWS-reserved `alias/aws/`. */
export function isCustomerKeyAlias(alias: string): boolean {
  return /^alias\/[A-Za-z0-9/_-]+$/.test(alias) && !alias.startsWith('alias/aws/');
}

export const CUSTOMER_KEY_ALIAS_RULE = 'a customer alias: "alias/" then letters, digits, "/", "_" or "-", not under "alias/aws/" (AWS reserves it)';

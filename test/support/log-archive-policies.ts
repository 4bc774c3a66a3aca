import type { TrailguardConfig } from '../../config/load';
import type { PolicyDocument } from '../../policies/policy-document';
import { synthStack } from './synth';

/** The policy documents of a synthesized log-archive stack, parsed from their attached JSON. */
export interface LogArchivePolicies {
  readonly evidenceBucket: PolicyDocument;
  readonly accessLogBucket: PolicyDocument;
  readonly logKey: PolicyDocument;
  readonly investigatorTrust: PolicyDocument;
  readonly investigatorRead: PolicyDocument;
}

/** Reads each policy from the synthesized Terraform JSON, exactly as Terraform will send it. */
export function logArchivePolicies(config?: TrailguardConfig): LogArchivePolicies {
  const stack = synthStack('log-archive', config);
  const attached = (type: string, prefix: string, attribute: string): PolicyDocument => {
    const matches = Object.entries(stack.resource?.[type] ?? {}).filter(([name]) => name.startsWith(prefix));
    if (matches.length !== 1) {
      throw new Error(`Expected one ${type} named ${prefix}*, found ${matches.length}`);
    }
    return JSON.parse((matches[0][1] as Record<string, string>)[attribute]);
  };
  return {
    evidenceBucket: attached('aws_s3_bucket_policy', 'EvidenceBucket_Policy', 'policy'),
    accessLogBucket: attached('aws_s3_bucket_policy', 'AccessLogBucket_Policy', 'policy'),
    logKey: attached('aws_kms_key', 'LogKey', 'policy'),
    investigatorTrust: attached('aws_iam_role', 'InvestigatorRole', 'assume_role_policy'),
    investigatorRead: attached('aws_iam_role_policy', 'InvestigatorRole_ReadPolicy', 'policy'),
  };
}

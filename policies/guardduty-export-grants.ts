import type { PolicyStatement } from './policy-document';

/** Key prefix under which GuardDuty exports findings, apart from the trail's `AWSLogs/`. */
export const GUARDDUTY_EXPORT_PREFIX = 'guardduty';

export interface GuardDutyExportGrantInputs {
  readonly partition: string;
  /** The evidence bucket's ARN. */
  readonly bucketArn: string;
  /** The GuardDuty delegated administrator (the security account), whose detectors export. */
  readonly adminAccountId: string;
  /**
   * ARN of the key GuardDuty must encrypt with. When set, uploads naming another key are denied.
   * @default - any SSE-KMS upload is accepted; the bucket's own default key rules apply
   */
  readonly keyArn?: string;
}

/** `arn:…:guardduty:*:<admin>:detector/*`: every detector of the administrator, in any Region. */
function detectorArnPattern(inputs: GuardDutyExportGrantInputs): string {
  return `arn:${inputs.partition}:guardduty:*:${inputs.adminAccountId}:detector/*`;
}

function sourceConditions(inputs: GuardDutyExportGrantInputs) {
  return {
    StringEquals: { 'aws:SourceAccount': inputs.adminAccountId },
    ArnLike: { 'aws:SourceArn': detectorArnPattern(inputs) },
  };
}

/**
 * Statements for the evidence bucket's policy so the administrator's detectors can export findings
 * there. GuardDuty keeps findings 90 days; exported, they follow the bucket's Object Lock retention.
 * Detector ids are not known before GuardDuty creates them, so the source ARN is matched by pattern.
 */
export function guardDutyExportBucketStatements(inputs: GuardDutyExportGrantInputs): PolicyStatement[] {
  const objects = `${inputs.bucketArn}/${GUARDDUTY_EXPORT_PREFIX}/*`;
  const statements: PolicyStatement[] = [
    {
      Sid: 'GuardDutyGetsBucketLocation',
      Effect: 'Allow',
      Principal: { Service: 'guardduty.amazonaws.com' },
      Action: 's3:GetBucketLocation',
      Resource: inputs.bucketArn,
      Condition: sourceConditions(inputs),
    },
    {
      Sid: 'GuardDutyExportsFindings',
      Effect: 'Allow',
      Principal: { Service: 'guardduty.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: objects,
      Condition: sourceConditions(inputs),
    },
    {
      Sid: 'DenyGuardDutyExportWithoutKms',
      Effect: 'Deny',
      Principal: { Service: 'guardduty.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: objects,
      Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
    },
  ];
  if (inputs.keyArn !== undefined) {
    statements.push({
      Sid: 'DenyGuardDutyExportWithOtherKey',
      Effect: 'Deny',
      Principal: { Service: 'guardduty.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: objects,
      Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': inputs.keyArn } },
    });
  }
  return statements;
}

/** Statement for the log-archive key's policy: GuardDuty encrypts exported findings with it. */
export function guardDutyExportKeyStatements(inputs: GuardDutyExportGrantInputs): PolicyStatement[] {
  return [
    {
      Sid: 'GuardDutyEncryptsExportedFindings',
      Effect: 'Allow',
      Principal: { Service: 'guardduty.amazonaws.com' },
      Action: 'kms:GenerateDataKey',
      Resource: '*',
      Condition: sourceConditions(inputs),
    },
  ];
}

/** One Security Hub control trailguard reports on. */
export interface ControlEntry {
  readonly control: string;
  /** Security Hub's title. */
  readonly title: string;
  /** CIS AWS Foundations Benchmark recommendations it maps to, as `<version>/<id>` (v1.4.0 and v3.0.0). */
  readonly cis: readonly string[];
}

const entry = (control: string, title: string, cis: readonly string[] = []): ControlEntry => ({ control, title, cis });

const CIS_MONITORING: Record<number, [string, string]> = {
  1: ['usage of the "root" user', '1.4.0/4.3'],
  2: ['unauthorized API calls', '1.4.0/4.1'],
  3: ['Management Console sign-in without MFA', '1.4.0/4.2'],
  4: ['IAM policy changes', '1.4.0/4.4'],
  5: ['CloudTrail configuration changes', '1.4.0/4.5'],
  6: ['AWS Management Console authentication failures', '1.4.0/4.6'],
  7: ['disabling or scheduled deletion of customer managed keys', '1.4.0/4.7'],
  8: ['S3 bucket policy changes', '1.4.0/4.8'],
  9: ['AWS Config configuration changes', '1.4.0/4.9'],
  10: ['security group changes', '1.4.0/4.10'],
  11: ['changes to Network Access Control Lists (NACL)', '1.4.0/4.11'],
  12: ['changes to network gateways', '1.4.0/4.12'],
  13: ['route table changes', '1.4.0/4.13'],
  14: ['VPC changes', '1.4.0/4.14'],
};

/** The controls that apply to what trailguard builds, in Security Hub's order. */
export const CONTROL_CATALOG: readonly ControlEntry[] = [
  entry('CloudTrail.1', 'CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events', ['1.4.0/3.1', '3.0.0/3.1']),
  entry('CloudTrail.2', 'CloudTrail should have encryption at-rest enabled', ['1.4.0/3.7', '3.0.0/3.5']),
  entry('CloudTrail.3', 'At least one CloudTrail trail should be enabled'),
  entry('CloudTrail.4', 'CloudTrail log file validation should be enabled', ['1.4.0/3.2', '3.0.0/3.2']),
  entry('CloudTrail.5', 'CloudTrail trails should be integrated with Amazon CloudWatch Logs', ['1.4.0/3.4']),
  entry('CloudTrail.6', 'Ensure the S3 bucket used to store CloudTrail logs is not publicly accessible', ['1.4.0/3.3']),
  entry('CloudTrail.7', 'Ensure S3 bucket access logging is enabled on the CloudTrail S3 bucket', ['1.4.0/3.6', '3.0.0/3.4']),
  entry('CloudTrail.9', 'CloudTrail trails should be tagged'),
  entry('CloudTrail.10', 'CloudTrail Lake event data stores should be encrypted with customer managed AWS KMS keys'),
  ...Object.entries(CIS_MONITORING).map(([n, [what, cis]]) =>
    entry(`CloudWatch.${n}`, `A log metric filter and alarm should exist for ${what}`, n === '1' ? ['1.4.0/1.7', cis] : [cis])),
  entry('CloudWatch.15', 'CloudWatch alarms should have specified actions configured'),
  entry('CloudWatch.16', 'CloudWatch log groups should be retained for a specified time period'),
  entry('CloudWatch.17', 'CloudWatch alarm actions should be activated'),
  entry('S3.1', 'S3 general purpose buckets should have block public access settings enabled', ['1.4.0/2.1.5', '3.0.0/2.1.4']),
  entry('S3.2', 'S3 general purpose buckets should block public read access'),
  entry('S3.3', 'S3 general purpose buckets should block public write access'),
  entry('S3.5', 'S3 general purpose buckets should require requests to use SSL', ['1.4.0/2.1.2', '3.0.0/2.1.1']),
  entry('S3.6', 'S3 general purpose bucket policies should restrict access to other AWS accounts'),
  entry('S3.8', 'S3 general purpose buckets should block public access', ['1.4.0/2.1.5', '3.0.0/2.1.4']),
  entry('S3.9', 'S3 general purpose buckets should have server access logging enabled'),
  entry('S3.10', 'S3 general purpose buckets with versioning enabled should have Lifecycle configurations'),
  entry('S3.11', 'S3 general purpose buckets should have event notifications enabled'),
  entry('S3.12', 'ACLs should not be used to manage user access to S3 general purpose buckets'),
  entry('S3.13', 'S3 general purpose buckets should have Lifecycle configurations'),
  entry('S3.14', 'S3 general purpose buckets should have versioning enabled'),
  entry('S3.15', 'S3 general purpose buckets should have Object Lock enabled'),
  entry('S3.17', 'S3 general purpose buckets should be encrypted at rest with AWS KMS keys'),
  entry('KMS.3', 'AWS KMS keys should not be deleted unintentionally'),
  entry('KMS.4', 'AWS KMS key rotation should be enabled', ['1.4.0/3.8', '3.0.0/3.6']),
  entry('SNS.1', 'SNS topics should be encrypted at-rest using AWS KMS'),
  entry('SNS.4', 'SNS topic access policies should not allow public access'),
  entry('GuardDuty.1', 'GuardDuty should be enabled'),
  entry('GuardDuty.5', 'GuardDuty EKS Audit Log Monitoring should be enabled'),
  entry('GuardDuty.6', 'GuardDuty Lambda Protection should be enabled'),
  entry('GuardDuty.7', 'GuardDuty EKS Runtime Monitoring should be enabled'),
  entry('GuardDuty.8', 'GuardDuty Malware Protection for EC2 should be enabled'),
  entry('GuardDuty.9', 'GuardDuty RDS Protection should be enabled'),
  entry('GuardDuty.10', 'GuardDuty S3 Protection should be enabled'),
  entry('GuardDuty.11', 'GuardDuty Runtime Monitoring should be enabled'),
  entry('GuardDuty.12', 'GuardDuty ECS Runtime Monitoring should be enabled'),
  entry('EventBridge.3', 'EventBridge custom event buses should have a resource-based policy attached'),
  entry('Athena.4', 'Athena workgroups should have logging enabled'),
  entry('IAM.1', 'IAM policies should not allow full "*" administrative privileges', ['1.4.0/1.16', '3.0.0/1.15']),
  entry('Glue.1', 'AWS Glue jobs should be tagged'),
  entry('Glue.3', 'AWS Glue machine learning transforms should be encrypted at rest'),
  entry('Glue.4', 'AWS Glue Spark jobs should run on supported versions of AWS Glue'),
];

import type { AuditLogsStackProps } from './audit-logs-stack';

/** The platform's audit-logs stack as deployed: read by the app and by its own tests. */
export const ACME_AUDIT_LOGS_PROPS: AuditLogsStackProps = {
  bucketName: 'acme-platform-audit-evidence-eu-central-1',
  keyAliasName: 'alias/acme-platform/audit-evidence',
  region: 'eu-central-1',
  partition: 'aws',
  accountId: '444455556666',
  organizationId: 'o-acmeplatform1',
  trailArn: 'arn:aws:cloudtrail:eu-central-1:111122223333:trail/acme-org-trail',
  trailAccountId: '111122223333',
  breakGlassRoleArn: 'arn:aws:iam::444455556666:role/acme-break-glass',
  purposes: ['audit', 'investigation'],
};

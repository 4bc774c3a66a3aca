import { App } from 'cdktf';
import { AuditLogsStack } from './stacks/audit-logs-stack';

// The platform repo's app: its own stack id and names; trailguard supplies the constructs.
const app = new App();
new AuditLogsStack(app, 'acme-audit-logs', {
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
});
app.synth();

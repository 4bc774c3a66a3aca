import { App } from 'cdktf';
import { AuditLogsStack } from './stacks/audit-logs-stack';

// The platform repo's app: its own stack id and names; trailguard supplies the constructs.
const app = new App();
new AuditLogsStack(app, 'acme-audit-logs', {
  bucketName: 'acme-platform-audit-evidence-eu-central-1',
  region: 'eu-central-1',
  partition: 'aws',
  purposes: ['audit', 'investigation'],
});
app.synth();

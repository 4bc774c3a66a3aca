import { App } from 'cdktf';
import { ACME_AUDIT_LOGS_PROPS } from './stacks/acme-audit-logs-props';
import { AuditLogsStack } from './stacks/audit-logs-stack';

// The platform repo's app: its own stack id and names; trailguard supplies the constructs.
const app = new App();
new AuditLogsStack(app, 'acme-audit-logs', ACME_AUDIT_LOGS_PROPS);
app.synth();

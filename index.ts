// The public API of trailguard: everything a platform team composes into its own CDKTF
// app comes from here (`import { ... } from 'trailguard'`). One public construct per file
// in modules/, so each new construct is one `export *` line below. Provider classes are
// never re-exported: consumers import them deep (`@cdktf/provider-aws/lib/<resource>`).

// Stacks: the three account stacks and the function that wires a configuration to them.
export * from './stacks/account-stack';
export * from './stacks/account-providers';
export * from './stacks/log-archive-stack';
export * from './stacks/management-stack';
export * from './stacks/security-stack';
export * from './app/trailguard-app';
export * from './app/offline-plan-mode';
export * from './app/synth-summary';
export * from './app/source-mapped-traces';

// Reusable constructs: they work in any TerraformStack that has an AWS provider.
export * from './modules/profiles/purpose-profiles';
export * from './modules/private/conditional';
// Organization trail, guardrails and GuardDuty delegation (management).
export * from './modules/trail/organization-trail';
export * from './trail/trail-event-selectors';
export * from './modules/trail/trail-log-group';
export * from './modules/guardrails/organization-policy';
export * from './modules/guardrails/organization-trusted-access';
export * from './modules/detection/guardduty-delegation';
// Evidence store (log-archive).
export * from './modules/evidence/evidence-bucket';
export * from './modules/evidence/access-log-bucket';
export * from './modules/private/bucket-baseline';
export * from './modules/evidence/retention-lifecycle';
export * from './modules/evidence/log-key';
export * from './modules/investigation/investigator-role';
// Investigation tooling (log-archive): Glue table, Athena workgroup and saved queries.
export * from './modules/investigation/investigation-tooling';
export * from './modules/investigation/investigation-workgroup';
export * from './modules/investigation/cloud-trail-catalog';
export * from './modules/investigation/athena-named-queries';
export * from './modules/investigation/logs-insights-queries';
export * from './modules/investigation/query-results-bucket';
// Detection and alert routing (security, management).
export * from './modules/detection/guardduty-organization';
export * from './modules/detection/alarm-topic';
export * from './modules/detection/alert-topic';
export * from './modules/detection/alert-subscriptions-variable';
export * from './detections/routing/alert-input-transformer';
export * from './modules/detection/central-event-bus';
export * from './modules/detection/detection-rules';
export * from './modules/detection/event-forwarders';
export * from './modules/detection/forwarder-stack-set';
export * from './detections/routing/forwarder-template';
export * from './detections/routing/forwarding-plan';
export * from './modules/detection/management-detection';
export * from './detections/metric-alarm-rule';
export * from './modules/detection/metric-alarms';

// Purpose profiles: the settings table, its merge rules and the resolver.
export * from './profiles/purposes';
export * from './profiles/settings-table';
export * from './profiles/merge-rules';
export * from './profiles/resolve';
export * from './profiles/overrides';

// Configuration: one-pass validation with every problem reported.
export * from './config/load';
export * from './config/config-error';
export * from './config/regions';
export * from './config/context';
export { trailguardConfigSchema, type TrailguardConfigInput, type ParsedConfig } from './config/schema';

// Naming: the one place physical names and ARNs are built.
export * from './naming/names';

// Policy builders: typed documents, stringified only where attached.
export * from './policies/policy-document';
export * from './policies/evidence-perms';
export * from './policies/bucket-guard-statements';
export * from './policies/evidence-bucket-policy';
export * from './policies/access-log-bucket-policy';
export * from './policies/log-key-policy';
export * from './policies/investigator-read-policy';
export * from './policies/investigator-trust-policy';
export * from './policies/investigator-query-policy';
export * from './policies/query-results-policies';
export * from './policies/guardrail-actions';
export * from './policies/log-guardrail-scope';
export * from './policies/deny-log-tampering-scp';
export * from './policies/evidence-protection-rcp';
export * from './policies/policy-size';
export * from './policies/trail-log-group-key-policy';
export * from './policies/trail-log-group-role';
export * from './policies/alarm-key-policy';
export * from './policies/alarm-topic-policy';
export * from './policies/alert-key-policy';
export * from './policies/alert-topic-policy';
export * from './policies/central-bus-policy';
export * from './policies/event-forwarder-policies';
export * from './policies/guardduty-export-grants';

// Pattern lab: offline evaluators of the two pattern languages trailguard deploys, and the
// detection definitions (metric filters, EventBridge rules) as data.
export * from './patterns';
export * from './detections';

// Investigation: the saved queries and the CloudTrail table schema they run against.
export * from './investigation/queries';
export * from './investigation/cloudtrail-table';

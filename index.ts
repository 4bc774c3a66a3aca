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
export * from './stacks/trailguard-app';
export * from './stacks/offline-plan-mode';
export * from './stacks/synth-summary';

// Reusable constructs: they work in any TerraformStack that has an AWS provider.
export * from './modules/purpose-profiles';
export * from './modules/conditional';

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

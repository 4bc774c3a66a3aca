// Evidence integrity: CloudTrail digest-chain validation as a library (`validateLogs` yields
// verdicts as an async iterator), the evidence bundle, and the stores they read from.
export * from './trail-arn';
export * from './digest-keys';
export * from './digest-file';
export * from './signature';
export * from './public-keys';
export * from './log-hash';
export * from './evidence-store';
export * from './s3-evidence-store';
export * from './bundle-evidence-store';
export * from './bundle-layout';
export * from './bundle-manifest';
export * from './bundle-export';
export * from './bundle-validate';
export * from './verdicts';
export * from './summary';
export * from './validate-logs';

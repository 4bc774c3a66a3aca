import type { DetectionTargets } from '../types';
import { apiCall, LONG_TERM_CALLER, NOT_SERVICE_INVOKED } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

/** Impact: SSE-C re-encryption, backups destroyed, Bedrock opened up. Bulk deletions are counted by metric filters. */
export function impactRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 's3-sse-c-upload',
      name: 'S3 object written with a customer-provided key (SSE-C)',
      severity: 'high',
      why: 'Ransomware re-encrypts objects with a key only the attacker holds (SSE-C); few organizations use SSE-C on purpose. Needs S3 data events on the trail.',
      runbook: 'Block SSE-C on the bucket (a bucket policy denying s3:x-amz-server-side-encryption-customer-algorithm), then restore prior versions.',
      pattern: apiCall(['s3.amazonaws.com'], {
        eventName: ['PutObject', 'CopyObject', 'CreateMultipartUpload', 'UploadPart'],
        $or: [{ additionalEventData: { SSEApplied: ['SSE_C'] } }, { requestParameters: { 'x-amz-server-side-encryption-customer-algorithm': [{ exists: true }] } }],
      }),
      arrivesIn: 'every-region',
      needsDataEvents: 's3',
      techniqueClass: 'impact',
      attack: { techniqueId: 'T1486', name: 'Data Encrypted for Impact' },
      falsePositives: 'Applications that use SSE-C by design (exclude them).',
    },
    {
      id: 'backups-destroyed',
      name: 'Backup vault, plan, lock or recovery point deleted',
      severity: 'high',
      why: 'Destroying backups comes before ransomware impact; AWS Backup\'s own lifecycle deletions are invoked by the service and do not fire.',
      runbook: 'Check the vault\'s remaining recovery points and vault lock; restore the plan from code and find the caller.',
      pattern: apiCall(['backup.amazonaws.com'], {
        eventName: ['DeleteBackupVault', 'DeleteBackupPlan', 'DeleteRecoveryPoint', 'DeleteBackupVaultLockConfiguration', 'PutBackupVaultAccessPolicy', 'DeleteBackupSelection'],
        userIdentity: NOT_SERVICE_INVOKED,
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'impact',
      attack: { techniqueId: 'T1490', name: 'Inhibit System Recovery' },
      falsePositives: 'Backup re-organization by your platform team.',
    },
    {
      id: 'bedrock-model-access-enabled',
      name: 'Bedrock model access enabled or model invoked by long-term credentials',
      severity: 'medium',
      why: 'LLM-jacking turns on model access and invokes models with stolen keys; the bill is the impact.',
      runbook: 'Check who asked for model access; revoke it (or deny bedrock:* by SCP where unused) and deactivate the key that invoked models.',
      pattern: apiCall(['bedrock.amazonaws.com'], {
        $or: [
          { eventName: ['PutFoundationModelEntitlement', 'PutUseCaseForModelAccess', 'CreateFoundationModelAgreement'] },
          { eventName: ['InvokeModel', 'InvokeModelWithResponseStream', 'Converse', 'ConverseStream'], userIdentity: LONG_TERM_CALLER },
        ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'impact',
      attack: { techniqueId: 'T1496', name: 'Resource Hijacking' },
      falsePositives: 'Teams adopting Bedrock (exclude their roles after review).',
    },
  ];
}

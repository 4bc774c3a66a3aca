import type { DetectionTargets } from '../types';
import { TRAIL_TAMPER_EVENTS } from '../watched-actions';
import { apiCall, apiCallAcrossServices } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

/** Blinding beyond the org trail: any trail, flow logs, DNS query logs, GuardDuty, Config, Security Hub, Macie. */
export function blindingRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'any-trail-tampering',
      name: 'Any trail stopped, deleted or narrowed',
      severity: 'high',
      why:
        'Account trails feed teams\' own tooling and data-event copies; stopping or narrowing one (event selectors, Insights) blinds them. ' +
        'The organization trail fires org-trail-tampering too, at critical.',
      runbook: 'Run GetTrailStatus and GetEventSelectors on the trail named in requestParameters and restore it; find the caller.',
      pattern: apiCall(['cloudtrail.amazonaws.com'], { eventName: [...TRAIL_TAMPER_EVENTS] }),
      arrivesIn: 'every-region',
      techniqueClass: 'blinding',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.008', name: 'Disable or Modify Cloud Logs' },
      falsePositives: 'Planned trail changes from your pipelines (exclude them).',
    },
    {
      id: 'trail-bucket-short-expiry',
      name: 'Bucket lifecycle rule expiring objects within 7 days',
      severity: 'medium',
      why: 'A short expiration on a trail or log bucket deletes the logs quietly, without a single Delete call to alert on.',
      runbook: 'Read the lifecycle rule in requestParameters; if the bucket holds logs or evidence, restore the previous lifecycle and check what already expired.',
      pattern: apiCall(['s3.amazonaws.com'], {
        eventName: ['PutBucketLifecycle'],
        // CloudTrail records the XML body as JSON; Days may be a number or its text.
        requestParameters: { LifecycleConfiguration: { Rule: { Status: ['Enabled'], Expiration: { Days: [{ numeric: ['<=', 7] }, '0', '1', '2', '3', '4', '5', '6', '7'] } } } },
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'blinding',
      attack: { techniqueId: 'T1070', name: 'Indicator Removal' },
      falsePositives: 'Scratch and temporary buckets with short expiry.',
    },
    {
      id: 'network-logs-deleted',
      name: 'VPC flow logs or Route 53 resolver query logging deleted',
      severity: 'high',
      why: 'Flow logs and DNS query logs are what GuardDuty and responders see network behaviour with; deleting them hides exfiltration and C2.',
      runbook: 'Recreate the flow log or query-log association from code, then look at the caller\'s other calls in the same minutes.',
      pattern: apiCallAcrossServices({
          $or: [
            { eventSource: ['ec2.amazonaws.com'], eventName: ['DeleteFlowLogs'] },
            { eventSource: ['route53resolver.amazonaws.com'], eventName: ['DeleteResolverQueryLogConfig', 'DisassociateResolverQueryLogConfig'] },
          ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'blinding',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.008', name: 'Disable or Modify Cloud Logs' },
      falsePositives: 'VPC tear-downs by pipelines (exclude them).',
    },
    {
      id: 'guardduty-weakened',
      name: 'GuardDuty detector disabled, findings hidden or export changed',
      severity: 'high',
      why:
        'Beyond deleting a detector: a filter that auto-archives, a trusted IP list, a deleted or changed publishing destination, or a ' +
        'suspended detector silence GuardDuty without removing it.',
      runbook: 'List the detector\'s filters, IP sets and publishing destinations and compare them with code; remove what nobody owns.',
      pattern: apiCall(['guardduty.amazonaws.com'], {
        eventName: [
          'CreateFilter', 'UpdateFilter', 'DeleteFilter', 'CreateIPSet', 'UpdateIPSet', 'DeleteIPSet', 'DeleteThreatIntelSet',
          'UpdatePublishingDestination', 'DeletePublishingDestination', 'UpdateMemberDetectors', 'UpdateOrganizationConfiguration',
        ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'blinding',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.001', name: 'Disable or Modify Tools' },
      falsePositives: 'Suppression rules your security team adds on purpose (exclude its automation).',
    },
    {
      id: 'config-stopped',
      name: 'AWS Config recorder stopped or deleted, or delivery removed',
      severity: 'high',
      why: 'Config is the resource history responders and auditors rebuild a timeline from; stopping it leaves a hole nobody sees until they need it.',
      runbook: 'Start the recorder (StartConfigurationRecorder) or restore the delivery channel from code, and find the caller.',
      pattern: apiCall(['config.amazonaws.com'], {
        eventName: ['StopConfigurationRecorder', 'DeleteConfigurationRecorder', 'DeleteDeliveryChannel', 'DeleteServiceLinkedConfigurationRecorder'],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'blinding',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.001', name: 'Disable or Modify Tools' },
      falsePositives: 'Account decommissioning.',
    },
    {
      id: 'security-tooling-disabled',
      name: 'Security Hub, Macie, Inspector or Access Analyzer disabled',
      severity: 'high',
      why: 'Switching off the services that raise findings removes the signals that would show the rest of an intrusion.',
      runbook: 'Re-enable the service from the delegated administrator and find who disabled it.',
      pattern: apiCallAcrossServices({
          $or: [
            { eventSource: ['securityhub.amazonaws.com'], eventName: ['DisableSecurityHub', 'BatchDisableStandards', 'DisassociateFromAdministratorAccount', 'DisassociateFromMasterAccount', 'DeleteMembers', 'DisassociateMembers'] },
            { eventSource: ['macie2.amazonaws.com'], eventName: ['DisableMacie', 'DisassociateFromAdministratorAccount', 'DisassociateFromMasterAccount'] },
            { eventSource: ['macie2.amazonaws.com'], eventName: ['UpdateMacieSession'], requestParameters: { status: ['PAUSED'] } },
            { eventSource: ['inspector2.amazonaws.com'], eventName: ['Disable', 'DisableDelegatedAdminAccount'] },
            { eventSource: ['access-analyzer.amazonaws.com'], eventName: ['DeleteAnalyzer'] },
          ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'blinding',
      attack: { techniqueId: 'T1562', subTechniqueId: 'T1562.001', name: 'Disable or Modify Tools' },
      falsePositives: 'Account decommissioning; cost-driven Macie pauses.',
    },
  ];
}

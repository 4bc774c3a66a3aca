import type { Purpose } from '../../profiles/purposes';
import type { ComponentId } from '../../model/components';

/** One standing review: who looks at what, how often. Listed in the order to do them. */
export interface ReviewItem {
  readonly who: string;
  readonly what: string;
  readonly how: string;
  readonly cadence: 'continuous' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
  /** Saved query the review runs, if any. */
  readonly query?: string;
  /**
   * The component of the deployment model the review reads; the item is left out when it is not deployed.
   * @default - always applies
   */
  readonly requires?: ComponentId;
}

/** The reviews each purpose asks for, in order: cheapest signal of the worst failure first. */
export const REVIEWS: Readonly<Record<Purpose, readonly ReviewItem[]>> = {
  audit: [
    {
      who: 'Security engineer (not the platform team that deploys)',
      what: 'Trail still logging, log file validation on, and digest files validate',
      how: 'aws cloudtrail get-trail-status, then aws cloudtrail validate-logs over the period',
      cadence: 'monthly',
    },
    {
      who: 'Security engineer',
      what: 'Evidence bucket: Object Lock mode and retention, bucket policy and key policy equal the Terraform plan',
      how: 'terraform plan of the log-archive stack shows no drift',
      cadence: 'monthly',
    },
    {
      who: 'Internal audit',
      what: 'Who read the evidence: S3 server access logs of the evidence bucket',
      how: 'Every reader must be the investigator role, break-glass, or an auditor on record',
      cadence: 'quarterly',
      requires: 'access-logging',
    },
    {
      who: 'Internal audit',
      what: 'Changes to the trail, GuardDuty, guardrail policies and the evidence bucket',
      how: 'Each change must match an approved change record',
      cadence: 'quarterly',
      query: 'defence-changes',
      requires: 'query-tooling',
    },
  ],
  investigation: [
    {
      who: 'Security engineer',
      what: 'Root user activity anywhere in the organization',
      how: 'Every root action needs a named owner and reason',
      cadence: 'weekly',
      query: 'root-activity',
      requires: 'query-tooling',
    },
    {
      who: 'Security engineer',
      what: 'Attempts to blind the logging: trail, GuardDuty, SCP and evidence bucket changes',
      how: 'Anything not from the deployment pipeline is an incident',
      cadence: 'weekly',
      query: 'defence-changes',
      requires: 'query-tooling',
    },
    {
      who: 'Security engineer',
      what: 'IAM and permission changes',
      how: 'New admins, new trust relationships and new resource policies must match a change',
      cadence: 'weekly',
      query: 'permission-changes',
      requires: 'query-tooling',
    },
    {
      who: 'Incident lead',
      what: 'The saved queries still answer: a tabletop runs event-window and actions-by-principal end to end',
      how: 'Time how long each first question takes; fix what was slow',
      cadence: 'quarterly',
      query: 'event-window',
      requires: 'query-tooling',
    },
    {
      who: 'Incident lead',
      what: 'The layers still join: a tabletop follows one role session from its API calls into its flows and DNS lookups',
      how: 'Run session-calls-with-flows, then instance-flows-around-call and dns-before-call; an empty layer is a gap to fix',
      cadence: 'quarterly',
      query: 'session-calls-with-flows',
      requires: 'trace-queries',
    },
  ],
  detection: [
    {
      who: 'On-call responder (alert topic subscribers)',
      what: 'Every alert, as it arrives, critical and high first',
      how: 'Follow the alert section below: contain, then the two saved queries',
      cadence: 'continuous',
    },
    {
      who: 'On-call responder',
      what: 'GuardDuty findings of medium and low severity, which do not page',
      how: 'Triage in the GuardDuty administrator; archive with a reason or open an incident',
      cadence: 'daily',
      requires: 'guardduty-organization',
    },
    {
      who: 'Security engineer',
      what: 'Denied calls by principal: a principal probing many services is recon',
      how: 'Compare the top principals with last week',
      cadence: 'weekly',
      query: 'denied-calls-by-principal',
      requires: 'query-tooling',
    },
    {
      who: 'Security lead',
      what: 'Alert volume and noise per detection',
      how: 'Tune or suppress only with a written reason; never delete a CIS filter',
      cadence: 'monthly',
    },
  ],
};

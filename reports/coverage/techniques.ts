// The MITRE ATT&CK (Enterprise, IaaS platform) techniques that AWS control-plane activity can show,
// and what trailguard knows about each beyond its rules: which guardrail statement prevents it,
// which GuardDuty findings cover it, which metric filter counts it, or why it is a gap.
// Which rules detect a technique is NOT listed here: it is read from the rule definitions.

/** A guardrail statement that denies the technique, and the simulation test that proves it. */
export interface Prevention {
  /** The statement's Sid in policies/ (deny-log-tampering-scp.ts, evidence-protection-rcp.ts). */
  readonly sid: string;
  /** The scope the statement binds: SCPs never bind the management account. */
  readonly scope: string;
  /** The simulation test that shows it denies the technique's actions. */
  readonly provenBy: string;
}

/** GuardDuty findings for a technique; GuardDuty rates 7.0 and above high, which pages. */
export interface GuardDutyCoverage {
  readonly findingTypes: readonly string[];
  /** The highest documented severity of these finding types. */
  readonly maxSeverity: number;
}

export interface AttackTechniqueEntry {
  /** Technique or sub-technique id, as ATT&CK numbers it. */
  readonly id: string;
  readonly name: string;
  readonly tactic: string;
  readonly prevented?: readonly Prevention[];
  readonly guardDuty?: GuardDutyCoverage;
  /** Metric filters (ids in detections/) that count it, minutes after the call. */
  readonly metricFilters?: readonly string[];
  /** Why nothing faster covers it, where nothing does. */
  readonly gap?: string;
}

const SCP_MEMBERS = 'member accounts (SCP); not the management account';
const LOG_SIM = 'test/policies/log-guardrails.sim.test.ts';
const FWD_SIM = 'test/policies/forwarder-guardrails.sim.test.ts';

// Finding types and severities from the GuardDuty user guide's finding-type reference.
const INSTANCE_CREDENTIALS: GuardDutyCoverage = {
  findingTypes: ['UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS', 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS'],
  maxSeverity: 8,
};

export const ATTACK_TECHNIQUES: readonly AttackTechniqueEntry[] = [
  { id: 'T1078.004', name: 'Valid Accounts: Cloud Accounts', tactic: 'initial-access', guardDuty: { findingTypes: ['InitialAccess:IAMUser/AnomalousBehavior', 'Policy:IAMUser/RootCredentialUsage'], maxSeverity: 5 }, metricFilters: ['root-account-usage', 'console-sign-in-without-mfa'] },
  { id: 'T1110', name: 'Brute Force', tactic: 'credential-access', guardDuty: { findingTypes: ['UnauthorizedAccess:EC2/SSHBruteForce', 'UnauthorizedAccess:EC2/RDPBruteForce'], maxSeverity: 8 }, metricFilters: ['console-authentication-failures'],
    gap: 'Failed sign-ins are counted per period by a metric filter; EventBridge cannot count.' },
  { id: 'T1651', name: 'Cloud Administration Command', tactic: 'execution' },
  { id: 'T1059.009', name: 'Command and Scripting Interpreter: Cloud API', tactic: 'execution' },
  { id: 'T1648', name: 'Serverless Execution', tactic: 'execution', gap: 'Creating and invoking functions is everyday work; only the backdoor forms (layers, code by long-term keys, open permissions) are ruled.' },
  { id: 'T1098.001', name: 'Account Manipulation: Additional Cloud Credentials', tactic: 'persistence' },
  { id: 'T1098.003', name: 'Account Manipulation: Additional Cloud Roles', tactic: 'persistence', metricFilters: ['iam-policy-changes'] },
  { id: 'T1098', name: 'Account Manipulation', tactic: 'persistence', metricFilters: ['iam-policy-changes'] },
  { id: 'T1136.003', name: 'Create Account: Cloud Account', tactic: 'persistence' },
  { id: 'T1525', name: 'Implant Internal Image', tactic: 'persistence' },
  { id: 'T1546', name: 'Event Triggered Execution', tactic: 'persistence' },
  { id: 'T1556.006', name: 'Modify Authentication Process: Multi-Factor Authentication', tactic: 'persistence' },
  { id: 'T1484.002', name: 'Domain or Tenant Policy Modification: Trust Modification', tactic: 'privilege-escalation' },
  { id: 'T1484', name: 'Domain or Tenant Policy Modification', tactic: 'privilege-escalation', metricFilters: ['organizations-changes', 'guardrail-policy-changes'] },
  { id: 'T1548.005', name: 'Abuse Elevation Control Mechanism: Temporary Elevated Cloud Access', tactic: 'privilege-escalation',
    gap: 'Role chaining and session-policy abuse look like ordinary AssumeRole calls; telling them apart needs a per-principal baseline.' },
  { id: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs', tactic: 'defense-evasion',
    prevented: [{ sid: 'DenyTrailTampering', scope: SCP_MEMBERS, provenBy: LOG_SIM }, { sid: 'DenyEvidenceBucketTampering', scope: 'member accounts (SCP) and everyone on the evidence buckets (RCP, bucket policy)', provenBy: LOG_SIM }],
    guardDuty: { findingTypes: ['Stealth:IAMUser/CloudTrailLoggingDisabled'], maxSeverity: 2 }, metricFilters: ['cloudtrail-configuration-changes', 'trail-log-group-tampering'] },
  { id: 'T1562.001', name: 'Impair Defenses: Disable or Modify Tools', tactic: 'defense-evasion',
    prevented: [{ sid: 'DenyGuardDutyTampering', scope: SCP_MEMBERS, provenBy: LOG_SIM }, { sid: 'DenyForwarderRuleTampering', scope: SCP_MEMBERS, provenBy: FWD_SIM }],
    metricFilters: ['config-changes'] },
  { id: 'T1562.007', name: 'Impair Defenses: Disable or Modify Cloud Firewall', tactic: 'defense-evasion', metricFilters: ['security-group-changes', 'nacl-changes'] },
  { id: 'T1562', name: 'Impair Defenses', tactic: 'defense-evasion', metricFilters: ['unauthorized-api-calls'] },
  { id: 'T1070', name: 'Indicator Removal', tactic: 'defense-evasion', metricFilters: ['s3-bucket-policy-changes'] },
  { id: 'T1535', name: 'Unused/Unsupported Cloud Regions', tactic: 'defense-evasion',
    gap: 'A call in an ungoverned Region is ordinary by itself; denying ungoverned Regions by SCP is the control (not part of trailguard).' },
  { id: 'T1578', name: 'Modify Cloud Compute Infrastructure', tactic: 'defense-evasion',
    gap: 'Snapshots, instances and volumes are created and deleted all day; only sharing, odd instance types and bulk deletion are signals.' },
  { id: 'T1666', name: 'Modify Cloud Resource Hierarchy', tactic: 'defense-evasion',
    prevented: [{ sid: 'DenyLeavingOrganization', scope: SCP_MEMBERS, provenBy: LOG_SIM }], metricFilters: ['organizations-changes'] },
  { id: 'T1550.001', name: 'Use Alternate Authentication Material: Application Access Token', tactic: 'lateral-movement' },
  { id: 'T1552.005', name: 'Unsecured Credentials: Cloud Instance Metadata API', tactic: 'credential-access', guardDuty: INSTANCE_CREDENTIALS },
  { id: 'T1552', name: 'Unsecured Credentials', tactic: 'credential-access' },
  { id: 'T1555.006', name: 'Credentials from Password Stores: Cloud Secrets Management Stores', tactic: 'credential-access',
    guardDuty: { findingTypes: ['CredentialAccess:IAMUser/AnomalousBehavior'], maxSeverity: 5 }, metricFilters: ['secrets-read-volume'] },
  { id: 'T1528', name: 'Steal Application Access Token', tactic: 'credential-access',
    gap: 'Stolen tokens are used, not created, in the control plane; GuardDuty\'s credential-exfiltration findings cover the instance-role case.', guardDuty: INSTANCE_CREDENTIALS },
  { id: 'T1580', name: 'Cloud Infrastructure Discovery', tactic: 'discovery', guardDuty: { findingTypes: ['Discovery:IAMUser/AnomalousBehavior', 'Recon:IAMUser/MaliciousIPCaller'], maxSeverity: 5 },
    metricFilters: ['discovery-burst-long-term-keys'], gap: 'A burst of Describe calls is volume: EventBridge matches one event at a time and cannot count, so a metric filter counts it.' },
  { id: 'T1526', name: 'Cloud Service Discovery', tactic: 'discovery' },
  { id: 'T1087.004', name: 'Account Discovery: Cloud Account', tactic: 'discovery', guardDuty: { findingTypes: ['Discovery:IAMUser/AnomalousBehavior'], maxSeverity: 5 },
    gap: 'ListUsers and ListRoles are ordinary reads; only their volume or novelty is a signal.' },
  { id: 'T1619', name: 'Cloud Storage Object Discovery', tactic: 'discovery', guardDuty: { findingTypes: ['Discovery:S3/AnomalousBehavior'], maxSeverity: 5 },
    gap: 'ListObjects volume needs S3 data events and a count.' },
  { id: 'T1021.004', name: 'Remote Services: SSH', tactic: 'lateral-movement' },
  { id: 'T1021', name: 'Remote Services', tactic: 'lateral-movement' },
  { id: 'T1530', name: 'Data from Cloud Storage', tactic: 'collection', guardDuty: { findingTypes: ['Exfiltration:S3/AnomalousBehavior', 'Exfiltration:S3/MaliciousIPCaller'], maxSeverity: 8 },
    gap: 'GetObject volume needs S3 data events and a count.' },
  { id: 'T1537', name: 'Transfer Data to Cloud Account', tactic: 'exfiltration' },
  { id: 'T1485', name: 'Data Destruction', tactic: 'impact',
    prevented: [{ sid: 'DenyEvidenceBucketTampering', scope: 'member accounts (SCP) and everyone on the evidence buckets (RCP, bucket policy)', provenBy: LOG_SIM },
      { sid: 'DenyLogKeyTampering', scope: SCP_MEMBERS, provenBy: LOG_SIM }],
    guardDuty: { findingTypes: ['Impact:S3/AnomalousBehavior.Delete'], maxSeverity: 8 },
    metricFilters: ['kms-key-disable-or-deletion', 'log-key-changes', 'bulk-object-deletions', 'bulk-snapshot-deletions'],
    gap: 'Bulk deletion of workload data (objects, snapshots, AMIs) is volume: EventBridge cannot count it, so metric filters do.' },
  { id: 'T1486', name: 'Data Encrypted for Impact', tactic: 'impact' },
  { id: 'T1490', name: 'Inhibit System Recovery', tactic: 'impact', metricFilters: ['bulk-snapshot-deletions'] },
  { id: 'T1496', name: 'Resource Hijacking', tactic: 'impact', guardDuty: { findingTypes: ['CryptoCurrency:EC2/BitcoinTool.B!DNS', 'CryptoCurrency:EC2/BitcoinTool.B'], maxSeverity: 8 } },
  { id: 'T1531', name: 'Account Access Removal', tactic: 'impact',
    gap: 'Deleting users, keys and login profiles is everyday administration; the IAM rules see the changes but none pages on removal alone.' },
  { id: 'T1071', name: 'Application Layer Protocol (command and control)', tactic: 'command-and-control',
    guardDuty: { findingTypes: ['Backdoor:EC2/C&CActivity.B', 'Backdoor:EC2/C&CActivity.B!DNS'], maxSeverity: 8 }, gap: 'Network traffic, not API calls.' },
];

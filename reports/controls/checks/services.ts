import { ofType, pointingAt, referenced, type ResourceView, type TfResource } from '../resources';
import { blocks, eachResource, needed, type CheckResult, type ControlCheck } from './check';

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** GuardDuty features of the Security Hub feature controls (GuardDuty.5-12), with the agent configuration some need. */
const GUARDDUTY_FEATURE_CONTROLS: readonly { control: string; feature: string; additional?: string; source: string }[] = [
  { control: 'GuardDuty.5', feature: 'EKS_AUDIT_LOGS', source: 'GuardDuty EKS Audit Log Monitoring should be enabled' },
  { control: 'GuardDuty.6', feature: 'LAMBDA_NETWORK_LOGS', source: 'GuardDuty Lambda Protection should be enabled' },
  { control: 'GuardDuty.7', feature: 'RUNTIME_MONITORING', additional: 'EKS_ADDON_MANAGEMENT', source: 'GuardDuty EKS Runtime Monitoring should be enabled (with automated agent management)' },
  { control: 'GuardDuty.8', feature: 'EBS_MALWARE_PROTECTION', source: 'GuardDuty Malware Protection for EC2 should be enabled' },
  { control: 'GuardDuty.9', feature: 'RDS_LOGIN_EVENTS', source: 'GuardDuty RDS Protection should be enabled' },
  { control: 'GuardDuty.10', feature: 'S3_DATA_EVENTS', source: 'GuardDuty S3 Protection should be enabled' },
  { control: 'GuardDuty.11', feature: 'RUNTIME_MONITORING', source: 'GuardDuty Runtime Monitoring should be enabled' },
  { control: 'GuardDuty.12', feature: 'RUNTIME_MONITORING', additional: 'ECS_FARGATE_AGENT_MANAGEMENT', source: 'GuardDuty ECS Runtime Monitoring should be enabled' },
];

const detectors = (view: ResourceView) => ofType(view, 'aws_guardduty_detector');

function guardDutyFeatureCheck(control: string, feature: string, additional: string | undefined): ControlCheck {
  return {
    control,
    check: (view) => {
      // Members (the management account among them) get the plan from the administrator's auto-enable.
      const autoEnabled = ofType(view, 'aws_guardduty_organization_configuration_feature').some((f) => f.values.name === feature && f.values.auto_enable === 'ALL'
        && (additional === undefined || blocks(f.values.additional_configuration).some((c) => c.name === additional && c.auto_enable === 'ALL')));
      const result = eachResource(detectors(view), (detector) => {
        const setting = pointingAt(view, 'aws_guardduty_detector_feature', 'detector_id', detector).find((f) => f.values.name === feature);
        if (setting === undefined && autoEnabled) return undefined;
        const present = needed(setting, `${feature} not configured`);
        if (present !== undefined) return present;
        if (typeof setting?.values.status === 'string' && setting.values.status.includes('${')) return { undecided: `${setting.address}.status` };
        if (setting?.values.status !== 'ENABLED') return `${feature} is ${String(setting?.values.status)}`;
        if (additional === undefined) return undefined;
        const agent = blocks(setting.values.additional_configuration).find((c) => c.name === additional);
        return agent?.status === 'ENABLED' ? undefined : `${feature} without ${additional}`;
      }, 'GuardDuty detector');
      return result.status === 'not applicable' ? { ...result, status: 'not met', why: 'no GuardDuty detector' } : result;
    },
  };
}

/** IAM.1's administrative statement: Allow "*" on "*". */
const isAdministrative = (statement: any) => statement.Effect === 'Allow' && list(statement.Action).includes('*') && list(statement.Resource).includes('*');

export const SERVICE_CHECKS: readonly ControlCheck[] = [
  {
    // KMS.3: "checks whether KMS keys are scheduled for deletion. The control fails if a KMS key is scheduled for deletion."
    // A planned key is created enabled; a key Terraform disables (is_enabled = false) is on its way out.
    control: 'KMS.3',
    check: (view) => eachResource(ofType(view, 'aws_kms_key'), (k) => (k.values.is_enabled === false ? 'key disabled' : undefined), 'KMS key'),
  },
  {
    // KMS.4: "checks whether automatic key rotation is enabled for each customer managed key" (symmetric keys).
    control: 'KMS.4',
    check: (view) => eachResource(ofType(view, 'aws_kms_key').filter((k) => (k.values.customer_master_key_spec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT'),
      (k) => (k.values.enable_key_rotation === true ? undefined : 'automatic rotation off'), 'symmetric KMS key'),
  },
  {
    // SNS.1: "checks whether an SNS topic is encrypted at rest using keys managed in AWS KMS" (KmsMasterKeyId set).
    control: 'SNS.1',
    check: (view) => eachResource(ofType(view, 'aws_sns_topic'), (t) =>
      ((typeof t.values.kms_master_key_id === 'string' && t.values.kms_master_key_id !== '') || t.unknown.has('kms_master_key_id') ? undefined : 'not encrypted with KMS'), 'SNS topic'),
  },
  {
    // SNS.4: "checks whether the SNS topic access policy allows public access": an Allow for Principal "*" without a
    // condition that narrows it to accounts fails.
    control: 'SNS.4',
    check: (view) => eachResource(ofType(view, 'aws_sns_topic'), (t) => {
      const policies = [...pointingAt(view, 'aws_sns_topic_policy', 'arn', t), ...(typeof t.values.policy === 'string' ? [t] : [])];
      const statements = policies.flatMap((p) => (typeof p.values.policy === 'string' ? list(JSON.parse(p.values.policy).Statement) : [])) as any[];
      const open = statements.filter((s) => s.Effect === 'Allow' && (s.Principal === '*' || list(s.Principal?.AWS).includes('*')) && s.Condition === undefined);
      return open.length === 0 ? undefined : `allows ${open.map((s) => s.Sid ?? 'a statement').join(', ')} to everyone`;
    }, 'SNS topic'),
  },
  {
    // GuardDuty.1: "checks whether Amazon GuardDuty is enabled in your GuardDuty account and Region."
    control: 'GuardDuty.1',
    check: (view) => {
      const result = eachResource(detectors(view), (d) => (d.values.enable === false ? 'detector disabled' : undefined), 'GuardDuty detector');
      return result.status === 'not applicable' ? { ...result, status: 'not met', why: 'no GuardDuty detector' } : result;
    },
  },
  ...GUARDDUTY_FEATURE_CONTROLS.map(({ control, feature, additional }) => guardDutyFeatureCheck(control, feature, additional)),
  {
    // EventBridge.3: "checks whether an Amazon EventBridge custom event bus has a resource-based policy attached."
    control: 'EventBridge.3',
    check: (view) => eachResource(ofType(view, 'aws_cloudwatch_event_bus').filter((b) => b.values.name !== 'default'),
      (b) => needed(pointingAt(view, 'aws_cloudwatch_event_bus_policy', 'event_bus_name', b, b.values.name)[0], 'no resource-based policy'), 'custom event bus'),
  },
  {
    // Athena.4: "checks whether an Amazon Athena workgroup has logging enabled" (publish CloudWatch metrics).
    control: 'Athena.4',
    check: (view) => eachResource(ofType(view, 'aws_athena_workgroup'), (w) =>
      (blocks(w.values.configuration).some((c) => c.publish_cloudwatch_metrics_enabled === true) ? undefined : 'CloudWatch metrics not published'), 'Athena workgroup'),
  },
  {
    // IAM.1: "checks whether the default version of IAM policies (customer managed policies) has administrator access",
    // a statement with "Effect": "Allow" on "Action": "*" over "Resource": "*". Inline and AWS managed policies are not judged.
    control: 'IAM.1',
    check: (view) => eachResource(ofType(view, 'aws_iam_policy'), (p) =>
      (typeof p.values.policy === 'string' && list(JSON.parse(p.values.policy).Statement).some(isAdministrative) ? 'grants "*" on "*"' : undefined), 'customer managed IAM policy'),
  },
  ...['Glue.1', 'Glue.3', 'Glue.4'].map((control): ControlCheck => ({
    // Glue.1 (jobs tagged), Glue.3 (ML transforms encrypted), Glue.4 (Spark jobs on supported versions) judge Glue jobs
    // and ML transforms only; a Data Catalog database or table is not one of their resources.
    control,
    check: (view): CheckResult => eachResource([...ofType(view, 'aws_glue_job'), ...ofType(view, 'aws_glue_ml_transform')],
      (r: TfResource) => (control === 'Glue.3' && r.type === 'aws_glue_ml_transform' ? needed(referenced(view, r, 'transform_encryption', 'aws_kms_key')[0], 'not encrypted') : undefined), 'Glue job or ML transform'),
  })),
];

export { GUARDDUTY_FEATURE_CONTROLS };

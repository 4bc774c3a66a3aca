import type { Attack } from './guardrail-simulation';
import type { TamperPathWorld } from './tamper-paths';

/**
 * The calls the AWS provider (5.x) makes when it creates, reads, updates and deletes each
 * resource type the security stack manages, on trailguard's own resources. The security
 * deployment role must keep every one of them once the guardrails are attached.
 */
export const TERRAFORM_CALLS: Readonly<Record<string, readonly string[]>> = {
  aws_cloudwatch_event_rule: ['events:PutRule', 'events:DescribeRule', 'events:ListTagsForResource', 'events:TagResource', 'events:EnableRule', 'events:DisableRule', 'events:DeleteRule'],
  aws_cloudwatch_event_target: ['events:PutTargets', 'events:ListTargetsByRule', 'events:RemoveTargets'],
  aws_cloudwatch_event_bus: ['events:CreateEventBus', 'events:DescribeEventBus', 'events:ListTagsForResource', 'events:TagResource', 'events:UpdateEventBus', 'events:DeleteEventBus'],
  aws_cloudwatch_event_bus_policy: ['events:PutPermission', 'events:DescribeEventBus', 'events:RemovePermission'],
  aws_sns_topic: ['sns:CreateTopic', 'sns:GetTopicAttributes', 'sns:SetTopicAttributes', 'sns:ListTagsForResource', 'sns:TagResource', 'sns:DeleteTopic'],
  aws_sns_topic_policy: ['sns:SetTopicAttributes', 'sns:GetTopicAttributes'],
  aws_sns_topic_subscription: ['sns:Subscribe', 'sns:GetSubscriptionAttributes', 'sns:SetSubscriptionAttributes', 'sns:Unsubscribe'],
  aws_kms_key: [
    'kms:CreateKey', 'kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:PutKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:EnableKeyRotation',
    'kms:ListResourceTags', 'kms:TagResource', 'kms:UpdateKeyDescription', 'kms:ScheduleKeyDeletion',
  ],
  aws_kms_alias: ['kms:CreateAlias', 'kms:ListAliases', 'kms:UpdateAlias', 'kms:DeleteAlias'],
  aws_guardduty_detector: ['guardduty:CreateDetector', 'guardduty:GetDetector', 'guardduty:UpdateDetector', 'guardduty:ListTagsForResource', 'guardduty:TagResource', 'guardduty:DeleteDetector'],
  aws_guardduty_detector_feature: ['guardduty:UpdateDetector', 'guardduty:GetDetector'],
  aws_guardduty_organization_configuration: ['guardduty:UpdateOrganizationConfiguration', 'guardduty:DescribeOrganizationConfiguration'],
  aws_guardduty_organization_configuration_feature: ['guardduty:UpdateOrganizationConfiguration', 'guardduty:DescribeOrganizationConfiguration'],
  aws_guardduty_publishing_destination: [
    'guardduty:CreatePublishingDestination', 'guardduty:DescribePublishingDestination', 'guardduty:UpdatePublishingDestination', 'guardduty:DeletePublishingDestination',
  ],
};

/** The resource each call is authorized against, for every governed Region, with the resource's own policy. */
export function deployerCalls(w: TamperPathWorld): { readonly resourceType: string; readonly attack: Attack }[] {
  const { names, accounts: a, arns, policies, callers: c } = w;
  return w.config.governedRegions.flatMap((region) => {
    const home = region === w.region;
    const keyContext = { 'kms:ResourceAliases': [names.alertKeyAliasName] };
    type Target = Pick<Attack, 'resource' | 'resourcePolicy' | 'context'>;
    const key: Target = { resource: arns.alertKey(region), resourcePolicy: home ? policies.alertKey : undefined, context: keyContext };
    const targetsOf = (resourceType: string, action: string): Target[] => {
      // Alias calls are authorized on the alias and on the key it points to.
      if (resourceType === 'aws_kms_alias' && action !== 'kms:ListAliases') return [{ resource: arns.alertKeyAlias(region) }, key];
      return [targetOf(resourceType, action)];
    };
    const targetOf = (resourceType: string, action: string): Target => {
      const service = action.split(':')[0];
      if (['events:PutPermission', 'events:RemovePermission', 'kms:CreateKey', 'kms:ListAliases', 'guardduty:CreateDetector', 'guardduty:CreatePublishingDestination',
        'guardduty:UpdateOrganizationConfiguration', 'guardduty:DescribeOrganizationConfiguration'].includes(action)) return { resource: '*' };
      if (service === 'events') {
        return { resource: resourceType.startsWith('aws_cloudwatch_event_bus') ? names.centralEventBusArn(region) : arns.centralRule(region, 'root-activity') };
      }
      if (service === 'sns') return { resource: names.alertTopicArn(region), resourcePolicy: home ? policies.alertTopic : undefined };
      if (service === 'kms') return key;
      return { resource: resourceType === 'aws_guardduty_publishing_destination' ? arns.publishingDestination.replace(w.region, region) : arns.detector.replace(w.region, region) };
    };
    // Where the real resource policy is read (the home Region's topic and key) it must grant the call itself.
    return Object.entries(TERRAFORM_CALLS).flatMap(([resourceType, actions]) => actions.flatMap((action) => targetsOf(resourceType, action).map((target) => ({
      resourceType, attack: { caller: c.securityDeployer, action, resourceAccountId: a.SEC, grantEverything: target.resourcePolicy === undefined, ...target },
    }))));
  });
}

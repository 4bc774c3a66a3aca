import type { TerraformIterator, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { alertKeyPolicy } from '../../policies/alert-key-policy';
import { alertTopicPolicy } from '../../policies/alert-topic-policy';
import { policyJson } from '../../policies/policy-document';
import { conditionalAttribute, gate } from '../private/conditional';
import { keyAliasProblems, nameLengthProblems, validateProps } from '../private/validation';

export interface AlertTopicProps {
  /** The topic's name. */
  readonly topicName: string;
  /** The topic's ARN, built from configuration so its policy is known at plan time. */
  readonly topicArn: string;
  /** Alias of the key that encrypts the topic (`alias/...`). */
  readonly keyAliasName: string;
  readonly partition: string;
  /** The account that owns the topic. */
  readonly accountId: string;
  /** ARN pattern of the EventBridge rules that may publish (the central bus's rules). */
  readonly publishingRuleArnPattern: string;
  /** Roles that alone may delete or reconfigure the topic and its key (the deployment role, break-glass). */
  readonly administratorRoleArns: readonly string[];
  /**
   * Subscriptions, one per iterator entry with `protocol` and `endpoint` attributes.
   * @default - none; subscribe elsewhere to `topicArn`
   */
  readonly subscriptions?: TerraformIterator;
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  /** The provider of the topic's account and Region. */
  readonly provider: TerraformProvider;
}

/**
 * The alert topic of one Region: SNS encrypted with its own customer managed key, published to only
 * by the central bus's rules, and never over plain HTTP.
 */
export class AlertTopic extends Construct {
  readonly topic: SnsTopic;
  readonly key: KmsKey;
  /** The topic's ARN once it exists (null when not planned); use it for targets to order creation. */
  readonly topicArn: string;

  constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    validateProps(this, () => [
      ...nameLengthProblems('topicName', [props.topicName], 256),
      ...keyAliasProblems('keyAliasName', props.keyAliasName),
    ]);
    const count = props.count ?? 1;
    const provider = props.provider;

    this.key = gate(new KmsKey(this, 'Key', {
      provider,
      description: `Encrypts the trailguard alert topic ${props.topicName}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policyJson(alertKeyPolicy({ partition: props.partition, accountId: props.accountId, administratorRoleArns: props.administratorRoleArns })),
    }), count);
    gate(new KmsAlias(this, 'KeyAlias', { provider, name: props.keyAliasName, targetKeyId: conditionalAttribute(this.key, 'key_id') }), count);

    this.topic = gate(new SnsTopic(this, 'Topic', {
      provider,
      name: props.topicName,
      displayName: 'trailguard security alerts',
      kmsMasterKeyId: conditionalAttribute(this.key, 'arn'),
    }), count);
    this.topicArn = conditionalAttribute(this.topic, 'arn');
    gate(new SnsTopicPolicy(this, 'Policy', {
      provider,
      arn: this.topicArn,
      policy: policyJson(alertTopicPolicy({
        topicArn: props.topicArn,
        accountId: props.accountId,
        publishingRuleArnPattern: props.publishingRuleArnPattern,
        administratorRoleArns: props.administratorRoleArns,
      })),
    }), count);

    if (props.subscriptions !== undefined) {
      new SnsTopicSubscription(this, 'Subscription', {
        provider,
        forEach: props.subscriptions,
        topicArn: this.topicArn,
        protocol: props.subscriptions.getString('protocol'),
        endpoint: props.subscriptions.getString('endpoint'),
      });
    }
  }
}

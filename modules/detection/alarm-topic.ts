import type { TerraformIterator, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { alarmKeyPolicy } from '../../policies/alarm-key-policy';
import { alarmTopicPolicy } from '../../policies/alarm-topic-policy';
import { policyJson } from '../../policies/policy-document';
import { conditionalAttribute, gate } from '../private/conditional';
import { keyAliasProblems, nameLengthProblems, validateProps } from '../private/validation';

export interface AlarmTopicProps {
  /** The topic's name. */
  readonly topicName: string;
  /** The topic's ARN, built from configuration so its policy is known at plan time. */
  readonly topicArn: string;
  /** Alias of the key that encrypts the topic (`alias/...`). */
  readonly keyAliasName: string;
  readonly partition: string;
  /** The account that owns the topic and the alarms: the trail's account. */
  readonly accountId: string;
  /** ARN pattern of the metric-filter alarms that may publish. */
  readonly alarmArnPattern: string;
  /** Who is paged: one subscription per iterator entry, with `protocol` and `endpoint` attributes. */
  readonly subscriptions: TerraformIterator;
  /**
   * The Terraform expression (without `${}`) of the subscription list: an empty list fails the
   * plan, since a topic nobody reads pages nobody (and fails Security Hub CloudWatch.1-14).
   */
  readonly subscriptionListExpression: string;
  /**
   * `count` of every resource (a plan-time token): 0 plans nothing.
   * @default 1
   */
  readonly count?: number;
  /** The provider of the trail's account in the home Region. */
  readonly provider: TerraformProvider;
}

/**
 * The topic that metric-filter alarms act on: SNS encrypted with its own customer managed key,
 * published to only by this account's alarms, with the alert subscriptions. It is the alarms'
 * only route to responders (docs/detections.md, "One alert per alarm").
 */
export class AlarmTopic extends Construct {
  readonly topic: SnsTopic;
  readonly key: KmsKey;
  /** The topic's ARN once it exists (null when not planned). */
  readonly topicArn: string;

  constructor(scope: Construct, id: string, props: AlarmTopicProps) {
    super(scope, id);
    validateProps(this, () => [...nameLengthProblems('topicName', [props.topicName], 256), ...keyAliasProblems('keyAliasName', props.keyAliasName)]);
    const count = props.count ?? 1;
    const provider = props.provider;
    const grant = { partition: props.partition, accountId: props.accountId, alarmArnPattern: props.alarmArnPattern };

    this.key = gate(new KmsKey(this, 'Key', {
      provider,
      description: `Encrypts the trailguard metric-alarm topic ${props.topicName}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policyJson(alarmKeyPolicy(grant)),
    }), count);
    gate(new KmsAlias(this, 'KeyAlias', { provider, name: props.keyAliasName, targetKeyId: conditionalAttribute(this.key, 'key_id') }), count);

    this.topic = gate(new SnsTopic(this, 'Topic', {
      provider,
      name: props.topicName,
      displayName: 'trailguard metric-filter alarms',
      kmsMasterKeyId: conditionalAttribute(this.key, 'arn'),
      lifecycle: {
        precondition: [{
          condition: `\${length(${props.subscriptionListExpression}) > 0}`,
          errorMessage: 'alert_subscriptions: metric-filter alarms need at least one subscription ({ protocol = "email" or "https", endpoint }); ' +
            'an alarm topic nobody reads pages nobody and fails Security Hub CloudWatch.1-14.',
        }],
      },
    }), count);
    this.topicArn = conditionalAttribute(this.topic, 'arn');
    gate(new SnsTopicPolicy(this, 'Policy', {
      provider,
      arn: this.topicArn,
      policy: policyJson(alarmTopicPolicy({ topicArn: props.topicArn, accountId: props.accountId, alarmArnPattern: props.alarmArnPattern })),
    }), count);

    new SnsTopicSubscription(this, 'Subscription', {
      provider,
      forEach: props.subscriptions,
      topicArn: this.topicArn,
      protocol: props.subscriptions.getString('protocol'),
      endpoint: props.subscriptions.getString('endpoint'),
    });
  }
}

/** One recipient of security alerts. */
export interface AlertSubscription {
  readonly protocol: 'email' | 'https';
  readonly endpoint: string;
}

/** One thing wrong with a subscription. */
export interface SubscriptionProblem {
  readonly field: 'protocol' | 'endpoint';
  readonly received: string;
  readonly expected: string;
}

/**
 * What is wrong with one subscription, in the same words as the Terraform validation of the
 * alert_subscriptions variable. The configuration check and the construct both use it.
 */
export function subscriptionProblems(subscription: AlertSubscription): SubscriptionProblem[] {
  if (subscription.protocol === 'email' && !/^[^@ ]+@[^@ ]+[.][^@ ]+$/.test(subscription.endpoint)) {
    return [{ field: 'endpoint', received: subscription.endpoint, expected: 'expected an email address like security@example.com' }];
  }
  if (subscription.protocol === 'https' && !subscription.endpoint.startsWith('https://')) {
    return [{ field: 'endpoint', received: subscription.endpoint, expected: 'expected a URL starting with https://' }];
  }
  if (subscription.protocol !== 'email' && subscription.protocol !== 'https') {
    return [{ field: 'protocol', received: String(subscription.protocol), expected: 'expected "email" or "https"' }];
  }
  return [];
}

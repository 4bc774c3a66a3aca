import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import type { TerraformProvider } from 'cdktf';
import { check, keyAliasProblems, validateProps } from '../private/validation';
import { Construct } from 'constructs';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';

export interface LogKeyProps {
  /** The alias name, `alias/...`: deterministic, so other stacks can name the key from configuration. */
  readonly aliasName: string;
  /** The key policy, fully known at plan time (see `logKeyPolicy`). */
  readonly policy: PolicyDocument;
  /**
   * Days KMS waits before deleting the key once deletion is scheduled (7-30).
   * @default 30 - the longest window, to notice and cancel a mistaken or malicious deletion
   */
  readonly deletionWindowInDays?: number;
  /**
   * Human description of the key.
   * @default 'Encrypts the organization trail log files in the evidence bucket'
   */
  readonly description?: string;
  /**
   * The provider of the key's Region.
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A customer managed, rotating KMS key for log files, with an alias and a least-privilege
 * policy. Terraform refuses to destroy it: without the key the evidence is unreadable.
 */
export class LogKey extends Construct {
  readonly key: KmsKey;
  readonly alias: KmsAlias;

  constructor(scope: Construct, id: string, props: LogKeyProps) {
    super(scope, id);
    const deletionWindowInDays = props.deletionWindowInDays ?? 30;
    validateProps(this, () => [
      ...keyAliasProblems('aliasName', props.aliasName),
      ...check('deletionWindowInDays', deletionWindowInDays, Number.isInteger(deletionWindowInDays) && deletionWindowInDays >= 7 && deletionWindowInDays <= 30, 'a whole number from 7 to 30'),
    ]);

    this.key = new KmsKey(this, 'Key', {
      description: props.description ?? 'Encrypts the organization trail log files in the evidence bucket',
      enableKeyRotation: true,
      deletionWindowInDays,
      policy: policyJson(props.policy),
      provider: props.provider,
      lifecycle: { preventDestroy: true },
    });
    this.alias = new KmsAlias(this, 'Alias', { name: props.aliasName, targetKeyId: this.key.keyId, provider: props.provider });
  }

  get keyArn(): string {
    return this.key.arn;
  }
}

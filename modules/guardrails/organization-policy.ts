import { OrganizationsPolicy } from '@cdktf/provider-aws/lib/organizations-policy';
import { OrganizationsPolicyAttachment } from '@cdktf/provider-aws/lib/organizations-policy-attachment';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { knownAtSynth } from '../private/synth-time';
import { policyJson, type PolicyDocument } from '../../policies/policy-document';
import { ORGANIZATIONS_POLICY_MAX_CHARACTERS, policySize } from '../../policies/policy-size';
import { throwIfProblems, validateProps } from '../private/validation';

export const ORGANIZATION_POLICY_TYPES = ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'] as const;
export type OrganizationPolicyType = (typeof ORGANIZATION_POLICY_TYPES)[number];

export interface OrganizationPolicyProps {
  /** The policy name shown in AWS Organizations. */
  readonly policyName: string;
  /** What the policy is for, shown to whoever reviews it in the console. */
  readonly description: string;
  /** SCP or RCP. */
  readonly type: OrganizationPolicyType;
  /** The document; attached as `policyJson`, so the plan shows it exactly. */
  readonly document: PolicyDocument;
  /** Root, OU or account ids to attach the policy to. */
  readonly targetIds: readonly string[];
  /**
   * Tags of the policy; guardrails can find a policy by tag, since its id is random.
   * @default - none
   */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * The provider of the management account (Organizations is global; any Region works).
   * @default - the stack's default provider
   */
  readonly provider?: TerraformProvider;
}

/** One SCP or RCP of AWS Organizations, attached to each target. */
export class OrganizationPolicy extends Construct {
  readonly policy: OrganizationsPolicy;
  /** Characters of the attached JSON, checked against the Organizations limit. */
  readonly policySize: number;

  constructor(scope: Construct, id: string, props: OrganizationPolicyProps) {
    super(scope, id);
    this.policySize = policySize(props.document);
    validateProps(this, () => propsProblems(props, this.policySize));
    // A target listed twice would name two attachments alike: checked before they exist.
    throwIfProblems(`OrganizationPolicy ${id}`, duplicateTargetProblems(props.targetIds));

    this.policy = new OrganizationsPolicy(this, 'Policy', {
      name: props.policyName,
      description: props.description,
      type: props.type,
      content: policyJson(props.document),
      tags: props.tags === undefined ? undefined : { ...props.tags },
      provider: props.provider,
    });
    props.targetIds.forEach((targetId) => {
      // The target id names the construct, so adding a target never renames another attachment.
      new OrganizationsPolicyAttachment(this, `Attachment-${targetId}`, {
        policyId: this.policy.id,
        targetId,
        provider: props.provider,
      });
    });
  }
}

function duplicateTargetProblems(targetIds: readonly string[]): string[] {
  const duplicate = targetIds.find((target, index) => targetIds.indexOf(target) !== index);
  return duplicate === undefined ? [] : [`targetIds: got "${duplicate}" twice; expected each target once`];
}

function propsProblems(props: OrganizationPolicyProps, size: number): string[] {
  const problems: string[] = [];
  if (knownAtSynth(props.policyName) && !/^[\w+=,.@-]{1,128}$/.test(props.policyName)) {
    problems.push(`policyName: got "${props.policyName}"; expected 1-128 of letters, digits and +=,.@_-`);
  }
  if (!(ORGANIZATION_POLICY_TYPES as readonly string[]).includes(props.type)) {
    problems.push(`type: got "${props.type}"; expected one of ${ORGANIZATION_POLICY_TYPES.join(', ')}`);
  }
  if (size > ORGANIZATIONS_POLICY_MAX_CHARACTERS) {
    problems.push(`document: got ${size} characters; expected at most ${ORGANIZATIONS_POLICY_MAX_CHARACTERS} (AWS Organizations limit)`);
  }
  if (props.targetIds.length === 0) {
    problems.push('targetIds: got an empty list; expected at least one root, OU or account id');
  }
  if (props.type === 'RESOURCE_CONTROL_POLICY') {
    const notAllPrincipals = props.document.Statement.find((statement) => statement.Effect !== 'Deny' || statement.Principal !== '*');
    if (notAllPrincipals !== undefined) {
      problems.push(`document: statement ${notAllPrincipals.Sid} is not a Deny with Principal "*"; expected only such statements in an RCP`);
    }
  }
  return problems;
}

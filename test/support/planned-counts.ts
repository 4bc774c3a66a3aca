import { combinationKey, type Purpose } from '../../profiles/purposes';

/**
 * How many instances of each resource a synthesized stack plans for a combination of purposes,
 * read from the synthesized JSON alone: each `count` expression is evaluated against the stack's
 * own table of logging plans (`local.trailguard_logging_plans`). It knows nothing of the
 * deployment model, so reports can be checked against it.
 */
export function plannedInstances(stack: any, purposes: readonly Purpose[], variables: ReadonlySet<string> = new Set()): PlannedResource[] {
  const plan = stack.locals?.trailguard_logging_plans?.[combinationKey(purposes)];
  if (plan === undefined) throw new Error(`the stack has no logging plan for ${combinationKey(purposes)}`);
  const subscriptions: unknown[] = stack.variable?.alert_subscriptions?.default ?? [];
  return Object.entries<Record<string, any>>(stack.resource ?? {}).flatMap(([type, byName]) =>
    Object.entries(byName).map(([address, body]) => ({ type, address, body, instances: instances(body, plan, subscriptions.length, variables) })),
  );
}

export interface PlannedResource {
  readonly type: string;
  readonly address: string;
  readonly body: any;
  readonly instances: number;
}

/** Planned instances per resource type (types with none are left out). */
export function plannedCounts(stack: any, purposes: readonly Purpose[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of plannedInstances(stack, purposes)) {
    if (resource.instances > 0) counts[resource.type] = (counts[resource.type] ?? 0) + resource.instances;
  }
  return counts;
}

/** The planned resources of a type, with at least one instance. */
export function planned(stack: any, purposes: readonly Purpose[], type: string): PlannedResource[] {
  return plannedInstances(stack, purposes).filter((r) => r.type === type && r.instances > 0);
}

function instances(body: any, plan: Record<string, { value: unknown }>, subscriptionCount: number, variables: ReadonlySet<string>): number {
  if (typeof body.for_each === 'string') {
    // The one resource-level for_each: the alert subscriptions, filtered by a condition.
    const match = /^\$\{\{ for s in var\.alert_subscriptions : .* => s if (.*) \}\}$/.exec(body.for_each);
    if (match === null) throw new Error(`unexpected for_each: ${body.for_each}`);
    return evaluate(match[1], plan, variables) ? subscriptionCount : 0;
  }
  if (body.count === undefined) return 1;
  if (typeof body.count === 'number') return body.count;
  const match = /^\$\{(.*) \? 1 : 0\}$/.exec(body.count);
  if (match === null) throw new Error(`unexpected count: ${body.count}`);
  return evaluate(match[1], plan, variables) ? 1 : 0;
}

/** A boolean expression of `&&`, `||`, parentheses, setting references and `var.x != null` (true only for the named `variables`). */
function evaluate(expression: string, plan: Record<string, { value: unknown }>, variables: ReadonlySet<string>): boolean {
  const tokens = expression.match(/\(|\)|&&|\|\||local\.trailguard_logging_plan\.[a-z_]+\.value|var\.[a-z_]+ != null|true/g) ?? [];
  if (tokens.join('').replace(/\s/g, '') !== expression.replace(/\s/g, '')) throw new Error(`cannot evaluate: ${expression}`);
  let position = 0;
  const or = (): boolean => {
    let value = and();
    while (tokens[position] === '||') { position++; value = and() || value; }
    return value;
  };
  const and = (): boolean => {
    let value = atom();
    while (tokens[position] === '&&') { position++; value = atom() && value; }
    return value;
  };
  const atom = (): boolean => {
    const token = tokens[position++];
    if (token === '(') { const value = or(); position++; return value; }
    if (token === 'true') return true;
    if (token.startsWith('var.')) return variables.has(token.slice('var.'.length, token.indexOf(' ')));
    const setting = /^local\.trailguard_logging_plan\.([a-z_]+)\.value$/.exec(token)?.[1];
    const value = setting === undefined ? undefined : plan[setting]?.value;
    if (typeof value !== 'boolean') throw new Error(`not a boolean setting: ${token}`);
    return value;
  };
  const result = or();
  if (position !== tokens.length) throw new Error(`cannot evaluate: ${expression}`);
  return result;
}

/**
 * Terraform resources as the control checks read them, from synthesized JSON or from
 * `terraform show -json` of a plan. A check never knows which: it asks for values, for the
 * resources an attribute references, and whether a resource's existence is decided yet.
 */
export interface TfResource {
  /** `<stack>/<type>.<name>[index]`, unique across the stacks read together. */
  readonly address: string;
  readonly stack: string;
  readonly type: string;
  /** `<type>.<name>`, the form references use. */
  readonly key: string;
  /** Attribute values; a value only known after apply is absent (see `unknown`). */
  readonly values: Readonly<Record<string, any>>;
  /** Top-level attributes whose value is only known after apply. */
  readonly unknown: ReadonlySet<string>;
  /** Per top-level attribute, the `<type>.<name>` of every resource its expression references. */
  readonly references: Readonly<Record<string, readonly string[]>>;
  /** `false` when the count or for_each is a plan-time expression that synth cannot decide. */
  readonly decided: boolean;
}

export interface ResourceView {
  /** Where the values come from: synth leaves plan-time expressions undecided. */
  readonly source: 'synth' | 'plan';
  readonly resources: readonly TfResource[];
}

export function ofType(view: ResourceView, type: string): TfResource[] {
  return view.resources.filter((resource) => resource.type === type);
}

/** The resources of `type` that `resource.attribute` references, in the same stack. */
export function referenced(view: ResourceView, resource: TfResource, attribute: string, type: string): TfResource[] {
  const keys = new Set((resource.references[attribute] ?? []).filter((key) => key.startsWith(`${type}.`)));
  return view.resources.filter((other) => other.stack === resource.stack && keys.has(other.key));
}

/** The resources of `type` whose `attribute` references `target`, or equals `value` when given. */
export function pointingAt(view: ResourceView, type: string, attribute: string, target: TfResource, value?: unknown): TfResource[] {
  return ofType(view, type).filter((other) =>
    (other.stack === target.stack && (other.references[attribute] ?? []).includes(target.key))
    || (value !== undefined && other.values[attribute] === value));
}

/** Every `<type>.<name>` a value mentions inside `${...}` (synth JSON). */
export function referencesIn(value: unknown): string[] {
  const text = JSON.stringify(value ?? null);
  const found = new Set<string>();
  for (const expression of text.match(/\$\{[^}]*\}/g) ?? []) {
    for (const match of expression.matchAll(/\b((?:aws|data)_[a-z0-9_]+)\.([A-Za-z0-9_-]+)/g)) found.add(`${match[1]}.${match[2]}`);
  }
  return [...found];
}

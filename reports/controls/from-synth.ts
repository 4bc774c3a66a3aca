import { referencesIn, type ResourceView, type TfResource } from './resources';

/** A synthesized stack: `cdk.tf.json` parsed, or `Testing.synth(stack)`'s string. */
export type SynthesizedStack = string | { readonly resource?: Record<string, Record<string, any>>; readonly provider?: Record<string, any[]> };

const isExpression = (value: unknown) => typeof value === 'string' && value.includes('${');

/**
 * Reads synthesized Terraform JSON. A `count` or `for_each` that is an expression cannot be
 * decided before the plan, so such resources are marked undecided; provider `default_tags`
 * are merged into `tags_all`, as the provider does.
 */
export function viewOfSynth(stacks: Readonly<Record<string, SynthesizedStack>>): ResourceView {
  const resources: TfResource[] = [];
  for (const [stack, input] of Object.entries(stacks)) {
    const json = typeof input === 'string' ? JSON.parse(input) : input;
    const defaultTags = defaultTagsByProvider(json.provider?.aws ?? []);
    for (const [type, byName] of Object.entries<Record<string, any>>(json.resource ?? {})) {
      for (const [name, body] of Object.entries<any>(byName)) {
        if (body.count === 0) continue;
        const decided = !isExpression(body.count) && body.for_each === undefined;
        const references = Object.fromEntries(Object.entries(body).map(([attribute, value]) => [attribute, referencesIn(value)]));
        const unknown = new Set(Object.entries(body).filter(([, value]) => isExpression(value)).map(([attribute]) => attribute));
        const tags = { ...defaultTags.get(body.provider ?? 'aws'), ...(typeof body.tags === 'object' ? body.tags : {}) };
        resources.push({
          address: `${stack}/${type}.${name}`, stack, type, key: `${type}.${name}`,
          values: { ...body, tags_all: tags }, unknown, references, decided,
        });
      }
    }
  }
  return { source: 'synth', resources };
}

function defaultTagsByProvider(providers: any[]): Map<string, Record<string, string>> {
  return new Map(providers.map((p) => [p.alias === undefined ? 'aws' : `aws.${p.alias}`, Object.assign({}, ...(p.default_tags ?? []).map((t: any) => t.tags ?? {}))]));
}

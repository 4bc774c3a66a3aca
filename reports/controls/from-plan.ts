import type { ResourceView, TfResource } from './resources';

/**
 * Reads `terraform show -json` of plans, one per stack. Values only known after apply are in
 * `after_unknown`; what an attribute references comes from the plan's configuration, so a
 * check can follow an alarm's action to its topic before the topic has an ARN.
 */
export function viewOfPlans(plans: Readonly<Record<string, any>>): ResourceView {
  const resources: TfResource[] = [];
  for (const [stack, plan] of Object.entries(plans)) {
    const references = configurationReferences(plan.configuration?.root_module);
    const unknownByAddress = new Map<string, Record<string, unknown>>(
      (plan.resource_changes ?? []).map((change: any) => [change.address, change.change?.after_unknown ?? {}]),
    );
    for (const resource of plannedResources(plan.planned_values?.root_module)) {
      const key = `${resource.type}.${resource.name}`;
      const unknown = unknownByAddress.get(resource.address) ?? {};
      resources.push({
        address: `${stack}/${resource.address}`, stack, type: resource.type, key,
        values: resource.values ?? {},
        unknown: new Set(Object.entries(unknown).filter(([, flag]) => flag !== false).map(([attribute]) => attribute)),
        references: references.get(key) ?? {},
        decided: true,
      });
    }
  }
  return { source: 'plan', resources };
}

function plannedResources(module: any): any[] {
  if (module === undefined) return [];
  return [...(module.resources ?? []).filter((r: any) => r.mode === 'managed'), ...(module.child_modules ?? []).flatMap(plannedResources)];
}

/** `<type>.<name>` → attribute → referenced `<type>.<name>`s, from the configuration's expressions. */
function configurationReferences(module: any): Map<string, Record<string, string[]>> {
  const byResource = new Map<string, Record<string, string[]>>();
  for (const resource of module?.resources ?? []) {
    const attributes: Record<string, string[]> = {};
    for (const [attribute, expression] of Object.entries<any>(resource.expressions ?? {})) {
      attributes[attribute] = [...new Set(collectReferences(expression).map(toResourceKey).filter((k): k is string => k !== undefined))];
    }
    byResource.set(resource.address, attributes);
  }
  return byResource;
}

function collectReferences(expression: unknown): string[] {
  if (Array.isArray(expression)) return expression.flatMap(collectReferences);
  if (expression === null || typeof expression !== 'object') return [];
  const own = Array.isArray((expression as any).references) ? (expression as any).references as string[] : [];
  return [...own, ...Object.entries(expression).filter(([k]) => k !== 'references').flatMap(([, v]) => collectReferences(v))];
}

function toResourceKey(reference: string): string | undefined {
  const match = /^((?:aws)_[a-z0-9_]+)\.([A-Za-z0-9_-]+)/.exec(reference);
  return match === null ? undefined : `${match[1]}.${match[2]}`;
}

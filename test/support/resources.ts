/** The bodies of one resource type in a synthesized stack (`cdk.tf.json`), in order; none is an empty list. */
export function resourcesOf(stack: any, type: string): any[] {
  return Object.values(stack.resource?.[type] ?? {});
}

/** The planned resources of one type, from `plannedResources(planJson(...))`. */
export function plannedOfType(resources: Map<string, any>, type: string): any[] {
  return [...resources.values()].filter((resource) => resource.type === type);
}

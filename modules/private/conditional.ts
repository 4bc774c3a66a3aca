import { TerraformResource, Token } from 'cdktf';

/**
 * Gates a resource on a `count` token (0 or 1), as a purpose setting decides at plan time.
 * Plain attribute references break on counted resources, so read attributes through
 * `conditionalAttribute`.
 */
export function gate<R extends TerraformResource>(resource: R, count: number): R {
  resource.count = count;
  return resource;
}

/** An attribute of a gated resource: its value when it exists, else null (`one(...[*].attr)`). */
export function conditionalAttribute(resource: TerraformResource, attribute: string): string {
  return Token.asString(`\${one(${resource.terraformResourceType}.${resource.friendlyUniqueId}[*].${attribute})}`);
}

import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** The field names an object in the schema allows at `path`, for "did you mean" on an unknown one. */
export function knownFieldsAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  for (const step of path) {
    current = current === undefined ? undefined : child(unwrap(current), step);
  }
  if (current === undefined) return [];
  const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : [];
}

function child(schema: AnySchema, step: PropertyKey): AnySchema | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, AnySchema>; valueType?: AnySchema; element?: AnySchema };
  if (def.type === 'object') return def.shape?.[String(step)];
  if (def.type === 'record') return def.valueType;
  if (def.type === 'array') return def.element;
  return undefined;
}

/** Optional, default and refinement wrappers hide the object inside. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) current = def.in;
    else return current;
  }
}

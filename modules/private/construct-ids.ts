
/** A stable PascalCase construct id from a kebab-case definition id: `root-activity` → `RootActivity`. */
export function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join('');
}

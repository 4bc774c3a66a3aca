import { knownAtSynth } from './synth-time';

/** A stable PascalCase construct id from a kebab-case definition id: `root-activity` → `RootActivity`. */
export function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join('');
}

/** Collects one problem per over-long name; tokens are skipped, they are only known at plan time. */
export function nameLengthProblems(prop: string, names: readonly string[], max: number): string[] {
  return names
    .filter((name) => knownAtSynth(name) && name.length > max)
    .map((name) => `${prop}: "${name}" has ${name.length} characters; expected at most ${max}`);
}

/** Throws one message naming every problem, as the constructs' validation does. */
export function throwIfProblems(construct: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`${construct}: ${problems.join('; ')}`);
}

import type { IConstruct } from 'constructs';

/** What cdktf's validation reports for a scope at synth: one `[construct path] problem` line each. */
export function validationProblems(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((construct) => construct.node.validate().map((message) => `[${construct.node.path}] ${message}`));
}

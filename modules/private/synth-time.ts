import { ref, TerraformStack, Token } from 'cdktf';
import type { IConstruct } from 'constructs';

/**
 * Whether a prop's value is known at synth time and can be validated. Tokens are not, and
 * neither are raw Terraform expressions such as the `${local...}` strings of purpose
 * settings, which Token.isUnresolved does not recognise.
 */
export function knownAtSynth(value: unknown): boolean {
  return !Token.isUnresolved(value) && !(typeof value === 'string' && value.includes('${'));
}

/**
 * A value to pass into `Fn`: a raw `${...}` expression string becomes a reference, because
 * `Fn` treats strings as literals and would escape it to the text "$${...}".
 */
export function asFnArgument(scope: IConstruct, value: unknown): unknown {
  const raw = typeof value === 'string' ? /^\$\{(.+)\}$/s.exec(value) : null;
  return raw === null ? value : ref(raw[1], TerraformStack.of(scope));
}
